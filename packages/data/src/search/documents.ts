/** What the search reads of each record: its own words, its cited words and the names of what it refers to. */
import type { Entity } from "../model/entity.js";
import type { S400Record } from "../model/record.js";
import { predicateLabels, type Value } from "../model/statement.js";
import { predicatePhrasings } from "../text/relations.js";

/** The fields of a searchable record, from most to least telling. */
export interface RecordFields {
  /** What the record is called: an entity's name and aliases, an event's title, a topic's label. */
  readonly name: readonly string[];
  /** What the record says: a summary, a claim's or quote's text, a description, a source sentence. */
  readonly text: readonly string[];
  /** The words questions use for the relation a statement states (`text/relations.ts`). */
  readonly relation: readonly string[];
  /** The words of the source sentences the record cites (its spans' exact words). */
  readonly cited: readonly string[];
  /** Names and aliases of the entities the record refers to, its literal objects and qualifiers, roles and dates. */
  readonly refs: readonly string[];
}

/** How much a word counts in each field. */
export const fieldWeights: Readonly<Record<keyof RecordFields, number>> = Object.freeze({
  name: 3,
  text: 2,
  relation: 1.5,
  cited: 1,
  refs: 0.8,
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

/** An entity's name and aliases, as written. */
export function entityWords(entity: Entity): string[] {
  return [entity.name, ...entity.aliases.map((a) => a.text)];
}

const NOTHING: readonly string[] = [];

/** The record's own words, where the entities it names are looked for: its title or label and text. */
export function ownWords(record: S400Record): readonly string[] {
  switch (record.kind) {
    case "source":
      return [record.text];
    case "topic":
      return [record.label, record.proposition];
    case "entity":
      return [record.description];
    case "statement":
      return [record.summary];
    case "event":
      return [record.title, record.summary];
    case "claim":
    case "quote":
      return [record.text];
  }
}

/**
 * The fields of a record, each as a list of short texts (so the index can tokenise each distinct
 * text once). `entityOf` resolves the entities it refers to; `mentioned` adds entities its words name.
 */
export function recordFields(
  record: S400Record,
  entityOf: (id: string) => Entity | undefined,
  mentioned: readonly string[] = NOTHING,
): RecordFields {
  if (record.kind === "source")
    return { name: NOTHING, text: [record.text], relation: NOTHING, cited: NOTHING, refs: NOTHING };
  if (record.kind === "topic") {
    return {
      name: [record.label],
      text: [record.proposition],
      relation: NOTHING,
      cited: NOTHING,
      refs: NOTHING,
    };
  }
  const cited = record.provenance.map((span) => span.exact);
  const refs: string[] = [];
  for (const id of new Set([...referencedEntities(record), ...mentioned])) {
    if (record.kind === "entity" && id === record.id) continue;
    const entity = entityOf(id);
    if (entity !== undefined) refs.push(...entityWords(entity));
  }
  switch (record.kind) {
    case "entity":
      return { name: entityWords(record), text: [record.description], relation: NOTHING, cited, refs };
    case "statement":
      for (const q of record.qualifiers) {
        // The property names a qualifier's meaning ("reason", "count", "time"), which questions ask for.
        refs.push(q.property);
        if (q.note !== undefined) refs.push(q.note);
        if (q.value.kind !== "entity") refs.push(String(q.value.value));
      }
      if (record.object.kind !== "entity") refs.push(String(record.object.value));
      return {
        name: NOTHING,
        text: [record.summary, predicateLabels[record.predicate]],
        relation: predicatePhrasings[record.predicate],
        cited,
        refs,
      };
    case "event":
      for (const p of record.participants) refs.push(p.role);
      refs.push(record.date.value);
      return { name: [record.title], text: [record.summary], relation: NOTHING, cited, refs };
    case "claim":
      return { name: NOTHING, text: [record.text], relation: NOTHING, cited, refs };
    case "quote":
      if (record.occasion !== undefined) refs.push(record.occasion);
      return { name: NOTHING, text: [record.text], relation: NOTHING, cited, refs };
  }
}
