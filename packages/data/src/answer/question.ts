/** Reading a question: the entities it names, the words it asks about, and the type of answer it wants. */
import type { Entity, EntityType } from "../model/entity.js";
import type { Predicate, QualifierProperty } from "../model/statement.js";
import { normalizeWords } from "../text/normalize.js";
import {
  answerTypeNouns,
  conversePhrasings,
  frameWords,
  namePhrasings,
  predicatePhrasings,
  qualifierPhrasings,
} from "../text/relations.js";
import { cachedStem as stem, synonymExpansion } from "../text/terms.js";
import { stopwords } from "../text/thesaurus.js";
import type { AnswerIndex } from "./answer-index.js";

/**
 * What a question wants back:
 * - `agent`: who did it (a person, group, body, organisation or country);
 * - `entity`: a thing of the named types ("which party", "what alliance");
 * - `thing`: what (something other than a person or country, or a plain value);
 * - `date`, `count`, `reason`: when, how many, why;
 * - `event`: what happened (an event, by its title);
 * - `name`: the entity's own name ("What does SSB stand for?");
 * - `open`: a statement of a position ("How did he describe…", "Will the S-400 be integrated…?"),
 *   or yes when a statement says just what a yes/no question asks ("Is Turkey a member of NATO?");
 * - `unsupported`: a kind of answer the dataset never holds (how much, how old, where).
 */
export type Wanted =
  | { readonly kind: "agent" }
  | { readonly kind: "entity"; readonly types: readonly EntityType[] }
  | { readonly kind: "thing" }
  | { readonly kind: "date" }
  | { readonly kind: "event" }
  | { readonly kind: "count" }
  | { readonly kind: "reason" }
  | { readonly kind: "name"; readonly part: "full" | "first" | "last" }
  | { readonly kind: "open"; readonly yesNo?: true }
  | { readonly kind: "unsupported" };

/** One idea of the question a record must carry: alternatives of terms, each with how sure a match is. */
export interface Concept {
  /** Each unit is a run of terms (all must be in the record) and the weight a match gets. */
  readonly units: readonly { readonly terms: readonly string[]; readonly weight: number }[];
}

/** An entity the question names: the ids its words could mean, and how it was found. */
export interface Link {
  readonly ids: readonly string[];
  /** Found through a description ("SSB chief") rather than a name: the entity may be the answer. */
  readonly descriptive: boolean;
  /** Found only after correcting a typo. */
  readonly typo: boolean;
  /** The question's terms the link covers. */
  readonly terms: readonly string[];
}

/** A question, read. */
export interface Reading {
  readonly wanted: Wanted;
  readonly links: readonly Link[];
  readonly concepts: readonly Concept[];
  /** The question asks who someone or something is ("Who is Ismail Demir?"): nothing beyond its entity. */
  readonly identity: boolean;
  /** The question asks what someone said or thinks ("What did X call…"): positions answer first. */
  readonly speech: boolean;
  /** "Who was sanctioned?": the answer is what the relation is done to, not who does it. */
  readonly passive: boolean;
  /** The predicates the question names from their object's side ("sold" for `purchases`). */
  readonly converse: ReadonlySet<Predicate>;
  /** The qualifier the question asks for by name ("At what level…?" → `level`), if any. */
  readonly asks?: QualifierProperty;
}

// Qualifiers a question asks for by their own name; time, count and reason come from "when", "how many", "why".
const ASKED_BY_NAME = [
  "role",
  "condition",
  "level",
  "purpose",
  "status",
  "scope",
  "also-targets",
] as const satisfies readonly QualifierProperty[];
const askedPhrases = ASKED_BY_NAME.map((property) => ({
  property,
  phrases: qualifierPhrasings[property].map((p) => normalizeWords(p)),
}));

const WEIGHT_WORD = 1;
const WEIGHT_SYNONYM = 0.8;
const WEIGHT_TYPO = 0.75;

const DATE_NOUNS = new Set(["date", "year", "month", "day", "time"]);
const SPEECH_WORDS = new Set([
  "say",
  "said",
  "says",
  "call",
  "called",
  "think",
  "thinks",
  "believe",
  "claim",
  "argue",
  "stress",
  "stressed",
  "view",
  "according",
]);
const YES_NO_STARTS = new Set([
  "is",
  "are",
  "was",
  "were",
  "do",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "has",
  "have",
  "had",
  "should",
]);
const GAP = "\u0000";

const frame = new Set(frameWords);
// Words a relation is asked with are content even where the search drops them ("Who makes the S-400?").
const relationWords = new Set<string>(
  (Object.values(predicatePhrasings) as readonly (readonly string[])[]).flatMap((phrases) =>
    phrases.filter((p) => !p.includes(" ")),
  ),
);
const isStop = (word: string) => stopwords.has(word) && !relationWords.has(word);
const typeOfNoun = new Map<string, EntityType[]>();
for (const [type, nouns] of Object.entries(answerTypeNouns) as [EntityType, readonly string[]][]) {
  for (const noun of nouns) {
    const list = typeOfNoun.get(noun) ?? [];
    list.push(type);
    typeOfNoun.set(noun, list);
  }
}
const namePhrasesMostSpecificFirst = (
  Object.entries(namePhrasings) as ["full" | "first" | "last", readonly string[]][]
)
  .map(([part, phrases]) => ({ part, phrases: phrases.map((p) => normalizeWords(p)) }))
  .reverse(); // "first name" before "name"

function runAt(words: readonly string[], run: readonly string[]): number {
  // Most phrases are not in most questions: look for their first word before walking.
  const start = words.indexOf(run[0] ?? "");
  if (start < 0) return -1;
  outer: for (let i = start; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}
const includesRun = (words: readonly string[], run: readonly string[]) => runAt(words, run) >= 0;

/** What the question wants, from its first words and the nouns after "which"/"what". */
function wantedOf(words: readonly string[], skip: Set<number>): Wanted {
  const has = (w: string) => words.includes(w);
  for (const { part, phrases } of namePhrasesMostSpecificFirst) {
    for (const phrase of phrases) {
      const at = runAt(words, phrase);
      if (at < 0) continue;
      // "first name" asks for a part of a name: its words are not what the answer is about.
      for (let i = at; i < at + phrase.length; i++) skip.add(i);
      return { kind: "name", part };
    }
  }
  const at = (w: string) => words.indexOf(w);
  const how = at("how");
  if (how >= 0) {
    const next = words[how + 1] ?? "";
    if (next === "many") {
      skip.add(how + 1);
      return { kind: "count" };
    }
    if (["much", "old", "long", "far", "big", "large", "often"].includes(next))
      return { kind: "unsupported" };
  }
  if (has("what") && (has("happen") || has("happened") || has("happens"))) return { kind: "event" };
  if (has("when")) return { kind: "date" };
  if (has("why")) return { kind: "reason" };
  if (has("where")) return { kind: "unsupported" };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    if (w !== "which" && w !== "what" && w !== "whats") continue;
    // "what kind of weapon", "which political party": look a few words on for the type noun.
    for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
      const noun = words[j] ?? "";
      if (DATE_NOUNS.has(noun)) {
        skip.add(j);
        return { kind: "date" };
      }
      const types = typeOfNoun.get(noun);
      if (types !== undefined) {
        skip.add(j);
        return { kind: "entity", types };
      }
      // "What kind of system is the S-400?" asks what it is, whatever its type.
      if ((noun === "kind" || noun === "sort" || noun === "type") && typeOfNoun.has(words[j + 2] ?? "")) {
        skip.add(j + 2);
        return { kind: "thing" };
      }
      if (!["kind", "sort", "type", "of", "political", "other", "a", "the"].includes(noun)) break;
    }
  }
  if (has("who") || has("whom") || has("whose") || has("whos")) return { kind: "agent" };
  if (has("how")) return { kind: "open" };
  if (has("what") || has("which") || has("whats")) return { kind: "thing" };
  if (YES_NO_STARTS.has(words[0] ?? "")) return { kind: "open", yesNo: true };
  return { kind: "thing" };
}

const OBJECT_NOUNS = new Set(["target", "targets", "victim", "victims", "recipient", "object"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got"]);
const IRREGULAR_PARTICIPLES = new Set([
  "sold",
  "bought",
  "made",
  "hit",
  "built",
  "led",
  "given",
  "taken",
  "done",
  "held",
]);

/** "Who was sanctioned…?", "Which jets would be exposed?": a form of "be" before a participle, with no "by". */
const CONVERSE_WORDS: ReadonlyMap<string, Predicate> = new Map(
  Object.entries(conversePhrasings).flatMap(([predicate, phrases]) =>
    phrases.flatMap((phrase) =>
      normalizeWords(phrase).map((word) => [word, predicate as Predicate] as const),
    ),
  ),
);

/** The predicates a question names by a converse word (see `conversePhrasings`). */
function conversesIn(words: readonly string[]): ReadonlySet<Predicate> {
  const found = new Set<Predicate>();
  words.forEach((word, at) => {
    const predicate = CONVERSE_WORDS.get(word);
    // "…sold to?" asks for whom it went to: the relation's own subject again.
    if (predicate !== undefined && words[at + 1] !== "to") found.add(predicate);
  });
  return found;
}

function isPassive(words: readonly string[]): boolean {
  if (words.includes("by")) return false;
  // "Who was the target of the sanctions?": a noun for what the relation is done to.
  if (words.some((w) => OBJECT_NOUNS.has(w))) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!BE.has(words[i] ?? "")) continue;
    for (const next of words.slice(i + 1, i + 3)) {
      if ((next.endsWith("ed") && next.length > 4) || IRREGULAR_PARTICIPLES.has(next)) return true;
    }
  }
  return false;
}

/**
 * Reads a question against an answer index: links the entities it names (longest names first, typos
 * corrected against the entities' own words), and turns every other word that is not a stopword or a
 * framing word into a concept with its thesaurus synonyms and near misses.
 */
export function readQuestion(ax: AnswerIndex, question: string): Reading {
  const words = normalizeWords(question);
  const skip = new Set<number>();
  const wanted = wantedOf(words, skip);
  // Content positions: the words that are not stopwords, as terms; typos in names are corrected.
  const positions: number[] = [];
  const terms: string[] = [];
  const typoAt = new Set<number>();
  words.forEach((word, i) => {
    if (isStop(word)) return;
    let term = stem(word);
    if (!ax.knownTerm(term)) {
      const near = ax.nameNearMiss(term);
      if (near !== undefined) {
        term = near;
        typoAt.add(terms.length);
      }
    }
    positions.push(i);
    terms.push(term);
  });

  // Entity links: the longest phrases win; a shorter one inside a longer one is part of it.
  const spans: { start: number; end: number; values: readonly string[]; desc: boolean }[] = [];
  for (const span of ax.names.spans(terms)) spans.push({ ...span, desc: false });
  for (const span of ax.descriptions.spans(terms)) spans.push({ ...span, desc: true });
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(terms.length);
  const links: Link[] = [];
  for (const span of spans) {
    let free = true;
    for (let i = span.start; i < span.end; i++) if (taken[i] === 1) free = false;
    if (!free) continue;
    let typo = false;
    for (let i = span.start; i < span.end; i++) {
      taken[i] = 1;
      if (typoAt.has(i)) typo = true;
    }
    const ids = [...new Set(span.values)];
    const existing = links.findIndex(
      (l) => l.ids.length === ids.length && l.ids.every((id) => ids.includes(id)),
    );
    if (existing >= 0) continue;
    links.push({ ids, descriptive: span.desc, typo, terms: terms.slice(span.start, span.end) });
  }

  // The remaining words, stopwords kept so thesaurus phrases ("had to", "in charge") still match.
  const rest: string[] = [];
  const taggedWords = words.map((w) => w);
  positions.forEach((p, t) => {
    if (taken[t] === 1) taggedWords[p] = GAP;
  });
  let speech = false;
  for (let i = 0; i < taggedWords.length; i++) {
    const w = taggedWords[i] ?? GAP;
    if (SPEECH_WORDS.has(w)) speech = true;
    if (w === GAP || skip.has(i) || frame.has(w)) rest.push(GAP);
    else rest.push(w);
  }
  const restTerms = rest.map((w) => (w === GAP || isStop(w) ? GAP : stem(w)));
  const stems = rest.map((w) => (w === GAP ? GAP : stem(w)));
  const concepts: Concept[] = [];
  const covered = new Set<number>();
  const contentTerms = restTerms.filter((t) => t !== GAP);
  for (const expansion of synonymExpansion(stems, contentTerms)) {
    const units: { terms: readonly string[]; weight: number }[] = [
      { terms: expansion.triggers.filter((t) => !stopwords.has(t)), weight: WEIGHT_WORD },
    ];
    if ((units[0]?.terms.length ?? 0) === 0) units.length = 0;
    for (const member of expansion.members) units.push({ terms: member, weight: WEIGHT_SYNONYM });
    for (let i = 0; i < stems.length; i++) {
      if (expansion.triggers.includes(stems[i] ?? "")) covered.add(i);
    }
    if (units.length > 0) concepts.push({ units });
  }
  restTerms.forEach((term, i) => {
    if (term === GAP || covered.has(i)) return;
    const units: { terms: readonly string[]; weight: number }[] = [{ terms: [term], weight: WEIGHT_WORD }];
    if (!ax.knownTerm(term))
      for (const near of ax.nearMisses(term)) units.push({ terms: [near], weight: WEIGHT_TYPO });
    concepts.push({ units });
  });
  const identity =
    (wanted.kind === "agent" || wanted.kind === "thing") &&
    concepts.length === 0 &&
    links.length === 1 &&
    !(links[0]?.descriptive ?? false);
  // "What is the name of the SSB head?" asks who the head is, not the SSB's name.
  const nameOfOther = wanted.kind === "name" && concepts.length > 0;
  const asked = askedPhrases.find(({ phrases }) => phrases.some((p) => includesRun(words, p)));
  const reading: Reading = {
    wanted: nameOfOther ? { kind: "agent" } : wanted,
    links,
    concepts,
    identity: identity && asked === undefined,
    speech,
    passive: isPassive(words),
    converse: conversesIn(words),
  };
  return asked === undefined ? reading : { ...reading, asks: asked.property };
}

/** Whether an entity's type fits what the question wants. */
export function fitsWanted(wanted: Wanted, entity: Entity): boolean {
  switch (wanted.kind) {
    case "agent":
      return entity.type !== "weapon-system" && entity.type !== "political-party";
    case "entity":
      return wanted.types.includes(entity.type);
    case "thing":
      return entity.type !== "person" && entity.type !== "country" && entity.type !== "group";
    default:
      return false;
  }
}
