import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { dataset } from "../facts/index.js";
import { spansIn } from "../model/span.js";
import { toCsv } from "./csv.js";

const files = new Map(toCsv(dataset).map((file) => [file.name, file.text]));
/** Rows of one file, read by csv-parse (an independent RFC 4180 parser), strictly. */
function rows(name: string): Record<string, string>[] {
  const text = files.get(name);
  if (text === undefined) throw new Error(`no ${name}`);
  return parse(text, {
    columns: true,
    record_delimiter: "\r\n",
    relax_quotes: false,
    skip_empty_lines: false,
  });
}
const split = (cell: string | undefined) => (cell === undefined || cell === "" ? [] : cell.split("\n"));
const cites = (provenance: readonly { sourceId: string; exact: string }[]) => ({
  sentences: provenance.map((s) => s.sourceId),
  cited_words: provenance.map((s) => s.exact),
});
const citesOf = (row: Record<string, string>) => ({
  sentences: split(row.sentences),
  cited_words: split(row.cited_words),
});

describe("toCsv", () => {
  it("writes one file per kind of record, and one of spans", () => {
    expect([...files.keys()]).toEqual([
      "sources.csv",
      "entities.csv",
      "statements.csv",
      "events.csv",
      "topics.csv",
      "claims.csv",
      "quotes.csv",
      "spans.csv",
    ]);
    for (const text of files.values()) expect(text.endsWith("\r\n")).toBe(true);
  });

  it("round-trips the sentences byte for byte, typographic and straight quotes and commas included", () => {
    expect(rows("sources.csv")).toEqual(
      dataset.sources.map((s) => ({ id: s.id, line: String(s.line), text: s.text })),
    );
    expect(files.get("sources.csv")).toContain('"Ankara earlier proposed'); // a field with commas is quoted
  });

  it("round-trips entities, statements, events, claims and quotes with their cited words and sentence ids", () => {
    expect(
      rows("entities.csv").map((r) => ({ id: r.id, name: r.name, aliases: split(r.aliases), ...citesOf(r) })),
    ).toEqual(
      dataset.entities.map((e) => ({
        id: e.id,
        name: e.name,
        aliases: e.aliases.map((a) => a.text),
        ...cites(e.provenance),
      })),
    );
    expect(
      rows("statements.csv").map((r) => ({
        id: r.id,
        subject: r.subject,
        predicate: r.predicate,
        summary: r.summary,
        ...citesOf(r),
      })),
    ).toEqual(
      dataset.statements.map((s) => ({
        id: s.id,
        subject: s.subject,
        predicate: s.predicate,
        summary: s.summary,
        ...cites(s.provenance),
      })),
    );
    expect(
      rows("events.csv").map((r) => ({
        id: r.id,
        date: r.date,
        earliest: r.earliest,
        text_allows_latest: r.text_allows_latest,
        reasoning: r.date_reasoning,
        ...citesOf(r),
      })),
    ).toEqual(
      dataset.events.map((e) => ({
        id: e.id,
        date: e.date.value,
        earliest: e.date.earliest,
        text_allows_latest: e.date.textAllows.latest,
        reasoning: e.date.reasoning ?? "",
        ...cites(e.provenance),
      })),
    );
    expect(
      rows("claims.csv").map((r) => ({
        id: r.id,
        speaker: r.speaker,
        stance: r.stance,
        text: r.text,
        respondsTo: split(r.responds_to),
        ...citesOf(r),
      })),
    ).toEqual(
      dataset.claims.map((c) => ({
        id: c.id,
        speaker: c.speaker ?? "",
        stance: c.stance,
        text: c.text,
        respondsTo: [...c.respondsTo],
        ...cites(c.provenance),
      })),
    );
    expect(
      rows("quotes.csv").map((r) => ({
        id: r.id,
        mode: r.mode,
        text: r.text,
        occasion: r.occasion,
        ...citesOf(r),
      })),
    ).toEqual(
      dataset.quotes.map((q) => ({
        id: q.id,
        mode: q.mode,
        text: q.text,
        occasion: q.occasion ?? "",
        ...cites(q.provenance),
      })),
    );
    expect(rows("topics.csv").map((r) => r.id)).toEqual(dataset.topics.map((t) => t.id));
  });

  it("lists every span with its offsets, so each row's words are the slice of its sentence", () => {
    const text = new Map(dataset.sources.map((s) => [s.id as string, s.text]));
    const all = [
      ...dataset.entities,
      ...dataset.statements,
      ...dataset.events,
      ...dataset.claims,
      ...dataset.quotes,
    ].flatMap((record) =>
      spansIn(record).map(({ path, span }) => ({ record: record.id, field: path, ...span })),
    );
    const parsed = rows("spans.csv");
    expect(parsed).toHaveLength(all.length);
    parsed.forEach((row, i) => {
      expect(row.record).toBe(all[i]?.record);
      expect(row.field).toBe(all[i]?.field);
      expect(text.get(row.sentence ?? "")?.slice(Number(row.start), Number(row.end))).toBe(row.exact);
    });
  });

  it("keeps the reasoning of inferences, quotation marks doubled", () => {
    const claim = rows("claims.csv").find((r) => r.id === "cl-turkey-sanctions-a-misstep");
    expect(claim?.inferred).toMatch(/^speaker: The sentence names the speaker only as "he"/);
    expect(files.get("claims.csv")).toContain('only as ""he""');
  });
});
