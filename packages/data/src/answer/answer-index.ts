/** What answering reads of a dataset, built once per dataset index: entity names as phrases, and each record's entities and words. */
import { type DatasetIndex, statementEntities } from "../indexes/dataset-index.js";
import type { Entity } from "../model/entity.js";
import type { S400Record } from "../model/record.js";
import { predicateLabels } from "../model/statement.js";
import { searchIndexOf } from "../search/search-index.js";
import { normalizeWords } from "../text/normalize.js";
import { predicatePhrasings } from "../text/relations.js";
import { stem } from "../text/stem.js";
import { PhraseTable, searchTerms } from "../text/terms.js";
import { entityDescriptions } from "../text/thesaurus.js";
import { Vocabulary } from "../text/typos.js";

/** A record that can answer: what it refers to and the words it states. */
export interface Candidate {
  readonly record: S400Record;
  /** Every entity the record refers to by id or names in its own words. */
  readonly entities: ReadonlySet<string>;
  /** The terms of the record's own words (not its cited words), and of its predicate's phrasings. */
  readonly terms: ReadonlySet<string>;
  /** The terms of the relation a statement states (its predicate's label and phrasings); empty for other records. */
  readonly relationTerms: ReadonlySet<string>;
}

/** Runs of terms of a name; true when it is a name or a form of it, false when it only describes. */
function nameRuns(entity: Entity): { terms: string[]; descriptive: boolean }[] {
  const names = [entity.name, entity.name.replace(/\s*\([^)]*\)\s*/g, " ")];
  const plain: string[][] = [];
  const described: string[][] = [];
  for (const text of names) plain.push(searchTerms(text));
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

const predicateTerms = new Map<string, readonly string[]>();
function termsOfPredicate(predicate: keyof typeof predicatePhrasings): readonly string[] {
  let terms = predicateTerms.get(predicate);
  if (terms === undefined) {
    // Stopwords are kept: a phrasing may be one ("made", "get").
    terms = [
      ...searchTerms(predicateLabels[predicate]),
      ...predicatePhrasings[predicate].flatMap((p) => normalizeWords(p).map(stem)),
    ];
    predicateTerms.set(predicate, terms);
  }
  return terms;
}

/** The lookup tables answering needs over one dataset. */
export class AnswerIndex {
  readonly index: DatasetIndex;
  /** Entity names and the aliases that name them, as runs of terms → entity ids. */
  readonly names = new PhraseTable<string>();
  /** Descriptions that stand for an entity without naming it ("SSB chief", "top diplomat"). */
  readonly descriptions = new PhraseTable<string>();
  readonly #nameTerms = new Set<string>();
  readonly #nameVocabulary: Vocabulary;
  readonly #candidates = new Map<S400Record, Candidate>();
  readonly entities: ReadonlyMap<string, Entity>;
  /** Inverse document frequency of each term, from the search index. */
  readonly idf: ReadonlyMap<string, number>;
  readonly #search: ReturnType<typeof searchIndexOf>;

  constructor(index: DatasetIndex) {
    this.index = index;
    this.#search = searchIndexOf(index);
    this.idf = this.#search.idf;
    const entities = new Map<string, Entity>();
    for (const entity of index.dataset.entities) {
      entities.set(entity.id, entity);
      for (const run of nameRuns(entity)) {
        (run.descriptive ? this.descriptions : this.names).add(run.terms, entity.id);
        for (const term of run.terms) this.#nameTerms.add(term);
      }
    }
    this.entities = entities;
    this.#nameVocabulary = new Vocabulary(this.#nameTerms);
  }

  /** Whether a term occurs anywhere in the records or the entities' names. */
  knownTerm(term: string): boolean {
    return this.#nameTerms.has(term) || this.#search.postings.has(term);
  }

  /** The one word of an entity's names a misspelt word is closest to, if there is exactly one. */
  nameNearMiss(term: string): string | undefined {
    const near = this.#nameVocabulary.nearMisses(term);
    return near.length === 1 ? near[0] : undefined;
  }

  /** The words of the records a misspelt word may be. */
  nearMisses(term: string): readonly string[] {
    return this.#search.vocabulary.nearMisses(term);
  }

  /**
   * The entities a text names: unambiguous names only, and the longest name where names overlap, so
   * "Russian S-400" names the S-400 and not Russia.
   */
  mentionedIn(text: string, into: Set<string>): void {
    const terms = searchTerms(text);
    const spans = this.names.spans(terms).sort((a, b) => b.end - b.start - (a.end - a.start));
    const taken = new Uint8Array(terms.length);
    for (const span of spans) {
      let free = true;
      for (let i = span.start; i < span.end; i++) if (taken[i] === 1) free = false;
      if (!free) continue;
      taken.fill(1, span.start, span.end);
      if (span.values.length === 1) into.add(span.values[0] ?? "");
    }
  }

  /** A record as a candidate answer: its entities and words, worked out on first use. */
  candidate(record: S400Record): Candidate {
    let candidate = this.#candidates.get(record);
    if (candidate === undefined) {
      candidate = this.#build(record);
      this.#candidates.set(record, candidate);
    }
    return candidate;
  }

  #build(record: S400Record): Candidate {
    const entities = new Set<string>();
    const texts: string[] = [];
    const extra: string[] = [];
    switch (record.kind) {
      case "statement":
        for (const id of statementEntities(record)) entities.add(id);
        texts.push(record.summary);
        for (const q of record.qualifiers) {
          if (q.note !== undefined) texts.push(q.note);
          if (q.value.kind === "string") texts.push(q.value.value);
        }
        if (record.object.kind === "string") texts.push(record.object.value);
        extra.push(...termsOfPredicate(record.predicate));
        break;
      case "event":
        for (const p of record.participants) entities.add(p.entity);
        texts.push(record.title, record.summary);
        break;
      case "claim":
        entities.add(record.claimant);
        if (record.speaker !== undefined) entities.add(record.speaker);
        texts.push(record.text);
        break;
      case "quote":
        entities.add(record.speaker);
        if (record.onBehalfOf !== undefined) entities.add(record.onBehalfOf);
        texts.push(record.text);
        break;
      case "entity":
        entities.add(record.id);
        texts.push(record.name, ...record.aliases.map((a) => a.text), record.description);
        break;
      default:
        break;
    }
    const terms = new Set<string>(extra);
    // Only what the record itself says names entities: a statement's summary, not its notes.
    const naming = record.kind === "statement" ? [record.summary] : texts;
    for (const text of naming) this.mentionedIn(text, entities);
    for (const text of texts) for (const term of searchTerms(text)) terms.add(term);
    return { record, entities, terms, relationTerms: new Set(extra) };
  }
}

const built = new WeakMap<DatasetIndex, AnswerIndex>();

/** The answer index of a dataset index, built on first use. */
export function answerIndexOf(index: DatasetIndex): AnswerIndex {
  let ax = built.get(index);
  if (ax === undefined) {
    ax = new AnswerIndex(index);
    built.set(index, ax);
  }
  return ax;
}
