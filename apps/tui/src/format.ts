/** How records read on screen and in plain-text output: one-line titles, dates with their precision. */
import type { Entity, FuzzyDate, RecordKind, S400Record, SourceSpan, Value } from "@s400/data";

/** Entity names by id, to print a reference as a name. */
export type Names = ReadonlyMap<string, Entity>;

/** A reader's title for a record by id (entity names, topic titles, event titles, claims), to show instead of an id. */
export type Titles = ReadonlyMap<string, string>;

/**
 * A note of the dataset made readable: record ids become their titles, and "the source README" (the
 * notes that came with the source sentences) is named as a reader knows it.
 */
export function readable(text: string, titles: Titles): string {
  return text
    .replace(/[a-z0-9]+(?:-[a-z0-9]+)+/g, (id) => {
      const title = titles.get(id);
      return title === undefined ? id : `“${title}”`;
    })
    .replace(/the source README's dating/g, "the dating of the source collection")
    .replace(/the source README/g, "the notes of the source collection");
}

/** The name of an entity id, or the id itself when it is unknown. */
export function nameOf(names: Names, id: string): string {
  return names.get(id)?.name ?? id;
}

/** A date as precise as it is known, with its precision and whether it was inferred: "2020-12 (month, inferred)". */
export function formatDate(date: FuzzyDate): string {
  return `${date.value} (${date.precision}${date.basis === "inferred" ? ", inferred" : ""})`;
}

/** The value of a statement's object or qualifier, in words. */
export function formatValue(value: Value, names: Names): string {
  return value.kind === "entity" ? nameOf(names, value.id) : String(value.value);
}

/** What kind of record this is, as a short tag. */
export function kindLabel(record: S400Record): string {
  return record.kind === "entity" ? record.type : record.kind;
}

/** A record in one line: what a list shows for it. */
export function recordTitle(record: S400Record, names: Names): string {
  switch (record.kind) {
    case "source":
      return `${record.id}: ${record.text}`;
    case "entity":
      return record.name;
    case "statement":
      return record.summary;
    case "event":
      return `${formatDate(record.date)} ${record.title}`;
    case "topic":
      return record.label;
    case "claim":
      return `${nameOf(names, record.claimant)} (${record.stance}): ${record.text}`;
    case "quote":
      return `${nameOf(names, record.speaker)}: ${record.mode === "direct" ? `“${record.text}”` : record.text}`;
  }
}

/** The spans a record cites; sources and topics cite none of their own. */
export function spansOf(record: S400Record): readonly SourceSpan[] {
  return "provenance" in record ? record.provenance : [];
}

/** The source ids a record cites, sorted, without repeats: "s02, s05". */
export function citedSources(record: S400Record): string {
  return [...new Set(spansOf(record).map((span) => span.sourceId))].sort().join(", ");
}

/** What a record of each kind is called in the header. */
export const kindNames: Readonly<Record<RecordKind, string>> = {
  entity: "Entity",
  statement: "Statement",
  event: "Event",
  topic: "Topic",
  claim: "Claim",
  quote: "Quote",
  source: "Sentence",
};
