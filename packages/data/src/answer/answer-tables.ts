/** What answering reads off a dataset's records, worked out once as plain data: name runs and each record's entities and terms. */
import { statementEntities } from "../indexes/dataset-index.js";
import type { Entity } from "../model/entity.js";
import type { Dataset, S400Record } from "../model/record.js";
import { predicateLabels } from "../model/statement.js";
import { normalizeWords } from "../text/normalize.js";
import { predicatePhrasings, respondsToPhrasings } from "../text/relations.js";
import { stem } from "../text/stem.js";
import {
  cachedStem,
  memoizedSearchTerms,
  PhraseTable,
  type PhraseTableJSON,
  searchTerms,
  wordsOfThesaurus,
} from "../text/terms.js";
import { entityDescriptions, entityOtherNames } from "../text/thesaurus.js";
import { formatDate } from "./format.js";

/**
 * The answer index of a dataset as JSON-able data. It is a pure function of the records, so for the
 * bundled dataset the build works it out once and ships it (`bundled-answer-tables.ts`, written by
 * scripts/emit-tables.mjs), and a cold `answer()` skips normalising and stemming every record's
 * words: 4.6 ms of a first answer's 13 ms in a freshly started Node.
 */
export interface AnswerTables {
  /** Entity names and the aliases that name them, as runs of terms → entity ids. */
  readonly names: PhraseTableJSON<string>;
  /** Descriptions that stand for an entity without naming it ("SSB chief", "top diplomat"). */
  readonly descriptions: PhraseTableJSON<string>;
  /** Every term of the names and descriptions, in the order they were read. */
  readonly nameTerms: readonly string[];
  /**
   * Each entity's names as runs of terms (`AnswerIndex.nameRunsOf`), in the order of `names`.
   * Shipped, though `names` gives them: splitting every name in a cold process took 0.4 ms of a
   * first answer.
   */
  readonly runs: readonly (readonly [string, readonly (readonly string[])[]])[];
  /**
   * The names of two words or more by their terms sorted (`AnswerIndex.reorderedNameSpans`), the
   * longest such name, and every word of one.
   */
  readonly reordered: {
    readonly phrases: readonly (readonly [string, readonly string[]])[];
    readonly longest: number;
    readonly words: readonly string[];
  };
  /**
   * Every word as written (not stemmed) of the source sentences, the entities' names and the
   * thesaurus, and each one's stem with the words of that stem (`AnswerIndex.wordNearMiss`).
   * Shipped, though the dataset gives them: normalising and stemming them all took 12–19 ms of a
   * first answer that met an unknown word, in a freshly started Node.
   */
  readonly words: {
    readonly known: readonly string[];
    /**
     * Each stem and its words, separated by spaces, and the stems by ";" (words never hold either):
     * one string, split by `wordsByStem` when a question first has an unknown word. As a thousand
     * small arrays, these were 85 kB of the young heap of every first answer, which most questions
     * never read.
     */
    readonly byStem: string;
  };
  /** The terms of each relation a statement states (see `termsOfPredicate`). */
  readonly relations: readonly (readonly string[])[];
  /**
   * Statements, events, claims, quotes and entities, in that order (see `Candidate`). Their terms
   * (runs of word characters, so never holding a space) are one string each, joined by spaces, and
   * split when a question first reads the record: one string parses faster than an array of twenty,
   * and the bundled tables parse in 0.64 ms instead of 0.89 in a freshly started Node.
   */
  readonly candidates: readonly {
    /** The record's id, checked against the dataset before shipped tables are used. */
    readonly id: string;
    readonly entities: readonly string[];
    readonly terms: string;
    readonly noteTerms: string;
    /** Position in `relations`, or -1 for a record that states no relation. */
    readonly relation: number;
  }[];
  /** For each term, the candidates (by position) whose words hold it. */
  readonly postings: readonly (readonly [string, readonly number[]])[];
  /** For each entity id, the candidates that refer to it. */
  readonly entityPostings: readonly (readonly [string, readonly number[]])[];
  /**
   * Inverse document frequency of each term over the candidates' own words. Shipped, though the
   * postings give it: a cold process copies these pairs into a Map in 0.05 ms, and takes 0.33 ms
   * to work them out with a loop the interpreter runs.
   */
  readonly idf: readonly (readonly [string, number])[];
}

/** The words of a table's joined list (`AnswerTables.candidates`): none for an empty one. */
export function splitJoined(joined: string): readonly string[] {
  return joined === "" ? [] : joined.split(" ");
}

/** The words a misspelt word is compared with, and their stems (see `AnswerTables.words`). */
function wordsOf(dataset: Dataset): AnswerTables["words"] {
  const known = new Set<string>(wordsOfThesaurus());
  for (const source of dataset.sources) for (const w of normalizeWords(source.text)) known.add(w);
  for (const entity of dataset.entities)
    for (const name of [entity.name, ...entity.aliases.map((a) => a.text)])
      for (const w of normalizeWords(name)) known.add(w);
  // Each known word's stem, and the words with that stem: "sugested" is near no word written
  // out, but its stem is near "suggest"'s.
  const byStem = new Map<string, string[]>();
  for (const w of known) {
    const s = cachedStem(w);
    const list = byStem.get(s);
    if (list === undefined) byStem.set(s, [w]);
    else list.push(w);
  }
  const entries = [...byStem].map(([s, words]) => [s, ...words].join(" "));
  if (entries.some((entry) => entry.includes(";"))) throw new Error("a word holds a ';'");
  return { known: [...known], byStem: entries.join(";") };
}

/** The stems of `AnswerTables.words.byStem` and the words of each. */
export function wordsByStem(joined: string): Map<string, readonly string[]> {
  const byStem = new Map<string, readonly string[]>();
  if (joined === "") return byStem;
  for (const entry of joined.split(";")) {
    const [s = "", ...words] = entry.split(" ");
    byStem.set(s, words);
  }
  return byStem;
}

/** The records that can answer, in the order `AnswerTables.candidates` lists them. */
export function candidateRecords(dataset: Dataset): readonly S400Record[] {
  const { statements, events, claims, quotes, entities } = dataset;
  return [...statements, ...events, ...claims, ...quotes, ...entities];
}

/** Runs of terms of a name; true when it is a name or a form of it, false when it only describes. */
function nameRuns(
  entity: Entity,
  searchTerms: (text: string) => readonly string[],
): { terms: readonly string[]; descriptive: boolean }[] {
  const names = [entity.name, entity.name.replace(/\s*\([^)]*\)\s*/g, " ")];
  const plain: (readonly string[])[] = [];
  const described: (readonly string[])[] = [];
  for (const text of [...names, ...(entityOtherNames[entity.id] ?? [])]) plain.push(searchTerms(text));
  for (const alias of entity.aliases)
    (alias.kind === "descriptive" ? described : plain).push(searchTerms(alias.text));
  for (const text of entityDescriptions[entity.id] ?? []) described.push(searchTerms(text));
  const contains = (outer: readonly string[], inner: readonly string[]) =>
    inner.length > 0 && outer.join(" ").includes(inner.join(" "));
  return [
    ...plain.map((terms) => ({ terms, descriptive: false })),
    // "SSB head Ismail Demir" still names him; "SSB chief" only describes him.
    ...described.map((terms) => ({ terms, descriptive: !plain.some((p) => contains(terms, p)) })),
  ];
}

/** The terms of a predicate's label and phrasings, stopwords kept (a phrasing may be one: "made", "get"). */
function termsOfPredicate(predicate: keyof typeof predicatePhrasings): readonly string[] {
  return [
    ...new Set([
      ...searchTerms(predicateLabels[predicate]),
      ...predicatePhrasings[predicate].flatMap((p) => normalizeWords(p).map(stem)),
    ]),
  ];
}

/**
 * The entities a run of terms names: unambiguous names only, and the longest name where names
 * overlap, so "Russian S-400" names the S-400 and not Russia.
 */
function mentioned(names: PhraseTable<string>, terms: readonly string[], into: Set<string>): void {
  const spans = names.spans(terms).sort((a, b) => b.end - b.start - (a.end - a.start));
  const taken = new Uint8Array(terms.length);
  for (const span of spans) {
    let free = true;
    for (let i = span.start; i < span.end; i++) if (taken[i] === 1) free = false;
    if (!free) continue;
    taken.fill(1, span.start, span.end);
    if (span.values.length === 1) into.add(span.values[0] ?? "");
  }
}

/** The answer tables of a dataset: what `AnswerIndex` is built from. */
export function answerTablesOf(dataset: Dataset): AnswerTables {
  const termsOf = memoizedSearchTerms();

  const names = new PhraseTable<string>();
  const descriptions = new PhraseTable<string>();
  const nameTerms = new Set<string>();
  for (const entity of dataset.entities) {
    for (const run of nameRuns(entity, termsOf)) {
      (run.descriptive ? descriptions : names).add(run.terms, entity.id);
      for (const term of run.terms) nameTerms.add(term);
    }
  }

  const relations: (readonly string[])[] = [];
  const relationOf = new Map<string, number>();
  const claimsById = new Map(dataset.claims.map((claim) => [claim.id, claim] as const));
  const candidates = candidateRecords(dataset).map((record) => {
    const entities = new Set<string>();
    const texts: string[] = [];
    const notes: string[] = [];
    let relation: readonly string[] = [];
    let relationAt = -1;
    switch (record.kind) {
      case "statement": {
        for (const id of statementEntities(record)) entities.add(id);
        texts.push(record.summary);
        for (const q of record.qualifiers) {
          if (q.note !== undefined) notes.push(q.note);
          if (q.value.kind === "string") texts.push(q.value.value);
          if (q.value.kind === "date") texts.push(formatDate(q.value.value));
        }
        if (record.object.kind === "string") texts.push(record.object.value);
        // Any statement between two entities is a relationship of theirs ("What is Turkey's
        // relationship to NATO?": an ally), though only `relations-with` states one outright.
        if (record.object.kind === "entity" && record.predicate !== "relations-with")
          notes.push(...predicatePhrasings["relations-with"]);
        // A statement of what was done with someone's proposal is the response to it ("How did
        // Turkey respond to the US proposal?": it agreed).
        if (record.qualifiers.some((q) => q.property === "proposed-by")) notes.push(...respondsToPhrasings);
        relation = termsOfPredicate(record.predicate);
        const known = relationOf.get(record.predicate);
        relationAt = known ?? relations.push(relation) - 1;
        relationOf.set(record.predicate, relationAt);
        break;
      }
      case "event":
        for (const p of record.participants) entities.add(p.entity);
        // The date as people write it, so "on 20 January" finds the event.
        texts.push(record.title, record.summary, formatDate(record.date.value));
        break;
      case "claim":
        entities.add(record.claimant);
        if (record.speaker !== undefined) entities.add(record.speaker);
        texts.push(record.text);
        // A claim that answers another states that it responds, and to whom; the words of the claim
        // answered explain it, like a note ("How did Turkey answer the US claim that…?").
        for (const id of record.respondsTo) {
          const answered = claimsById.get(id);
          if (answered === undefined) continue;
          texts.push(...respondsToPhrasings);
          entities.add(answered.claimant);
          mentioned(names, termsOf(answered.text), entities);
          notes.push(answered.text);
        }
        break;
      case "quote":
        entities.add(record.speaker);
        if (record.onBehalfOf !== undefined) entities.add(record.onBehalfOf);
        texts.push(record.text);
        break;
      case "entity":
        entities.add(record.id);
        // An entity is also known by the names and descriptions the thesaurus gives it ("incumbent
        // president" for Donald Trump), so a question that describes it finds its record.
        texts.push(
          record.name,
          ...record.aliases.map((a) => a.text),
          record.description,
          ...(entityOtherNames[record.id] ?? []),
          ...(entityDescriptions[record.id] ?? []),
        );
        break;
      default:
        break;
    }
    const terms = new Set<string>(relation);
    texts.forEach((text, i) => {
      const found = termsOf(text);
      for (const term of found) terms.add(term);
      // Only what the record itself says names entities: a statement's summary, not its notes.
      if (record.kind !== "statement" || i === 0) mentioned(names, found, entities);
    });
    const noteTerms = new Set<string>();
    for (const note of notes) for (const term of termsOf(note)) if (!terms.has(term)) noteTerms.add(term);
    for (const term of noteTerms) terms.add(term);
    return {
      id: record.id,
      entities: [...entities],
      terms: [...terms],
      noteTerms: [...noteTerms],
      relation: relationAt,
    };
  });

  const postings = new Map<string, number[]>();
  const entityPostings = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [at]);
    else list.push(at);
  };
  candidates.forEach((c, at) => {
    for (const term of c.terms) add(postings, term, at);
    for (const id of c.entities) add(entityPostings, id, at);
  });
  const n = candidates.length;
  const idf: [string, number][] = [];
  for (const [term, list] of postings)
    idf.push([term, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5))]);
  const byKey = new Map<string, string[]>();
  const longerNameWords = new Set<string>();
  let longest = 0;
  const namesJSON = names.toJSON();
  const runs = new Map<string, string[][]>();
  for (const [phrase, ids] of namesJSON.phrases) {
    for (const entity of ids) {
      const list = runs.get(entity);
      if (list === undefined) runs.set(entity, [phrase.split(" ")]);
      else list.push(phrase.split(" "));
    }
  }
  for (const [phrase, ids] of namesJSON.phrases) {
    const run = phrase.split(" ");
    if (run.length < 2) continue;
    longest = Math.max(longest, run.length);
    for (const t of run) longerNameWords.add(t);
    const key = [...run].sort().join(" ");
    byKey.set(key, [...new Set([...(byKey.get(key) ?? []), ...ids])]);
  }
  return {
    names: namesJSON,
    descriptions: descriptions.toJSON(),
    nameTerms: [...nameTerms],
    runs: [...runs],
    words: wordsOf(dataset),
    reordered: { phrases: [...byKey], longest, words: [...longerNameWords] },
    relations,
    // Terms are runs of word characters (`normalizeWords`), so a space never falls inside one.
    candidates: candidates.map((c) => ({ ...c, terms: c.terms.join(" "), noteTerms: c.noteTerms.join(" ") })),
    postings: [...postings],
    entityPostings: [...entityPostings],
    idf,
  };
}
