/** Reading the answer out of one record's typed fields, in the shape the question wants. */

import { statementEntities } from "../indexes/dataset-index.js";
import type { FuzzyDate } from "../model/date.js";
import type { Entity } from "../model/entity.js";
import type { S400Record } from "../model/record.js";
import type { QualifierProperty, Statement, Value } from "../model/statement.js";
import { numberWords } from "../text/relations.js";
import type { AnswerIndex } from "./answer-index.js";
import { formatDate } from "./format.js";
import { fitsWanted, type Reading } from "./question.js";

/** An answer read from one record, before it is ranked against the others. */
export interface Extracted {
  readonly text: string;
  readonly value: Value;
  /** The entity the answer is, if it is one. */
  readonly entity?: Entity;
  /** The answer rests on an inference (an inferred date or record), not on words the text states. */
  readonly inferred: boolean;
  /** Words of the answer to look for in the record's cited spans (names, aliases, a date's expression). */
  readonly marks: readonly string[];
}

/** The longest answer text allowed: a short answer, not a paragraph. */
export const MAX_ANSWER_WORDS = 12;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const short = (text: string) => wordCount(text) <= MAX_ANSWER_WORDS;
const trimSentence = (text: string) => text.replace(/[.\s]+$/, "");

function entityAnswer(entity: Entity, inferred = false): Extracted {
  return {
    text: entity.name,
    value: { kind: "entity", id: entity.id },
    entity,
    inferred,
    marks: [entity.name, ...entity.aliases.map((a) => a.text)],
  };
}

function dateAnswer(date: FuzzyDate): Extracted {
  return {
    text: formatDate(date.value),
    value: { kind: "date", value: date.value },
    inferred: date.basis === "inferred",
    marks: date.expression === undefined ? [] : [date.expression.exact],
  };
}

function literalAnswer(ax: AnswerIndex, value: Value, note?: string): Extracted | undefined {
  switch (value.kind) {
    case "entity": {
      const entity = ax.entities.get(value.id);
      return entity === undefined ? undefined : entityAnswer(entity);
    }
    case "date":
      return {
        text: formatDate(value.value),
        value,
        inferred: false,
        marks: note === undefined ? [] : [note],
      };
    case "number": {
      const text = numberWords[value.value] ?? String(value.value);
      return { text, value, inferred: false, marks: [text, String(value.value)] };
    }
    case "string":
      return short(value.value)
        ? { text: value.value, value, inferred: false, marks: [value.value] }
        : undefined;
  }
}

/** Whether an entity may be the answer: not one the question gives, and of the wanted type. */
function answerable(reading: Reading, entity: Entity | undefined, given: ReadonlySet<string>): boolean {
  return entity !== undefined && !given.has(entity.id) && fitsWanted(reading.wanted, entity);
}

const looksLikeDate = (text: string) => /\d/.test(text);

/** A statement's qualifier of a property, as an answer. */
function qualifierAnswer(
  ax: AnswerIndex,
  statement: Statement,
  property: QualifierProperty,
): Extracted | undefined {
  for (const q of statement.qualifiers) {
    if (q.property !== property) continue;
    if (property === "time" && q.value.kind === "string" && !looksLikeDate(q.value.value)) continue;
    if (q.value.kind === "entity" && property === "reason" && q.note !== undefined && short(q.note)) {
      const entity = ax.entities.get(q.value.id);
      return {
        text: q.note,
        value: q.value,
        ...(entity === undefined ? {} : { entity }),
        inferred: false,
        marks: entity === undefined ? [q.note] : [entity.name, ...entity.aliases.map((a) => a.text)],
      };
    }
    const found = literalAnswer(ax, q.value, q.note);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** "Who is X?": the role X holds, what X is, or the first clause of X's description. */
function identityAnswer(ax: AnswerIndex, record: S400Record, subject: string): Extracted | undefined {
  if (record.kind === "statement" && record.subject === subject) {
    const role = record.qualifiers.find((q) => q.property === "role" && q.value.kind === "string");
    const object = record.object.kind === "entity" ? ax.entities.get(record.object.id) : undefined;
    if (role !== undefined && role.value.kind === "string" && object !== undefined) {
      const text = `${role.value.value} of ${object.name}`;
      return { text, value: role.value, inferred: record.inferred !== undefined, marks: [role.value.value] };
    }
    if (record.predicate === "instance-of" && record.object.kind === "string") {
      return literalAnswer(ax, record.object);
    }
  }
  return undefined;
}

/**
 * The answer a record gives to a question, or undefined when it gives none of the wanted shape.
 * `given` holds the entities the question names (they are never the answer).
 */
export function extract(
  ax: AnswerIndex,
  reading: Reading,
  record: S400Record,
  given: ReadonlySet<string>,
  described: ReadonlySet<string>,
): Extracted | undefined {
  const { wanted } = reading;
  const inferred = "inferred" in record && record.inferred !== undefined;
  if (wanted.kind === "name") {
    if (record.kind !== "entity" || record.type === "group") return undefined;
    if (!given.has(record.id) && !described.has(record.id)) return undefined;
    const parts = record.name.split(/\s+/);
    const text = wanted.part === "first" ? parts[0] : wanted.part === "last" ? parts.at(-1) : record.name;
    if (text === undefined || (wanted.part !== "full" && (record.type !== "person" || parts.length < 2)))
      return undefined;
    return { text, value: { kind: "string", value: text }, entity: record, inferred: false, marks: [text] };
  }
  // "What did X say about Y?" is answered by what was said, not by a fact about X or Y.
  if (
    reading.speech &&
    (wanted.kind === "thing" || wanted.kind === "open") &&
    record.kind !== "claim" &&
    record.kind !== "quote"
  )
    return undefined;
  if (reading.identity) {
    const [subject] = given;
    return subject === undefined ? undefined : identityAnswer(ax, record, subject);
  }
  switch (record.kind) {
    case "statement": {
      const open =
        wanted.kind === "agent" ||
        wanted.kind === "entity" ||
        wanted.kind === "thing" ||
        wanted.kind === "open";
      if (reading.asks !== undefined && open) {
        const found = qualifierAnswer(ax, record, reading.asks);
        if (found !== undefined) return found;
      }
      if (wanted.kind === "date") return qualifierAnswer(ax, record, "time");
      if (wanted.kind === "count") {
        // "How many officials were sanctioned?" names what is counted and what befell it; "How many
        // employees does the SSB have?" only the first, and a count of some of them does not answer it.
        if (reading.concepts.length < 2) return undefined;
        return (
          qualifierAnswer(ax, record, "count") ??
          (record.object.kind === "number" ? literalAnswer(ax, record.object) : undefined)
        );
      }
      if (wanted.kind === "reason") return qualifierAnswer(ax, record, "reason");
      // "How is their relationship described?": the state a statement records.
      if (wanted.kind === "open") {
        // "Is Turkey a member of NATO?": yes, when the statement holds every entity the question names
        // in its own slots (not only in its words). No statement is never read as "no": that abstains.
        // A description ("Is Trump the president-elect?") may name someone else: never a yes.
        if (
          wanted.yesNo === true &&
          !reading.speech &&
          given.size > 0 &&
          !reading.links.some((l) => l.descriptive)
        ) {
          const slots = new Set(statementEntities(record));
          if ([...given].every((id) => slots.has(id)))
            return { text: "Yes", value: { kind: "string", value: "yes" }, inferred, marks: [] };
        }
        return wanted.yesNo === true ? undefined : qualifierAnswer(ax, record, "status");
      }
      if (wanted.kind === "unsupported") return undefined;
      const subject: Value = { kind: "entity", id: record.subject };
      const rest = [record.object, ...record.qualifiers.map((q) => q.value)];
      // In "Who was sanctioned?" the subject does the sanctioning: look at what it is done to first.
      // A converse word ("Who sold…?" of `purchases`) turns the relation round, and a passive one
      // ("Who was it sold to?") turns it back.
      const turned = reading.passive !== reading.converse.has(record.predicate);
      const slots: Value[] = turned ? [...rest, subject] : [subject, ...rest];
      for (const slot of slots) {
        if (slot.kind === "entity") {
          const entity = ax.entities.get(slot.id);
          if (entity !== undefined && (answerable(reading, entity, given) || described.has(entity.id)))
            return entityAnswer(entity, inferred);
        } else if (wanted.kind === "thing" && slot.kind === "string" && slot === record.object) {
          return literalAnswer(ax, slot);
        }
      }
      return undefined;
    }
    case "event": {
      // An event answers when it happened; who did what in it, its statements say (its participants'
      // roles are not tied to the relation the question asks about).
      if (wanted.kind === "event" && short(record.title))
        return { text: record.title, value: { kind: "string", value: record.title }, inferred, marks: [] };
      return wanted.kind === "date" ? dateAnswer(record.date) : undefined;
    }
    case "claim":
    case "quote": {
      // "What did X say…": X must be the one who said it, not someone it mentions.
      if (reading.speech && wanted.kind !== "agent") {
        const speakers =
          record.kind === "claim" ? [record.claimant, record.speaker] : [record.speaker, record.onBehalfOf];
        if (given.size > 0 && !speakers.some((id) => id !== undefined && given.has(id))) return undefined;
      }
      if (wanted.kind === "agent") {
        const id = record.kind === "claim" ? (record.speaker ?? record.claimant) : record.speaker;
        const entity = ax.entities.get(id);
        return entity !== undefined && answerable(reading, entity, given)
          ? entityAnswer(entity, inferred)
          : undefined;
      }
      if (
        wanted.kind === "open" ||
        wanted.kind === "reason" ||
        (wanted.kind === "thing" && reading.speech) ||
        (wanted.kind === "thing" && record.kind === "claim")
      ) {
        const text = trimSentence(record.text);
        return short(text)
          ? { text, value: { kind: "string", value: text }, inferred, marks: [record.text] }
          : undefined;
      }
      return undefined;
    }
    case "entity": {
      if (wanted.kind !== "agent" && wanted.kind !== "entity" && wanted.kind !== "thing") return undefined;
      if (answerable(reading, record, given) || described.has(record.id))
        return entityAnswer(record, inferred);
      return undefined;
    }
    default:
      return undefined;
  }
}
