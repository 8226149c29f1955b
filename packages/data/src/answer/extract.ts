/** Reading the answer out of one record's typed fields, in the shape the question wants. */

import { holdersOf, statementEntities } from "../indexes/dataset-index.js";
import type { FuzzyDate } from "../model/date.js";
import type { Entity } from "../model/entity.js";
import type { Event } from "../model/event.js";
import type { Quote } from "../model/quote.js";
import type { S400Record } from "../model/record.js";
import {
  type Predicate,
  predicateLabels,
  type QualifierProperty,
  type Statement,
  type Value,
} from "../model/statement.js";
import { entityWords } from "../search/documents.js";
import { memoByText } from "../text/memo.js";
import { actPhrasings, numberWords, predicatePhrasings, symmetricPredicates } from "../text/relations.js";
import { searchTerms } from "../text/terms.js";
import { stopwords } from "../text/thesaurus.js";
import type { AnswerIndex } from "./answer-index.js";
import { formatDate } from "./format.js";
import {
  COPULAS,
  fitsWanted,
  isRelationWord,
  knownByNoun,
  questionTables,
  type Reading,
  WEIGHT_SYNONYM,
} from "./question.js";

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
  /** A position read whole for a yes/no question, too long to be an answer: it may only say yes or no. */
  readonly long?: true;
}

/** The longest answer text allowed: a short answer, not a paragraph. */
export const MAX_ANSWER_WORDS = 12;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const short = (text: string) => wordCount(text) <= MAX_ANSWER_WORDS;
// Record texts recur across questions: each is trimmed once, so the same string (its hash worked out
// once) comes back to the memos below, where a fresh copy had to be hashed again each time.
const trimmedTexts = new Map<string, string>();
const trimSentence = (text: string) => {
  let trimmed = trimmedTexts.get(text);
  if (trimmed === undefined) {
    trimmed = /[.\s]$/.test(text) ? text.replace(/[.\s]+$/, "") : text;
    if (trimmedTexts.size >= 10_000) trimmedTexts.clear();
    trimmedTexts.set(text, trimmed);
  }
  return trimmed;
};

// An entity's names as marks, listed once per entity: the same entities answer question after
// question (two arrays less per answer read, 0.4 kB of the 20 kB an answer allocated).
const entityMarks = new WeakMap<Entity, readonly string[]>();
function entityAnswer(entity: Entity, inferred = false): Extracted {
  let marks = entityMarks.get(entity);
  if (marks === undefined) {
    marks = entityWords(entity);
    entityMarks.set(entity, marks);
  }
  return {
    text: entity.name,
    value: { kind: "entity", id: entity.id },
    entity,
    inferred,
    marks,
  };
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/**
 * A date as an answer: at its precision, and with the weekday the text gives when the day itself is
 * not known ("on Wednesday" in a month worked out from the dateline → "a Wednesday in December 2020").
 */
const dateAnswers = new WeakMap<FuzzyDate, Extracted>();
function dateAnswer(date: FuzzyDate): Extracted {
  let found = dateAnswers.get(date);
  if (found === undefined) {
    found = dateAnswerOf(date);
    dateAnswers.set(date, found);
  }
  return found;
}
function dateAnswerOf(date: FuzzyDate): Extracted {
  const said = date.expression?.exact.toLowerCase() ?? "";
  const weekday = date.precision === "day" ? undefined : WEEKDAYS.find((d) => said.includes(d));
  const text = formatDate(date.value);
  return {
    text: weekday === undefined ? text : `a ${weekday[0]?.toUpperCase()}${weekday.slice(1)} in ${text}`,
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

/**
 * Whether a date is only the bounds of one ("between April 2017 and December 2020") where the question
 * asks for the date itself ("On what date…", "When exactly…").
 */
function vagueFor(reading: Reading, value: Value): boolean {
  return (
    reading.wanted.kind === "date" &&
    reading.wanted.exact === true &&
    value.kind === "date" &&
    value.value.includes("/")
  );
}

/**
 * The event of a quote's speaker speaking (a participant with the role "speaker") whose sentences
 * include every sentence the quote is cited from; undefined if none or several.
 */
function spokenAt(ax: AnswerIndex, quote: Quote): Event | undefined {
  const sources = quote.provenance.map((span) => span.sourceId);
  const found = ax.index.dataset.events.filter(
    (event) =>
      event.participants.some((p) => p.entity === quote.speaker && p.role === "speaker") &&
      sources.every((id) => event.provenance.some((span) => span.sourceId === id)),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** An answer in words: `text` as a string value, with the words to look for in the cited spans. */
function stringAnswer(text: string, inferred: boolean, marks: readonly string[] = [text]): Extracted {
  return { text, value: { kind: "string", value: text }, inferred, marks };
}

// A yes/no question of being ("*Is* Trump the president-elect?", `COPULAS`), whose description after a
// name may name someone else.

/** Whether an entity may be the answer: not one the question gives, and of the wanted type. */
function answerable(reading: Reading, entity: Entity | undefined, given: ReadonlySet<string>): boolean {
  return entity !== undefined && !given.has(entity.id) && fitsWanted(reading.wanted, entity);
}

const looksLikeDate = (text: string) => /\d/.test(text);

// Words and notes of records recur across questions (claims, qualifier values, count notes): each text
// is tokenised once, in one bounded memo.
const termsOf: (text: string) => readonly string[] = memoByText(searchTerms);

// A record text's words as written and the terms of each, split once per text (the same claims and
// qualifiers are read for question after question).
const wordsOf: (text: string) => { words: readonly string[]; terms: readonly (readonly string[])[] } =
  memoByText((text) => {
    const words = text.split(/\s+/).filter(Boolean);
    return { words, terms: words.map((w) => termsOf(w)) };
  });

/**
 * The terms of what the question says, to find where a text goes beyond it: its own words (and the
 * words its misspellings stand for) and names. Not the thesaurus's synonyms: "procure" later in a
 * text is no word of "What does Turkey call its purchase…?", and would cut the answer short.
 */
// The last question's terms: a question asks of many records in a row (a WeakMap keyed by each
// reading cost more in garbage collection than the set itself).
let askedOf: { reading: Reading; terms: ReadonlySet<string> } | undefined;
function questionTerms(reading: Reading): ReadonlySet<string> {
  if (askedOf?.reading === reading) return askedOf.terms;
  const terms = new Set<string>();
  for (const concept of reading.concepts)
    for (const unit of concept.units)
      if (unit.weight >= 1 || unit.weight < WEIGHT_SYNONYM) for (const t of unit.terms) terms.add(t);
  for (const link of reading.links) for (const t of link.terms) terms.add(t);
  askedOf = { reading, terms };
  return terms;
}

// Words that end the clause an answer is read from, and words that only lead into it.
const CLAUSE_ENDS = new Set(["so", "but", "and", "as", "because", "while", "which", "who", "if", "although"]);
const LEAD_INS = new Set([
  "will",
  "would",
  "also",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "that",
  "to",
  "it",
  "they",
]);

// Words that join another word to the one before them ("the alliance *or* its armaments").
const COORDINATORS = new Set(["or", "and", "nor"]);

/**
 * The words of a text that the question does not already say: the clause after the last word the
 * question shares with it ("Turkey naturally always favors dialogue, so…" asked "What does Turkey
 * favor?" → "dialogue"). Undefined when the question shares no word with it or nothing is left.
 */
export function remainderOf(text: string, asked: ReadonlySet<string>): string | undefined {
  const { words, terms: termsAt } = wordsOf(text);
  let last = -1;
  termsAt.forEach((terms, i) => {
    if (terms.some((t) => asked.has(t))) last = i;
  });
  if (last < 0 || /[,;:.!?]["”’)]*$/.test(words[last] ?? "")) return undefined;
  // The question must say most of what comes before: then what follows is what it asks. A question
  // sharing only a name or two with the text ("What did Turkey say about NATO?") is not answered so.
  let said = 0;
  let before = 0;
  for (const terms of termsAt.slice(0, last + 1)) {
    if (terms.length === 0) continue;
    before++;
    if (terms.some((t) => asked.has(t))) said++;
  }
  if (said * 2 < before) return undefined;
  // "…no threat to the alliance *or its armaments*": words joined to the last one the question says
  // add to what it says, they do not answer it.
  if (COORDINATORS.has((words[last + 1] ?? "").toLowerCase())) return undefined;
  const out: string[] = [];
  for (const word of words.slice(last + 1)) {
    const bare = word.replace(/[,;:.!?"“”’)]+$/, "");
    // "not a choice but a necessity": the "but" of a "not … but …" is the point, not a new clause.
    const contrast = bare.toLowerCase() === "but" && out[0]?.toLowerCase() === "not";
    if (CLAUSE_ENDS.has(bare.toLowerCase()) && out.length > 0 && !contrast) break;
    if (out.length === 0 && LEAD_INS.has(bare.toLowerCase())) continue;
    if (bare !== "") out.push(bare);
    if (bare !== word) break;
  }
  const content = out.some((w) => termsOf(w).some((t) => !stopwords.has(t)));
  return content && short(out.join(" ")) ? out.join(" ") : undefined;
}

// Words that may not start or end a gap's answer ("from any", "the").
const GAP_EDGES = new Set([
  ...LEAD_INS,
  "from",
  "to",
  "on",
  "in",
  "with",
  "by",
  "for",
  "of",
  "any",
  "the",
  "a",
  "an",
  "its",
  "their",
]);

/**
 * The words of a text between two words the question says next to each other ("What could Turkey
 * not procure from NATO allies?" of "Turkey was unable to procure air defence systems from any NATO
 * ally…" → "air defence systems"): what the question leaves out between them. Only one such gap,
 * with content and no word of the question, is an answer.
 */
export function gapOf(
  text: string,
  adjacent: readonly (readonly [string, string, string])[],
  asked: ReadonlySet<string>,
  alike: (term: string) => readonly string[] = () => [],
): string | undefined {
  if (adjacent.length === 0) return undefined;
  const { words, terms: at } = wordsOf(text);
  let found: string | undefined;
  for (const [a, b, preposition] of adjacent) {
    // ("unable to *buy* from NATO allies" of "unable to *procure* … from any NATO ally": the first
    // word may be the text's synonym of the question's.)
    const firsts = [a, ...alike(a)];
    for (let i = 0; i < words.length; i++) {
      if (!(at[i] ?? []).some((t) => firsts.includes(t))) continue;
      let j = i + 1;
      while (j < words.length && !(at[j] ?? []).some((t) => asked.has(t))) j++;
      if (j >= words.length || !(at[j] ?? []).includes(b) || j === i + 1) continue;
      const gap = words.slice(i + 1, j).map((w) => w.replace(/[,;:.!?"“”’)(]+/g, ""));
      // The text goes on with the question's preposition after what it leaves out.
      const end = gap.findIndex((w) => w.toLowerCase() === preposition);
      if (end < 1) continue;
      gap.length = end;
      while (gap.length > 0 && GAP_EDGES.has((gap[0] ?? "").toLowerCase())) gap.shift();
      while (gap.length > 0 && GAP_EDGES.has((gap.at(-1) ?? "").toLowerCase())) gap.pop();
      if (gap.length === 0 || gap.length > 6) continue;
      if (!gap.some((w) => termsOf(w).some((t) => !stopwords.has(t)))) continue;
      const phrase = gap.join(" ");
      if (found !== undefined && found !== phrase) return undefined;
      found = phrase;
    }
  }
  return found;
}

// Whether a text is short enough to be an answer, worked out once per text (claims recur).
const shortText = memoByText((text: string): string | undefined => (short(text) ? text : undefined));

/**
 * A text as an answer: a claim's words whole when short, else the part the question does not already
 * say; a qualifier's that part first ("dialogue" of "we naturally always favor dialogue").
 */
function textAnswer(
  ax: AnswerIndex,
  text: string,
  reading: Reading,
  inferred: boolean,
  prefer: "whole" | "rest" = "whole",
): Extracted | undefined {
  const trimmed = trimSentence(text);
  const whole = shortText(trimmed);
  // A what-question may leave out what sits between two of its words; others take the remainder.
  const gap = () =>
    reading.wanted.kind === "thing"
      ? gapOf(trimmed, reading.adjacent, questionTerms(reading), (term) => synonymsIn(reading, term))
      : undefined;
  const rest = () => {
    const found = gap() ?? afterClosing(remainderOf(trimmed, questionTerms(reading)), reading);
    // "…ready to do about its ties *with the United States*": what is left only names whom the
    // question gives, so the words it asks for are elsewhere.
    return found !== undefined && namesOnlyGiven(ax, reading, found) ? undefined : found;
  };
  // A yes/no question takes a position whole or not at all: a part of it could read as the opposite.
  // (Long or not: it is answered yes or no by what the whole says, never with the words themselves.)
  const yesNo = reading.wanted.kind === "open" && reading.wanted.yesNo === true;
  const part = yesNo ? trimmed : prefer === "whole" ? (whole ?? rest()) : (rest() ?? whole);
  if (part === undefined) return undefined;
  return yesNo && whole === undefined
    ? { ...stringAnswer(part, inferred), long: true }
    : stringAnswer(part, inferred);
}

// Prepositions a question may end its verb with ("What would the jets be exposed *to*?").
const CLOSING = new Set(["to", "from", "with", "into", "for", "against", "about", "on", "by"]);

/**
 * "What could the F-35s be exposed *to*?" of the remainder "jets to possible Russian subterfuge": a
 * question that ends its verb with a preposition (last, or right before "what") asks for what follows
 * that preposition in the text, where it comes within the remainder's first three words.
 */
function afterClosing(found: string | undefined, reading: Reading): string | undefined {
  if (found === undefined) return undefined;
  const { words } = reading;
  const what = words.findIndex(
    (w, i) => (w === "what" || w === "whom") && i > 0 && CLOSING.has(words[i - 1] ?? ""),
  );
  const closing = CLOSING.has(words.at(-1) ?? "") ? words.at(-1) : what > 0 ? words[what - 1] : undefined;
  if (closing === undefined) return found;
  const parts = found.split(" ");
  const at = parts.findIndex((w) => w.toLowerCase() === closing);
  if (at < 1 || at > 2 || at === parts.length - 1) return found;
  return parts.slice(at + 1).join(" ");
}

/** The one-word synonyms the question's concept of a term reads it with ("buy": purchase, procure…). */
function synonymsIn(reading: Reading, term: string): readonly string[] {
  const concept = reading.concepts.find(
    (c) => c.units[0]?.terms.length === 1 && c.units[0].terms[0] === term,
  );
  if (concept === undefined) return [];
  const out: string[] = [];
  for (const unit of concept.units) if (unit.terms.length === 1) out.push(unit.terms[0] ?? "");
  return out;
}

/** Whether every content word of a text is a name of an entity the question gives. */
function namesOnlyGiven(ax: AnswerIndex, reading: Reading, text: string): boolean {
  const terms = termsOf(text);
  if (terms.length === 0) return false;
  const given = new Set(reading.links.flatMap((l) => l.ids));
  const covered = new Uint8Array(terms.length);
  for (const span of ax.names.spans(terms))
    if (span.values.every((id) => given.has(id))) for (let i = span.start; i < span.end; i++) covered[i] = 1;
  return covered.every((c) => c === 1);
}

/**
 * The string qualifier of a statement that alone holds a word of the question ("What does Turkey
 * favor?" of the statement that Turkey agreed, because "we naturally always favor dialogue"): the
 * answer is read there, not from the statement's object.
 */
function qualifierHolding(statement: Statement, reading: Reading): string | undefined {
  const { own, qualifiers } = statementTermsOf(statement);
  if (qualifiers.length === 0) return undefined;
  for (const { text, terms } of qualifiers) {
    const here = reading.concepts.some((c) =>
      c.units.some((u) => u.terms.every((t) => terms.has(t)) && !u.terms.every((t) => own.has(t))),
    );
    if (here) return text;
  }
  return undefined;
}

/**
 * The entity of a statement's qualifier whose note alone holds an idea of the question ("The
 * sanctions *followed* Turkey's acquisition of what?" of the reason the note says the sanctions
 * followed): the answer is that entity, not the statement's object. No synonym of the idea may be
 * in the statement's own words.
 */
function entityQualifierHolding(
  ax: AnswerIndex,
  statement: Statement,
  reading: Reading,
  given: ReadonlySet<string>,
): Entity | undefined {
  const { own } = statementTermsOf(statement);
  for (const q of statement.qualifiers) {
    if (q.value.kind !== "entity" || q.note === undefined) continue;
    const entity = ax.entities.get(q.value.id);
    if (!answerable(reading, entity, given)) continue;
    const note = termsOf(q.note);
    const here = reading.concepts.some(
      (c) =>
        c.optional !== true &&
        !c.units.some((u) => u.terms.every((t) => own.has(t))) &&
        c.units.some((u) => u.terms.every((t) => note.includes(t))),
    );
    if (here) return entity;
  }
  return undefined;
}

const lowerNames = new WeakMap<Entity, readonly string[]>();

/**
 * How many of the question's ideas the cited words of a statement hold where they name an entity:
 * which of the statement's entities the text says the question's words of.
 */
function saidOf(ax: AnswerIndex, statement: Statement, id: string, reading: Reading): number {
  const entity = ax.entities.get(id);
  if (entity === undefined) return 0;
  let names = lowerNames.get(entity);
  if (names === undefined) {
    names = entityWords(entity).map((n) => n.toLowerCase());
    lowerNames.set(entity, names);
  }
  let best = 0;
  for (const span of statement.provenance) {
    const exact = span.exact.toLowerCase();
    if (!names.some((n) => exact.includes(n))) continue;
    const terms = termsOf(span.exact);
    let held = 0;
    for (const c of reading.concepts)
      if (c.units.some((u) => u.terms.every((t) => terms.includes(t))))
        held += c.units[0]?.terms.every((t) => terms.includes(t)) ? 1 : 0.8;
    best = Math.max(best, held);
  }
  return best;
}

/** The terms a statement states (summary and object) and those of each string qualifier, worked out once. */
const statementTerms = new WeakMap<
  Statement,
  { own: ReadonlySet<string>; qualifiers: { text: string; terms: ReadonlySet<string> }[] }
>();
function statementTermsOf(statement: Statement) {
  let found = statementTerms.get(statement);
  if (found === undefined) {
    const qualifiers: { text: string; terms: ReadonlySet<string> }[] = [];
    for (const q of statement.qualifiers)
      if (q.value.kind === "string")
        qualifiers.push({ text: q.value.value, terms: new Set(searchTerms(q.value.value)) });
    // What the summary states of its own: a summary may repeat a qualifier ("…, saying they would
    // expose F-35 jets…"), whose words are then the qualifier's.
    const own = new Set(searchTerms(statement.summary));
    for (const { text, terms } of qualifiers) if (wordCount(text) >= 4) for (const t of terms) own.delete(t);
    if (statement.object.kind === "string") for (const t of searchTerms(statement.object.value)) own.add(t);
    found = { own, qualifiers };
    statementTerms.set(statement, found);
  }
  return found;
}

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
        marks: entity === undefined ? [q.note] : entityWords(entity),
      };
    }
    const found = literalAnswer(ax, q.value, q.note);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The entity the question has act, unless it is passive or names the relation from its other side. */
function actorOf(reading: Reading): string | undefined {
  return reading.actor;
}

// Words that end the noun phrase a claim starts with ("The S-400s *would*…", "Turkey *is*…").
const VERB_WORDS = new Set([
  "is",
  "are",
  "was",
  "were",
  "would",
  "will",
  "could",
  "can",
  "has",
  "have",
  "had",
  "should",
]);

/** The terms of a claim's words before its first verb, space-delimited: what it is about. */
function headOf(text: string): string {
  let head = heads.get(text);
  if (head === undefined) {
    const words = text.split(/\s+/);
    const end = words.findIndex((w) => VERB_WORDS.has(w.toLowerCase()));
    head = ` ${searchTerms(words.slice(0, end < 0 ? words.length : end).join(" ")).join(" ")} `;
    heads.set(text, head);
  }
  return head;
}
const heads = new Map<string, string>();

/**
 * Whether the question's actor is whom a position is by, or what it is about: its claimant, speaker
 * or the party spoken for, or named before the claim's first verb ("What is the US ready to do?" is
 * not answered by "Turkey is ready to take steps to improve ties with the United States").
 */
function positionOf(ax: AnswerIndex, reading: Reading, record: S400Record): boolean {
  const actor = actorOf(reading);
  if (actor === undefined) return true;
  if (record.kind !== "claim" && record.kind !== "quote") return true;
  if (holdersOf(record).some((id) => ax.actsFor(actor, id))) return true;
  // "What did NATO do?" is not answered by a position about NATO: only by one NATO holds.
  if (reading.act) return false;
  const head = headOf(record.text);
  return ax.nameRunsOf(actor).some((run) => head.includes(` ${run.join(" ")} `));
}

/** Whether a statement's count is of what the question counts: its count note, or the names of its counted entity. */
function countsWhat(
  ax: AnswerIndex,
  statement: Statement,
  reading: Reading,
  counted: readonly string[],
): boolean {
  if (counted.length === 0) return true;
  const accepted: (readonly string[])[] = counted.map((t) => [t]);
  for (const concept of reading.concepts)
    if (concept.units.some((u) => u.terms.some((t) => counted.includes(t))))
      for (const unit of concept.units) accepted.push(unit.terms);
  const says = new Set<string>();
  for (const q of statement.qualifiers)
    if (q.property === "count" && q.note !== undefined) for (const t of termsOf(q.note)) says.add(t);
  for (const id of [statement.subject, statement.object.kind === "entity" ? statement.object.id : undefined])
    if (id !== undefined) for (const run of ax.nameRunsOf(id)) for (const t of run) says.add(t);
  if (accepted.some((terms) => terms.length > 0 && terms.every((t) => says.has(t)))) return true;
  // "How many *people* were sanctioned besides the head?": a noun of the type of what is counted
  // counts it too (a group of officials is people, and of persons).
  const object = statement.object.kind === "entity" ? ax.entities.get(statement.object.id) : undefined;
  if (object === undefined) return false;
  const types = object.type === "group" ? ["group", "person"] : [object.type];
  return counted.every(
    (t) =>
      typesOfTerm()
        .get(t)
        ?.some((type) => types.includes(type)) === true,
  );
}

let typesOfTerms: Map<string, readonly string[]> | undefined;
/** The entity types each type noun asks for (`typeOfNoun`), by the noun's term ("peopl"). */
function typesOfTerm(): ReadonlyMap<string, readonly string[]> {
  if (typesOfTerms === undefined) {
    typesOfTerms = new Map();
    for (const [noun, types] of questionTables.typeOfNoun)
      for (const t of searchTerms(noun)) typesOfTerms.set(t, [...(typesOfTerms.get(t) ?? []), ...types]);
  }
  return typesOfTerms;
}

// The words of a relationship as such ("relationship", "ties"): the phrasings of `relations-with`.
const relationshipTerms = new Set(questionTables.relationshipTerms);

/** Whether the question asks what ties two entities ("What is X's relationship to Y?"). */
function asksRelationship(reading: Reading): boolean {
  return reading.concepts.some((c) => c.units.some((u) => u.terms.every((t) => relationshipTerms.has(t))));
}

/**
 * Whether a predicate is an act (`actPhrasings`). The role of an act's statement is its object's, not
 * its subject's ("The US sanctions target *SSB head* Demir").
 */
const isAct = (predicate: Predicate) => actPhrasings[predicate] !== undefined;

// The words of the relations that are acts ("accept", "propose", "buy"), as terms.
const actTerms = new Set(questionTables.actTerms);

/** Whether the question's own words name an act ("Who *accepted* the offer?"); asked of many records in a row. */
let actAsked: { reading: Reading; act: boolean } | undefined;
function asksAnAct(reading: Reading): boolean {
  if (actAsked?.reading !== reading) {
    const act = reading.concepts.some((c) => {
      const own = c.units[0];
      return own !== undefined && own.weight >= 1 && own.terms.some((t) => actTerms.has(t));
    });
    actAsked = { reading, act };
  }
  return actAsked.act;
}

/** What a statement's subject did, in the past tense ("agreed to the Turkey–US joint working group"), if it is an act. */
function actAnswer(ax: AnswerIndex, statement: Statement): Extracted | undefined {
  const verb = actPhrasings[statement.predicate];
  if (verb === undefined) return undefined;
  const object = statement.object.kind === "entity" ? ax.entities.get(statement.object.id)?.name : undefined;
  const text = object === undefined ? verb : `${verb} ${object}`;
  if (!short(text)) return undefined;
  return stringAnswer(text, statement.inferred !== undefined, object === undefined ? [] : [object]);
}

/**
 * "What did US officials oppose?" of a statement scoped to the object's deployment: the scope with the
 * object ("deployment of the S-400"), unless the question already says the scope.
 */
function scopedAnswer(
  statement: Statement,
  object: Entity,
  reading: Reading,
  inferred: boolean,
): Extracted | undefined {
  const scope = statement.qualifiers.find((q) => q.property === "scope" && q.value.kind === "string");
  if (scope === undefined || scope.value.kind !== "string") return undefined;
  const words = scope.value.value;
  if (termsOf(words).some((t) => questionTerms(reading).has(t))) return undefined;
  const text = `${words} of the ${object.name}`;
  // The value stays the entity: the scope narrows what of it is meant, it names nothing else.
  if (!short(text)) return undefined;
  return {
    text,
    value: { kind: "entity", id: object.id },
    entity: object,
    inferred,
    marks: [words, object.name],
  };
}

/** The object an act's own words name ("a contract" of "signed a contract with"), if they name one. */
const actObjects = new Map<Predicate, string | undefined>();
function actObjectOf(predicate: Predicate): string | undefined {
  if (!actObjects.has(predicate)) {
    const verb = actPhrasings[predicate];
    actObjects.set(
      predicate,
      // "signed *a contract* with", "imposed *sanctions* on": a noun the act was done with.
      verb === undefined ? undefined : /^\S+ (an? [^ ]+|[^ ]+s) (?:with|to|from|for|on)$/.exec(verb)?.[1],
    );
  }
  return actObjects.get(predicate);
}

/** A statement's relation in words: "Turkey signed a contract with Russia". */
function relationAnswer(ax: AnswerIndex, statement: Statement): Extracted | undefined {
  const subject = ax.entities.get(statement.subject);
  const object = statement.object.kind === "entity" ? ax.entities.get(statement.object.id) : undefined;
  if (subject === undefined || object === undefined) return undefined;
  const text = `${subject.name} ${predicateLabels[statement.predicate]} ${object.name}`;
  return stringAnswer(text, statement.inferred !== undefined, [object.name]);
}

/** "Who is X?": the role X holds, what X is, or the first clause of X's description. */
function identityAnswer(ax: AnswerIndex, record: S400Record, subject: string): Extracted | undefined {
  if (record.kind === "statement" && record.subject === subject && !isAct(record.predicate)) {
    const role = record.qualifiers.find((q) => q.property === "role" && q.value.kind === "string");
    const object = record.object.kind === "entity" ? ax.entities.get(record.object.id) : undefined;
    if (role !== undefined && role.value.kind === "string" && object !== undefined) {
      const text = `${role.value.value} of ${nameAfterOf(ax, object)}`;
      return { text, value: role.value, inferred: record.inferred !== undefined, marks: [role.value.value] };
    }
    if (record.predicate === "instance-of" && record.object.kind === "string") {
      return literalAnswer(ax, record.object);
    }
  }
  return undefined;
}

// The sentences' words, folded once, to see how they write a name after "the".
let foldedSources: string | undefined;

/**
 * How a role's object is written after "of": an organisation by the acronym the text uses for it,
 * as acronyms are spoken, with "the" ("head of the SSB"); another entity by its name, with "the"
 * where a sentence writes it so ("President-elect of the United States", "Foreign Minister of Turkey").
 */
function nameAfterOf(ax: AnswerIndex, entity: Entity): string {
  const acronym = entity.aliases.find((a) => a.kind === "abbreviation" && /^[A-Z]{2,}$/.test(a.text));
  if (entity.type === "organization" && acronym !== undefined) return `the ${acronym.text}`;
  foldedSources ??= ax.index.dataset.sources.map((source) => source.text.toLowerCase()).join("\n");
  return foldedSources.includes(`the ${entity.name.toLowerCase()}`) ? `the ${entity.name}` : entity.name;
}

/**
 * "What is the acronym of the Defence Industry Directorate?": the entity's abbreviation; asked of
 * the abbreviation itself ("What is SSB an abbreviation of?"), its full name. None if it has none.
 */
function abbreviationAnswer(reading: Reading, entity: Entity): Extracted | undefined {
  const short = entity.aliases.filter((a) => a.kind === "abbreviation");
  if (short.length === 0) return undefined;
  const link = reading.links.find((l) => l.ids.includes(entity.id));
  const written = link?.terms.join(" ") ?? "";
  const ofShort = short.some((a) => termsOf(a.text).join(" ") === written);
  const text = ofShort ? entity.name : (short[0]?.text ?? entity.name);
  return { ...stringAnswer(text, false, [text]), entity };
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
  mentions: ReadonlySet<string> = new Set(),
): Extracted | undefined {
  const { wanted } = reading;
  const inferred = "inferred" in record && record.inferred !== undefined;
  if (wanted.kind === "name") {
    if (record.kind !== "entity" || record.type === "group") return undefined;
    if (!given.has(record.id) && !described.has(record.id)) return undefined;
    if (wanted.part === "abbreviation") return abbreviationAnswer(reading, record);
    const parts = record.name.split(/\s+/);
    const text = wanted.part === "first" ? parts[0] : wanted.part === "last" ? parts.at(-1) : record.name;
    if (text === undefined || (wanted.part !== "full" && (record.type !== "person" || parts.length < 2)))
      return undefined;
    return { ...stringAnswer(text, false), entity: record };
  }
  // "What did X say about Y?" is answered by what was said, not by a fact about X or Y; "How did X
  // respond…?" by a position or by what X did.
  if (
    reading.speech &&
    !(reading.act && record.kind === "statement") &&
    (wanted.kind === "thing" || wanted.kind === "open") &&
    record.kind !== "claim" &&
    record.kind !== "quote"
  )
    return undefined;
  // "Who said…?" is answered by who said it: a claim's or quote's speaker, or a statement's source.
  if (reading.asksSpeaker && record.kind !== "claim" && record.kind !== "quote") {
    if (record.kind !== "statement") return undefined;
    const source = qualifierAnswer(ax, record, "stated-by");
    return source?.entity !== undefined && answerable(reading, source.entity, given) ? source : undefined;
  }
  // "Where did Cavusoglu say…?": the occasion a quote gives, said by whom the question names.
  if (wanted.kind === "occasion") {
    if (record.kind !== "quote" || record.occasion === undefined || !short(record.occasion)) return undefined;
    const by = [record.speaker, record.onBehalfOf];
    if (given.size > 0 && !by.some((id) => id !== undefined && given.has(id))) return undefined;
    const guessed = record.inferred?.some((i) => i.about === "occasion") === true;
    return stringAnswer(record.occasion, inferred || guessed);
  }
  // "Which country's defence agency…?": whose the agency is, by a statement of what it is part of
  // or belongs to, not whoever acts on it.
  if (wanted.kind === "entity" && wanted.owner !== undefined) {
    if (record.kind !== "statement" || record.subject !== wanted.owner.of) return undefined;
    // ("Which country's missiles…" of "the S-400 is called *Russian*": a word that is wholly a name,
    // here a demonym, names whose it is, in the text's own word as below.)
    const { object } = record;
    const id =
      object.kind === "entity"
        ? object.id
        : object.kind === "string"
          ? ax.wholeNameOf(termsOf(object.value))
          : undefined;
    const owner = id === undefined ? undefined : ax.entities.get(id);
    if (owner === undefined || !answerable(reading, owner, given)) return undefined;
    return object.kind === "string"
      ? { text: object.value, value: object, entity: owner, inferred, marks: [object.value] }
      : entityAnswer(owner, inferred);
  }
  if (reading.identity) {
    const [subject] = given;
    return subject === undefined ? undefined : identityAnswer(ax, record, subject);
  }
  switch (record.kind) {
    case "statement": {
      // "What is the US ready to do?" asks about the US's act: Turkey's readiness does not answer it.
      // Who takes part in the act or speaks for it acts too ("Turkish officials agreed").
      const actor = actorOf(reading);
      if (
        actor !== undefined &&
        actor !== record.subject &&
        !symmetricPredicates.includes(record.predicate) &&
        !record.qualifiers.some(
          (q) =>
            (q.property === "participant" || q.property === "stated-by") &&
            q.value.kind === "entity" &&
            q.value.id === actor,
        )
      )
        return undefined;
      // "What did the US do to the SSB?": the act the statement records; a statement of no act (a
      // state, what talks concern) does not say what anyone did.
      if (reading.act && actor !== undefined && (wanted.kind === "thing" || wanted.kind === "open"))
        return actAnswer(ax, record);
      const open =
        wanted.kind === "agent" ||
        wanted.kind === "entity" ||
        wanted.kind === "thing" ||
        wanted.kind === "open";
      // A role asked for is read only from a statement of what its subject is (see `isAct`).
      const actsRole = reading.asks === "role" && isAct(record.predicate);
      if (reading.asks !== undefined && open && !actsRole) {
        const found = qualifierAnswer(ax, record, reading.asks);
        // "What is Demir's job?": a role is of its statement's object, unless the question names it
        // ("…his role at the SSB?"): "head of the SSB".
        const object = record.object.kind === "entity" ? ax.entities.get(record.object.id) : undefined;
        if (
          found !== undefined &&
          reading.asks === "role" &&
          found.value.kind === "string" &&
          object !== undefined &&
          !given.has(object.id)
        )
          return { ...found, text: `${found.text} of ${nameAfterOf(ax, object)}` };
        if (found !== undefined) return found;
      }
      if (wanted.kind === "date") {
        // "When did Trump take office?" asks about Trump's act: a statement whose subject is someone
        // else (Biden takes office, replacing Trump) does not answer it.
        const found = qualifierAnswer(ax, record, "time");
        if (found !== undefined && vagueFor(reading, found.value)) return undefined;
        return wanted.year && found !== undefined && !/\d{4}/.test(found.text) ? undefined : found;
      }
      if (wanted.kind === "count") {
        // "How many officials were sanctioned?" names what is counted and what befell it; "How many
        // employees does the SSB have?" only the first, and a count of some of them does not answer it.
        if (reading.concepts.length < 2) return undefined;
        // "How many missiles…" is not answered by a count of officials: the count's note or the
        // counted entity's names must say what is counted (or a synonym of it).
        if (!countsWhat(ax, record, reading, wanted.counted)) return undefined;
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
        // A description after a name in a question of being ("Is Trump the president-elect?") may
        // name someone else: never a yes.
        if (
          wanted.yesNo === true &&
          !reading.speech &&
          given.size > 0 &&
          !reading.links.some(
            (l) =>
              l.descriptive && COPULAS.has(reading.words[0] ?? "") && reading.links.some((o) => o.at < l.at),
          )
        ) {
          const slots = new Set(statementEntities(record));
          if ([...given].every((id) => slots.has(id)))
            return { text: "Yes", value: { kind: "string", value: "yes" }, inferred, marks: [] };
        }
        if (wanted.yesNo === true) return undefined;
        // ("How is the SSB described?" asks nothing of a statement about something else that only
        // names it: the state must be of whom the question names.)
        if (reading.concepts.length === 0 && !given.has(record.subject)) return undefined;
        return qualifierAnswer(ax, record, "status");
      }
      if (wanted.kind === "unsupported") return undefined;
      // "What did Turkey sign with Russia?": with both ends given, what the act's own words say was
      // done ("signed *a contract* with", "imposed *sanctions* on"), before a qualifier's words.
      if (
        wanted.kind === "thing" &&
        given.has(record.subject) &&
        record.object.kind === "entity" &&
        given.has(record.object.id)
      ) {
        const asked = questionTerms(reading);
        const named = predicatePhrasings[record.predicate].some((p) => termsOf(p).every((t) => asked.has(t)));
        const done = named ? actObjectOf(record.predicate) : undefined;
        const noun = done?.replace(/^an? /, "");
        if (done !== undefined && noun !== undefined && !termsOf(noun).some((t) => asked.has(t)))
          return stringAnswer(done, inferred, [noun]);
      }
      if (wanted.kind === "thing") {
        const held = qualifierHolding(record, reading);
        if (held !== undefined) return textAnswer(ax, held, reading, inferred, "rest");
        const holder = entityQualifierHolding(ax, record, reading, given);
        if (holder !== undefined) return entityAnswer(holder, inferred);
      }
      // "What is Turkey's relationship to NATO?": both ends are given, so the answer is what the
      // statement says the tie is (its role, "ally"), how it stands ("fraught"), or the relation itself.
      if (
        wanted.kind === "thing" &&
        given.has(record.subject) &&
        record.object.kind === "entity" &&
        given.has(record.object.id) &&
        asksRelationship(reading)
      )
        return (
          qualifierAnswer(ax, record, "role") ??
          qualifierAnswer(ax, record, "status") ??
          relationAnswer(ax, record)
        );
      // "What did Turkey *sell* to Russia?" asks of a seller: Turkey, who bought, did not sell.
      // (A deal, read through a synonym of "sell", is no sale by its subject either.)
      if (reading.converse.size > 0 && !reading.passive) {
        const named = reading.links.find((l) => l.actor === true)?.ids;
        if (named?.includes(record.subject)) return undefined;
      }
      // "What kind of systems…": the kind a statement says its subject is.
      if (wanted.kind === "thing" && wanted.kindOf === true && record.predicate === "instance-of")
        return record.object.kind === "string" ? literalAnswer(ax, record.object) : undefined;
      const subject: Value = { kind: "entity", id: record.subject };
      // In "Who was sanctioned?" the subject does the sanctioning: look at what it is done to first.
      // A converse word ("Who sold…?" of `purchases`) turns the relation round, and a passive one
      // ("Who was it sold to?") turns it back.
      const turned = reading.passive !== reading.converse.has(record.predicate);
      // "Who kickstarted the negotiations?" of talks between two parties, neither of them given: the
      // participants the statement names did it ("experts from both countries"), not one party.
      // Which of them, where the text says both: the one whose own cited words hold more of the
      // question's ("have started *talks*": the parties; "have kickstarted *negotiations*": the experts).
      // (Only where the subject comes first: turned round, it is never looked at.)
      const among =
        !turned &&
        symmetricPredicates.includes(record.predicate) &&
        !given.has(record.subject) &&
        !(record.object.kind === "entity" && given.has(record.object.id))
          ? record.qualifiers
              .filter(
                (q) =>
                  q.property === "participant" &&
                  q.value.kind === "entity" &&
                  saidOf(ax, record, q.value.id, reading) > saidOf(ax, record, record.subject, reading),
              )
              .map((q) => q.value)
          : [];
      // (Pushed one by one: with the spreads of a mapped copy, these lines took 0.8% of answering's
      // time in the profile, 0.5% now.)
      const slots: Value[] = turned ? [] : among;
      if (!turned) slots.push(subject);
      slots.push(record.object);
      for (const q of record.qualifiers) slots.push(q.value);
      if (turned) slots.push(subject);
      for (const slot of slots) {
        if (slot.kind === "entity") {
          const entity = ax.entities.get(slot.id);
          if (entity !== undefined && (answerable(reading, entity, given) || described.has(entity.id)))
            return slot === record.object && wanted.kind === "thing"
              ? (scopedAnswer(record, entity, reading, inferred) ?? entityAnswer(entity, inferred))
              : entityAnswer(entity, inferred);
        } else if (wanted.kind === "thing" && slot.kind === "string" && slot === record.object) {
          return literalAnswer(ax, slot);
        } else if (
          (wanted.kind === "agent" || wanted.kind === "entity") &&
          slot.kind === "string" &&
          slot === record.object
        ) {
          // A word that names an entity answers in the text's own word: the outlets call the S-400
          // "Russian", which is not saying where it is made, so the answer is "Russian", not "Russia".
          const terms = termsOf(slot.value);
          const named = ax.names.find(terms);
          const entity = named.length === 1 ? ax.entities.get(named[0] ?? "") : undefined;
          if (entity !== undefined && answerable(reading, entity, given)) {
            // A longer text that names it ("take steps to improve ties with *the United States*")
            // answers with the entity it names, not with the whole text.
            const whole = ax.names.spans(terms).some((span) => span.start === 0 && span.end === terms.length);
            return whole
              ? { text: slot.value, value: slot, entity, inferred, marks: [slot.value] }
              : entityAnswer(entity, inferred);
          }
        }
      }
      return undefined;
    }
    case "event": {
      // An event answers when it happened; who did what in it, its statements say (its participants'
      // roles are not tied to the relation the question asks about).
      if (wanted.kind === "event" && short(record.title)) return stringAnswer(record.title, inferred, []);
      if (wanted.kind !== "date") return undefined;
      // "When did Trump take office?": an entity the question asks about in its own voice must be
      // the event's first participant or be named before the title's first comma ("Joe Biden takes
      // office, replacing Donald Trump" is Biden's).
      // The actor must act in the event: its first participant, or one in the same role ("negotiating
      // party"); "The US sanctions Turkey's SSB" is not an act of the SSB.
      const actor = actorOf(reading);
      const lead = record.participants[0];
      if (
        actor !== undefined &&
        !record.participants.some((p) => p.entity === actor && p.role === lead?.role)
      )
        return undefined;
      const found = dateAnswer(record.date);
      return vagueFor(reading, found.value) ? undefined : found;
    }
    case "claim":
    case "quote": {
      if (!positionOf(ax, reading, record)) return undefined;
      // "What did X say…": X must be the one who said it, not someone it mentions.
      if (reading.speech && wanted.kind !== "agent") {
        // A group speaks for whom it acts for: "Turkish officials" for Turkey.
        const speaks = (id: string) => [...given].some((g) => ax.actsFor(g, id));
        if (given.size > 0 && !holdersOf(record).some(speaks)) return undefined;
      }
      if (wanted.kind === "agent") {
        // Who said it; or, when the question names the speaker ("according to Çavuşoğlu"), whose it is.
        // "Who accepted the offer?" asks who did it, the party whose position it is (Turkey), where
        // "Who hoped…" or "Who said…" asks who voiced it.
        const party = record.kind === "claim" ? record.claimant : record.onBehalfOf;
        const people: readonly (string | undefined)[] =
          !reading.speech && party !== undefined && asksAnAct(reading)
            ? [party]
            : record.kind === "claim"
              ? [record.speaker ?? record.claimant, record.claimant]
              : [record.speaker];
        for (const id of people) {
          const entity = id === undefined ? undefined : ax.entities.get(id);
          if (entity !== undefined && answerable(reading, entity, given))
            return entityAnswer(entity, inferred);
        }
        return undefined;
      }
      if (wanted.kind === "entity") {
        // "Which Turkish official called…": who said it, if of the type; else what it is about
        // ("Which jets could be exposed…?"), when one entity of the type it mentions is the one.
        const people: readonly (string | undefined)[] =
          record.kind === "claim" ? [record.speaker, record.claimant] : [record.speaker, record.onBehalfOf];
        // "Where did the proposal come from, *according to Cavusoglu*?": a question that names whose
        // words these are asks what they say, not who holds them (nor whom he speaks for).
        const sourced = reading.links.some(
          (l) => l.source === true && l.ids.some((id) => id === record.speaker || id === people[1]),
        );
        if (!sourced)
          for (const id of people) {
            const entity = id === undefined ? undefined : ax.entities.get(id);
            if (entity !== undefined && answerable(reading, entity, given))
              return entityAnswer(entity, inferred);
          }
        // Without a word of what happened, a mention says nothing about the answer.
        if (reading.concepts.length === 0) return undefined;
        const about = [...mentions]
          .filter((id) => !people.includes(id))
          .map((id) => ax.entities.get(id))
          .filter((e): e is Entity => e !== undefined && answerable(reading, e, given));
        const named = wanted.noun === undefined ? [] : about.filter((e) => knownByNoun(ax, wanted, e.id));
        // The one entity of the type it mentions answers only a question that names no more than the
        // type ("Which country…"): "From which *allies*…" is not answered by whichever country it names.
        const generic =
          wanted.noun === undefined || !(wanted.subtype === true || isRelationWord(wanted.noun));
        const [only] = named.length === 1 ? named : about.length === 1 && generic ? about : [];
        return only === undefined ? undefined : entityAnswer(only, inferred);
      }
      // "When did Cavusoglu say Turkey was ready to take steps…?": a quote is dated by the event of
      // its speaker's speaking that the same sentences report (its date, read as it is read there).
      // (Only when asked when it was said: "When did Turkey first propose…?" asks of the proposal.)
      if (wanted.kind === "date") {
        if (record.kind !== "quote" || !reading.speech || !given.has(record.speaker)) return undefined;
        const spoken = spokenAt(ax, record);
        if (spoken?.date === undefined) return undefined;
        const found = dateAnswer(spoken.date);
        return vagueFor(reading, found.value) ? undefined : { ...found, inferred: true };
      }
      // "How is the missile shield described?" with nothing asked of it but its names: a position
      // that only mentions it does not say how it is described.
      if (wanted.kind === "open" && reading.concepts.length === 0 && !reading.speech) return undefined;
      if (
        wanted.kind === "open" ||
        wanted.kind === "reason" ||
        (wanted.kind === "thing" && reading.speech) ||
        (wanted.kind === "thing" && record.kind === "claim")
      ) {
        const found = textAnswer(ax, record.text, reading, inferred);
        return found === undefined ? undefined : { ...found, marks: [record.text] };
      }
      return undefined;
    }
    case "entity": {
      if (wanted.kind !== "agent" && wanted.kind !== "entity" && wanted.kind !== "thing") return undefined;
      // "What did the US hope Turkey would do?" asks what someone did: an entity's description may
      // share the words, but it states no act of the actor's.
      if (actorOf(reading) !== undefined && wanted.kind === "thing") return undefined;
      if (answerable(reading, record, given) || described.has(record.id))
        return entityAnswer(record, inferred);
      return undefined;
    }
    default:
      return undefined;
  }
}
