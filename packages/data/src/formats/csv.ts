/** The dataset as CSV for spreadsheets: one file per kind of record, with the cited words and sentence ids. */

import type { Inference } from "../model/inference.js";
import type { Dataset } from "../model/record.js";
import type { SourceSpan } from "../model/span.js";
import { spansIn } from "../model/span.js";
import type { Value } from "../model/statement.js";
import { requireDataset } from "./arguments.js";

/** One CSV file: its name (`entities.csv`) and its text. */
export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

type Cell = string | number | undefined;

/**
 * One RFC 4180 field: quoted when it holds a comma, a quotation mark or a line break, with quotation marks
 * doubled. Written by hand: these five lines are shorter than any CSV writer's API.
 */
const field = (cell: Cell): string => {
  const text = cell === undefined ? "" : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A CSV file with a header row; records end in CRLF, as RFC 4180 has them. */
function table(name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): CsvFile {
  const lines = [header, ...rows].map((row) => `${row.map(field).join(",")}\r\n`);
  return { name, text: lines.join("") };
}

/** A list in one cell, one item a line, so a spreadsheet shows it as lines and a parser gets it back by splitting. */
const lines = (items: readonly string[]): string => items.join("\n");
const valueText = (value: Value): string => (value.kind === "entity" ? value.id : String(value.value));
const inferredText = (inferred: readonly Inference[] | undefined) =>
  lines((inferred ?? []).map(({ about, reasoning }) => `${about}: ${reasoning}`));

/** The columns every record with provenance has: the sentence of each span and its words, line for line. */
const cited = (provenance: readonly SourceSpan[]): Cell[] => [
  lines(provenance.map((span) => span.sourceId)),
  lines(provenance.map((span) => span.exact)),
];
const citedHeader = ["sentences", "cited_words"] as const;

/**
 * The dataset as CSV files, one per kind of record (`sources.csv`, `entities.csv`, … `quotes.csv`) and
 * `spans.csv` with one row per cited span (record, field, sentence, start, end, words), RFC 4180 quoted.
 * Throws `S400Error` (`INVALID_ARGUMENT`) for anything but a dataset.
 *
 * @example
 * ```ts
 * import { dataset } from "@s400/data";
 * import { toCsv } from "@s400/data/formats";
 * for (const { name, text } of toCsv(dataset)) console.log(name, text.split("\r\n")[0]);
 * ```
 */
export function toCsv(dataset: Dataset): readonly CsvFile[] {
  requireDataset(dataset);
  return [
    table(
      "sources.csv",
      ["id", "line", "text"],
      dataset.sources.map((s) => [s.id, s.line, s.text]),
    ),
    table(
      "entities.csv",
      [
        "id",
        "type",
        "name",
        "name_note",
        "aliases",
        "alias_kinds",
        "description",
        ...citedHeader,
        "inferred",
      ],
      dataset.entities.map((e) => [
        e.id,
        e.type,
        e.name,
        e.nameNote,
        lines(e.aliases.map((a) => a.text)),
        lines(e.aliases.map((a) => a.kind)),
        e.description,
        ...cited(e.provenance),
        inferredText(e.inferred),
      ]),
    ),
    table(
      "statements.csv",
      [
        "id",
        "subject",
        "predicate",
        "object",
        "object_kind",
        "qualifiers",
        "summary",
        ...citedHeader,
        "inferred",
      ],
      dataset.statements.map((s) => [
        s.id,
        s.subject,
        s.predicate,
        valueText(s.object),
        s.object.kind,
        lines(s.qualifiers.map((q) => `${q.property}=${valueText(q.value)}${q.note ? ` (${q.note})` : ""}`)),
        s.summary,
        ...cited(s.provenance),
        inferredText(s.inferred),
      ]),
    ),
    table(
      "events.csv",
      [
        "id",
        "title",
        "summary",
        "status",
        "date",
        "precision",
        "earliest",
        "latest",
        "text_allows_earliest",
        "text_allows_latest",
        "date_basis",
        "date_reasoning",
        "after",
        "participants",
        ...citedHeader,
        "inferred",
      ],
      dataset.events.map((e) => [
        e.id,
        e.title,
        e.summary,
        e.status,
        e.date.value,
        e.date.precision,
        e.date.earliest,
        e.date.latest,
        e.date.textAllows.earliest,
        e.date.textAllows.latest,
        e.date.basis,
        e.date.reasoning,
        lines(e.date.after ?? []),
        lines(e.participants.map((p) => `${p.entity} (${p.role})`)),
        ...cited(e.provenance),
        inferredText(e.inferred),
      ]),
    ),
    table(
      "topics.csv",
      ["id", "label", "proposition"],
      dataset.topics.map((t) => [t.id, t.label, t.proposition]),
    ),
    table(
      "claims.csv",
      ["id", "claimant", "speaker", "topic", "stance", "text", "responds_to", ...citedHeader, "inferred"],
      dataset.claims.map((c) => [
        c.id,
        c.claimant,
        c.speaker,
        c.topic,
        c.stance,
        c.text,
        lines(c.respondsTo),
        ...cited(c.provenance),
        inferredText(c.inferred),
      ]),
    ),
    table(
      "quotes.csv",
      ["id", "speaker", "on_behalf_of", "mode", "text", "occasion", "event", ...citedHeader, "inferred"],
      dataset.quotes.map((q) => [
        q.id,
        q.speaker,
        q.onBehalfOf,
        q.mode,
        q.text,
        q.occasion,
        q.event,
        ...cited(q.provenance),
        inferredText(q.inferred),
      ]),
    ),
    table(
      "spans.csv",
      ["record", "kind", "field", "sentence", "start", "end", "exact"],
      [
        ...dataset.entities,
        ...dataset.statements,
        ...dataset.events,
        ...dataset.claims,
        ...dataset.quotes,
      ].flatMap((record) =>
        spansIn(record).map(({ path, span }) => [
          record.id,
          record.kind,
          path,
          span.sourceId,
          span.start,
          span.end,
          span.exact,
        ]),
      ),
    ),
  ];
}
