/** What the search reads of each record: its own words, its cited words and the names of what it refers to. */
import type { Entity } from "../model/entity.js";
import type { S400Record } from "../model/record.js";
import type { Value } from "../model/statement.js";

/** The fields of a searchable record, from most to least telling. */
export interface RecordFields {
  /** What the record is called: an entity's name and aliases, an event's title, a topic's label. */
  readonly name: string;
  /** What the record says: a summary, a claim's or quote's text, a description, a source sentence. */
  readonly text: string;
  /** The words of the source sentences the record cites (its spans' exact words). */
  readonly cited: string;
  /** Names and aliases of the entities the record refers to, and readings of its qualifiers. */
  readonly refs: string;
}

/** How much a word counts in each field. */
export const fieldWeights: Readonly<Record<keyof RecordFields, number>> = Object.freeze({
  name: 3,
  text: 2,
  cited: 1,
  refs: 1.2,
});

/** The ids of the entities a record refers to (subject, object, qualifiers, participants, claimant, speaker). */
export function referencedEntities(record: S400Record): readonly string[] {
  const ids: string[] = [];
  const value = (v: Value) => {
    if (v.kind === "entity") ids.push(v.id);
  };
  switch (record.kind) {
    case "entity":
      ids.push(record.id);
      break;
    case "statement":
      ids.push(record.subject);
      value(record.object);
      for (const q of record.qualifiers) value(q.value);
      break;
    case "event":
      for (const p of record.participants) ids.push(p.entity);
      break;
    case "claim":
      ids.push(record.claimant);
      if (record.speaker !== undefined) ids.push(record.speaker);
      break;
    case "quote":
      ids.push(record.speaker);
      if (record.onBehalfOf !== undefined) ids.push(record.onBehalfOf);
      break;
    default:
      break;
  }
  return [...new Set(ids)];
}

function entityWords(entity: Entity): string {
  return [entity.name, ...entity.aliases.map((a) => a.text)].join(" ; ");
}

/** The fields of a record. `entityOf` resolves the entities it refers to. */
export function recordFields(record: S400Record, entityOf: (id: string) => Entity | undefined): RecordFields {
  const cited =
    record.kind === "source" || record.kind === "topic"
      ? ""
      : record.provenance.map((s) => s.exact).join(" ; ");
  const refs: string[] = [];
  for (const id of referencedEntities(record)) {
    if (record.kind === "entity" && id === record.id) continue;
    const entity = entityOf(id);
    if (entity !== undefined) refs.push(entityWords(entity));
  }
  switch (record.kind) {
    case "source":
      return { name: "", text: record.text, cited: "", refs: "" };
    case "topic":
      return { name: record.label, text: record.proposition, cited: "", refs: "" };
    case "entity":
      return { name: entityWords(record), text: record.description, cited, refs: "" };
    case "statement": {
      const notes = record.qualifiers.map((q) =>
        q.value.kind === "entity" ? (q.note ?? "") : `${q.note ?? ""} ${q.value.value}`,
      );
      return { name: "", text: record.summary, cited, refs: [...refs, ...notes].join(" ; ") };
    }
    case "event":
      return {
        name: record.title,
        text: record.summary,
        cited,
        refs: [...refs, ...record.participants.map((p) => p.role), record.date.value].join(" ; "),
      };
    case "claim":
      return { name: "", text: record.text, cited, refs: refs.join(" ; ") };
    case "quote":
      return { name: "", text: record.text, cited, refs: [...refs, record.occasion ?? ""].join(" ; ") };
  }
}

/**
 * Every word a record carries, for checking whether it answers a question: its text fields, its
 * objects and qualifiers, its cited words and the names of the entities it refers to.
 */
export function recordHaystack(record: S400Record, entityOf: (id: string) => Entity | undefined): string {
  const { name, text, cited, refs } = recordFields(record, entityOf);
  const extra: string[] = [];
  if (record.kind === "statement" && record.object.kind !== "entity") extra.push(String(record.object.value));
  if (record.kind === "statement" && record.object.kind === "entity") {
    const entity = entityOf(record.object.id);
    if (entity !== undefined) extra.push(entityWords(entity));
  }
  if (record.kind === "event") extra.push(record.date.value, record.date.earliest, record.date.latest);
  return [name, text, cited, refs, ...extra].join(" ; ");
}
