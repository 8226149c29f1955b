/** The scripted commands' answers: plain text fitted to the terminal's width, or JSON, never escape codes. */
import { PAGE_SIZE_MAX, type RecordKind } from "@s400/data";
import type { DataSource } from "./data/source.js";
import { citedSources, formatDate, type Names, recordTitle } from "./format.js";
import { lineText, seg, truncate, width, wrap } from "./text.js";

/** The entity names a data source knows, by id. */
export async function loadNames(source: DataSource): Promise<Names> {
  return new Map((await source.entities()).map((entity) => [entity.id, entity]));
}

/** Wraps one line of output to `columns` on whole words; continuation lines start `indent` columns in. */
export function fit(text: string, columns: number, indent = 0): string {
  return wrap([seg(text.replace(/\s*\n\s*/g, " "))], columns, indent)
    .map(lineText)
    .join("\n");
}

/**
 * One record on one line of at most `columns`: `before`, the title cut on a word with `…` where it does
 * not fit, and `after` (the cited sentences) kept whole. Lists stay one line per record, for grep and wc.
 */
export function row(before: string, title: string, after: string, columns: number): string {
  const room = columns - width(before) - width(after);
  const text = title.replace(/\s*\n\s*/g, " ");
  // Too narrow for the columns themselves: wrap the whole record instead of losing its title.
  if (room < 12) return fit(`${before}${text}${after}`, columns, 2);
  return `${before}${truncate(text, room)}${after}`;
}

/** The widest search the CLI asks for, to say how many results there are beyond `--limit`. */
const MOST = PAGE_SIZE_MAX;

/** What a command prints: its answer on stdout, and a note for the reader on stderr (kept out of pipes). */
export interface Answer {
  readonly text: string;
  readonly note?: string;
}

/** `s400 search <query>`: one result per line, best first, and a note when there are more than `--limit`. */
export async function searchCommand(
  source: DataSource,
  args: { readonly query: string; readonly limit: number; readonly json: boolean },
  columns: number,
): Promise<Answer> {
  const { query, limit, json } = args;
  if (json)
    return { text: JSON.stringify({ query, results: await source.search(query, { limit }) }, null, 2) };
  const [all, names] = await Promise.all([
    source.search(query, { limit: Math.max(limit, MOST) }),
    loadNames(source),
  ]);
  const hits = all.slice(0, limit);
  if (hits.length === 0) return { text: `No results for "${query}".` };
  // Columns as wide as their longest value, so the titles line up.
  const idWidth = Math.max(...hits.map((hit) => hit.id.length));
  const lines = hits.map((hit) =>
    row(`${hit.type.padEnd(9)} ${hit.id.padEnd(idWidth)}  `, recordTitle(hit.record, names), "", columns),
  );
  const text = lines.join("\n");
  if (all.length <= hits.length) return { text };
  const total = all.length >= MOST ? `${MOST}+` : String(all.length);
  return { text, note: `${hits.length} of ${total} results (--limit to see more)` };
}

/** `s400 entity <name>`: the entity, its statements, its neighbours and its quotes. */
export async function entityCommand(
  source: DataSource,
  args: { readonly name: string; readonly json: boolean },
  columns: number,
): Promise<string> {
  const entity = await source.getEntity(args.name);
  const [statements, neighbours, quotes, names] = await Promise.all([
    source.statementsAbout(entity.id),
    source.related(entity.id),
    source.quotes({ speaker: entity.id }),
    loadNames(source),
  ]);
  if (args.json) return JSON.stringify({ entity, statements, neighbours, quotes }, null, 2);
  const item = (text: string) => fit(`  ${text}`, columns, 4);
  const lines = [
    fit(`${entity.name} (${entity.type}, id ${entity.id})`, columns, 2),
    ...(entity.nameNote ? [item(entity.nameNote)] : []),
    fit(entity.description, columns),
    fit(`Also: ${entity.aliases.map((alias) => alias.text).join(", ") || "none"}`, columns, 6),
    fit(`Mentioned in: ${citedSources(entity) || "none"}`, columns, 14),
    "",
    `Statements (${statements.length}):`,
    ...statements.map((s) => item(`${s.summary} [${citedSources(s)}]`)),
    "",
    `Neighbours (${neighbours.length}):`,
    ...neighbours.map((n) =>
      item(
        `${n.entity.name} (${n.entity.type}): ${n.statements.length} statement${n.statements.length === 1 ? "" : "s"}`,
      ),
    ),
  ];
  if (quotes.length > 0) {
    lines.push(
      "",
      `Quotes (${quotes.length}):`,
      ...quotes.map((q) => item(`${recordTitle(q, names)} [${citedSources(q)}]`)),
    );
  }
  return lines.join("\n");
}

/** `s400 timeline`: the events in date order, each date with its precision and whether it was inferred. */
export async function timelineCommand(
  source: DataSource,
  args: { readonly json: boolean },
  columns: number,
): Promise<string> {
  const events = await source.timeline();
  if (args.json) return JSON.stringify({ events }, null, 2);
  if (events.length === 0) return "No events.";
  return events
    .map((event) =>
      row(`${formatDate(event.date).padEnd(28)} `, event.title, ` [${citedSources(event)}]`, columns),
    )
    .join("\n");
}

/** How each kind of record is counted in words. */
const plurals: Readonly<Record<RecordKind, readonly [string, string]>> = {
  source: ["source", "sources"],
  entity: ["entity", "entities"],
  statement: ["statement", "statements"],
  event: ["event", "events"],
  topic: ["topic", "topics"],
  claim: ["claim", "claims"],
  quote: ["quote", "quotes"],
};

/** "15 sources", "1 topic". */
export function count(kind: RecordKind, n: number): string {
  const [one, many] = plurals[kind];
  return `${n} ${n === 1 ? one : many}`;
}

/** `s400` when stdout or stdin is not a terminal: what the dataset holds, and how to script it. */
export async function summaryCommand(source: DataSource, version: string, columns: number): Promise<string> {
  const meta = await source.meta();
  const counts = (Object.entries(meta.counts) as [RecordKind, number][])
    .map(([kind, n]) => (kind in plurals ? count(kind, n) : `${n} ${kind}`))
    .join(", ");
  return [
    fit(`s400 ${version}: the S-400 sanctions story (dataset ${meta.version}: ${counts}).`, columns),
    fit(
      "The interactive app needs a terminal; in scripts use s400 search, s400 entity or s400 timeline (see s400 --help).",
      columns,
    ),
  ].join("\n");
}
