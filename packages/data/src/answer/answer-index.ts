/** What answering reads of a dataset, built once per dataset index: entity names as phrases, and each record's entities and words. */
import { type DatasetIndex, statementEntities } from "../indexes/dataset-index.js";
import type { Entity } from "../model/entity.js";
import type { S400Record } from "../model/record.js";
import { predicateLabels } from "../model/statement.js";
import { normalizeWords } from "../text/normalize.js";
import { predicatePhrasings } from "../text/relations.js";
import { stem } from "../text/stem.js";
import { PhraseTable, searchTerms } from "../text/terms.js";
import { entityDescriptions } from "../text/thesaurus.js";
import { Vocabulary } from "../text/typos.js";
import { formatDate } from "./format.js";

/** A record that can answer: what it refers to and the words it states. */
export interface Candidate {
  readonly record: S400Record;
  /** Every entity the record refers to by id or names in its own words. */
  readonly entities: ReadonlySet<string>;
  /** The terms of the record's own words (not its cited words), and of its predicate's phrasings. */
  readonly terms: ReadonlySet<string>;
  /** The terms found only in a statement's qualifier notes, which explain it rather than state it. */
  readonly noteTerms: ReadonlySet<string>;
  /** The terms of the relation a statement states (its predicate's label and phrasings); empty for other records. */
  readonly relationTerms: ReadonlySet<string>;
}

/** Runs of terms of a name; true when it is a name or a form of it, false when it only describes. */
function nameRuns(
  entity: Entity,
  searchTerms: (text: string) => readonly string[],
): { terms: readonly string[]; descriptive: boolean }[] {
  const names = [entity.name, entity.name.replace(/\s*\([^)]*\)\s*/g, " ")];
  const plain: (readonly string[])[] = [];
  const described: (readonly string[])[] = [];
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

const NO_TERMS: ReadonlySet<string> = new Set();
const predicateTerms = new Map<string, ReadonlySet<string>>();
/** The terms of a predicate's label and phrasings, stopwords kept (a phrasing may be one: "made", "get"). */
function termsOfPredicate(predicate: keyof typeof predicatePhrasings): ReadonlySet<string> {
  let terms = predicateTerms.get(predicate);
  if (terms === undefined) {
    terms = new Set([
      ...searchTerms(predicateLabels[predicate]),
      ...predicatePhrasings[predicate].flatMap((p) => normalizeWords(p).map(stem)),
    ]);
    predicateTerms.set(predicate, terms);
  }
  return terms;
}

/**
 * The lookup tables answering needs over one dataset. Built without the search index (answering
 * reads only the records' own words), so a first `answer()` in a cold process does not pay for it.
 */
export class AnswerIndex {
  readonly index: DatasetIndex;
  /** Entity names and the aliases that name them, as runs of terms → entity ids. */
  readonly names = new PhraseTable<string>();
  /** Descriptions that stand for an entity without naming it ("SSB chief", "top diplomat"). */
  readonly descriptions = new PhraseTable<string>();
  readonly entities: ReadonlyMap<string, Entity>;
  /** Every record that can answer (statements, events, claims, quotes, entities), in that order. */
  readonly candidates: readonly Candidate[];
  /** Inverse document frequency of each term over the candidates' own words. */
  readonly idf: ReadonlyMap<string, number>;
  /** For each term, the candidates (by position in `candidates`) whose words hold it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** For each entity id, the candidates that refer to it. */
  readonly entityPostings: ReadonlyMap<string, readonly number[]>;
  /** Scratch space for one question, reused so answering allocates little (answering is synchronous). */
  readonly scratch: {
    readonly met: Uint8Array;
    readonly score: Float64Array;
    readonly factor: Float64Array;
    readonly relation: Uint8Array;
    readonly best: Float64Array;
    readonly bestWeight: Float64Array;
    readonly touched: Uint32Array;
  };
  readonly #nameTerms = new Set<string>();
  readonly #nameVocabulary: Vocabulary;
  #vocabulary?: Vocabulary;
  // The same names and notes recur across records: tokenise each distinct text once.
  readonly #termCache = new Map<string, readonly string[]>();

  constructor(index: DatasetIndex) {
    this.index = index;
    const entities = new Map<string, Entity>();
    for (const entity of index.dataset.entities) {
      entities.set(entity.id, entity);
      for (const run of nameRuns(entity, (text) => this.#terms(text))) {
        (run.descriptive ? this.descriptions : this.names).add(run.terms, entity.id);
        for (const term of run.terms) this.#nameTerms.add(term);
      }
    }
    this.entities = entities;
    this.#nameVocabulary = new Vocabulary(this.#nameTerms);
    const { statements, events, claims, quotes } = index.dataset;
    const candidates: Candidate[] = [];
    for (const list of [
      statements,
      events,
      claims,
      quotes,
      index.dataset.entities,
    ] as readonly (readonly S400Record[])[])
      for (const record of list) candidates.push(this.#build(record));
    this.candidates = candidates;
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
    const idf = new Map<string, number>();
    for (const [term, list] of postings)
      idf.set(term, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
    this.idf = idf;
    this.postings = postings;
    this.entityPostings = entityPostings;
    this.scratch = {
      met: new Uint8Array(n),
      score: new Float64Array(n),
      factor: new Float64Array(n),
      relation: new Uint8Array(n),
      best: new Float64Array(n),
      bestWeight: new Float64Array(n),
      touched: new Uint32Array(n),
    };
  }

  #terms(text: string): readonly string[] {
    let terms = this.#termCache.get(text);
    if (terms === undefined) {
      terms = searchTerms(text);
      this.#termCache.set(text, terms);
    }
    return terms;
  }

  /** Whether a term occurs in the records' own words or the entities' names. */
  knownTerm(term: string): boolean {
    return this.#nameTerms.has(term) || this.idf.has(term);
  }

  /** The one word of an entity's names a misspelt word is closest to, if there is exactly one. */
  nameNearMiss(term: string): string | undefined {
    const near = this.#nameVocabulary.nearMisses(term);
    return near.length === 1 ? near[0] : undefined;
  }

  /** The words of the records a misspelt word may be; the vocabulary is built on the first unknown word. */
  nearMisses(term: string): readonly string[] {
    this.#vocabulary ??= new Vocabulary(this.idf.keys());
    return this.#vocabulary.nearMisses(term);
  }

  /**
   * The entities a run of terms names: unambiguous names only, and the longest name where names
   * overlap, so "Russian S-400" names the S-400 and not Russia.
   */
  #mentioned(terms: readonly string[], into: Set<string>): void {
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

  /** A record as a candidate answer: its entities and words. */
  #build(record: S400Record): Candidate {
    const entities = new Set<string>();
    const texts: string[] = [];
    const notes: string[] = [];
    let relation: ReadonlySet<string> = NO_TERMS;
    switch (record.kind) {
      case "statement":
        for (const id of statementEntities(record)) entities.add(id);
        texts.push(record.summary);
        for (const q of record.qualifiers) {
          if (q.note !== undefined) notes.push(q.note);
          if (q.value.kind === "string") texts.push(q.value.value);
          if (q.value.kind === "date") texts.push(formatDate(q.value.value));
        }
        if (record.object.kind === "string") texts.push(record.object.value);
        relation = termsOfPredicate(record.predicate);
        break;
      case "event":
        for (const p of record.participants) entities.add(p.entity);
        // The date as people write it, so "on 20 January" finds the event.
        texts.push(record.title, record.summary, formatDate(record.date.value));
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
    const terms = new Set<string>(relation);
    texts.forEach((text, i) => {
      const words = this.#terms(text);
      for (const term of words) terms.add(term);
      // Only what the record itself says names entities: a statement's summary, not its notes.
      if (record.kind !== "statement" || i === 0) this.#mentioned(words, entities);
    });
    let noteTerms: Set<string> | undefined;
    for (const note of notes) {
      for (const term of this.#terms(note)) {
        if (terms.has(term)) continue;
        noteTerms ??= new Set();
        noteTerms.add(term);
      }
    }
    for (const term of noteTerms ?? NO_TERMS) terms.add(term);
    return { record, entities, terms, noteTerms: noteTerms ?? NO_TERMS, relationTerms: relation };
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
