/** The scripted commands: plain text or JSON for pipes and scripts, never escape codes. */
import type { DataSource } from "./data/source.js";
import { citedSources, formatDate, type Names, recordTitle } from "./format.js";

/** The entity names a data source knows, by id. */
export async function loadNames(source: DataSource): Promise<Names> {
  return new Map((await source.entities()).map((entity) => [entity.id, entity]));
}

/** `s400 search <query>`: one result per line, best first. */
export async function searchCommand(
  source: DataSource,
  query: string,
  limit: number,
  json: boolean,
): Promise<string> {
  const [hits, names] = await Promise.all([
    source.search(query, { limit }),
    json ? new Map() : loadNames(source),
  ]);
  if (json) return JSON.stringify({ query, results: hits }, null, 2);
  if (hits.length === 0) return `No results for "${query}".`;
  // Columns as wide as their longest value, so the titles line up.
  const idWidth = Math.max(...hits.map((hit) => hit.id.length));
  return hits
    .map(
      (hit) => `${hit.type.padEnd(9)} ${hit.id.padEnd(idWidth)}  ${oneLine(recordTitle(hit.record, names))}`,
    )
    .join("\n");
}

/** `s400 entity <name>`: the entity, its statements, its neighbours and its quotes. */
export async function entityCommand(source: DataSource, name: string, json: boolean): Promise<string> {
  const entity = await source.entity(name);
  const [statements, neighbours, quotes, names] = await Promise.all([
    source.statementsAbout(entity.id),
    source.related(entity.id),
    source.quotes(entity.id).catch(() => []),
    loadNames(source),
  ]);
  if (json) return JSON.stringify({ entity, statements, neighbours, quotes }, null, 2);
  const lines = [
    `${entity.name} (${entity.type}, id ${entity.id})`,
    ...(entity.nameNote ? [`  ${entity.nameNote}`] : []),
    entity.description,
    `Also: ${entity.aliases.map((alias) => alias.text).join(", ") || "none"}`,
    `Mentioned in: ${citedSources(entity) || "none"}`,
    "",
    `Statements (${statements.length}):`,
    ...statements.map((s) => `  ${s.summary} [${citedSources(s)}]`),
    "",
    `Neighbours (${neighbours.length}):`,
    ...neighbours.map((n) => `  ${n.entity.name} (${n.entity.type}): ${n.statements.length} statement(s)`),
  ];
  if (quotes.length > 0) {
    lines.push(
      "",
      `Quotes (${quotes.length}):`,
      ...quotes.map((q) => `  ${recordTitle(q, names)} [${citedSources(q)}]`),
    );
  }
  return lines.map(oneLine).join("\n");
}

/** `s400 timeline`: the events in date order, each date with its precision and whether it was inferred. */
export async function timelineCommand(source: DataSource, json: boolean): Promise<string> {
  const events = await source.timeline();
  if (json) return JSON.stringify({ events }, null, 2);
  if (events.length === 0) return "No events.";
  return events
    .map((event) => `${formatDate(event.date).padEnd(28)} ${oneLine(event.title)} [${citedSources(event)}]`)
    .join("\n");
}

/** `s400` when stdout or stdin is not a terminal: what the dataset holds, and how to script it. */
export async function summaryCommand(source: DataSource, version: string): Promise<string> {
  const meta = await source.meta();
  const counts = Object.entries(meta.counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(", ");
  return (
    `s400 ${version}: the S-400 sanctions story (dataset ${meta.version}, ${counts}).\n` +
    "The interactive app needs a terminal; in scripts use s400 search, s400 entity or s400 timeline (see s400 --help)."
  );
}

/** Keeps a record's text on one line of output. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}
