/** What answering reads of a dataset, built once per dataset index: entity names as phrases, and each record's entities and words. */
import type { DatasetIndex } from "../indexes/dataset-index.js";
import { shippedTablesOf } from "../indexes/shipped.js";
import type { Entity } from "../model/entity.js";
import type { S400Record } from "../model/record.js";
import { actPhrasings } from "../text/relations.js";
import { cachedStem, PhraseTable, searchTerms } from "../text/terms.js";
import { Vocabulary, withinEdits } from "../text/typos.js";
import {
  type AnswerTables,
  answerTablesOf,
  candidateRecords,
  splitJoined,
  wordsByStem,
} from "./answer-tables.js";
import { answerTablesJSON } from "./bundled-answer-tables.js";

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

const NO_TERMS: ReadonlySet<string> = new Set();

type CandidateRow = AnswerTables["candidates"][number];

/**
 * A candidate whose sets are made from its row of the answer tables on first use: a question reads
 * the sets of the few records its words and entities lead to, so a first answer in a cold process
 * makes a few dozen sets, not the 270 (and 110 kB) of every record (0.5 ms less, and less for the
 * first garbage collections to copy). One class for shipped and built tables, so answering sees one
 * shape.
 */
class TableCandidate implements Candidate {
  readonly record: S400Record;
  readonly relationTerms: ReadonlySet<string>;
  readonly #row: CandidateRow;
  #entities: ReadonlySet<string> | undefined;
  #terms: ReadonlySet<string> | undefined;
  #noteTerms: ReadonlySet<string> | undefined;

  constructor(record: S400Record, row: CandidateRow, relationTerms: ReadonlySet<string>) {
    this.record = record;
    this.relationTerms = relationTerms;
    this.#row = row;
  }

  get entities(): ReadonlySet<string> {
    this.#entities ??= new Set(this.#row.entities);
    return this.#entities;
  }

  get terms(): ReadonlySet<string> {
    this.#terms ??= new Set(splitJoined(this.#row.terms));
    return this.#terms;
  }

  get noteTerms(): ReadonlySet<string> {
    this.#noteTerms ??= this.#row.noteTerms === "" ? NO_TERMS : new Set(splitJoined(this.#row.noteTerms));
    return this.#noteTerms;
  }
}

/**
 * The lookup tables answering needs over one dataset. Built without the search index (answering
 * reads only the records' own words), so a first `answer()` in a cold process does not pay for it.
 */
export class AnswerIndex {
  readonly index: DatasetIndex;
  /** Entity names and the aliases that name them, as runs of terms → entity ids. */
  readonly names: PhraseTable<string>;
  /** Descriptions that stand for an entity without naming it ("SSB chief", "top diplomat"). */
  readonly descriptions: PhraseTable<string>;
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
  readonly #nameTerms: ReadonlySet<string>;
  #nameVocabulary?: Vocabulary;
  #vocabulary?: Vocabulary;
  #knownWords?: ReadonlySet<string>;
  #words?: {
    readonly vocabulary: Vocabulary;
    readonly byStem: ReadonlyMap<string, readonly string[]>;
    readonly stems: Vocabulary;
    readonly found: Map<string, string | undefined>;
  };
  #runsOf?: ReadonlyMap<string, readonly (readonly string[])[]>;
  #kindTerms?: ReadonlyMap<string, ReadonlySet<string>>;
  #knownBy?: ReadonlyMap<string, readonly string[]>;
  #ties?: ReadonlyMap<string, ReadonlySet<string>>;
  #represents?: ReadonlyMap<string, readonly string[]>;
  /** The tables the index was built from, for what is worked out from them on first use. */
  readonly #tables: AnswerTables;
  readonly #reordered: {
    readonly byKey: ReadonlyMap<string, readonly string[]>;
    readonly longest: number;
    /** Every word of a name of two words or more. */
    readonly words: ReadonlySet<string>;
  };

  /**
   * Builds the index from the dataset's answer tables: worked out now (`answerTablesOf`), or, for
   * the bundled dataset, the tables the build shipped with it.
   */
  constructor(index: DatasetIndex, tables: AnswerTables = answerTablesOf(index.dataset)) {
    this.index = index;
    // Every table is handed to a Map or Set constructor whole, which copies it natively: a cold
    // process spends its time in loops written in JavaScript, not in these.
    const entities = new Map<string, Entity>();
    for (const entity of index.dataset.entities) entities.set(entity.id, entity);
    this.entities = entities;
    this.names = new PhraseTable(tables.names);
    this.descriptions = new PhraseTable(tables.descriptions);
    this.#nameTerms = new Set(tables.nameTerms);
    this.#tables = tables;
    this.#reordered = {
      byKey: new Map(tables.reordered.phrases),
      longest: tables.reordered.longest,
      words: new Set(tables.reordered.words),
    };
    const relations = tables.relations.map((r): ReadonlySet<string> => new Set(r));
    const records = candidateRecords(index.dataset);
    const candidates: Candidate[] = [];
    tables.candidates.forEach((c, at) => {
      const record = records[at];
      if (record === undefined) return;
      candidates.push(new TableCandidate(record, c, relations[c.relation] ?? NO_TERMS));
    });
    this.candidates = candidates;
    this.idf = new Map(tables.idf);
    this.postings = new Map(tables.postings);
    this.entityPostings = new Map(tables.entityPostings);
    const n = candidates.length;
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

  /** The names of an entity as runs of terms (its name, aliases and other names), from the tables on first use. */
  nameRunsOf(id: string): readonly (readonly string[])[] {
    this.#runsOf ??= new Map(this.#tables.runs);
    return this.#runsOf.get(id) ?? [];
  }

  /**
   * The terms an entity is known by: its names and descriptions, and what the records say it is an
   * instance of ("jet" for the F-35). Worked out on first use.
   */
  kindTermsOf(id: string): ReadonlySet<string> {
    if (this.#kindTerms === undefined) {
      const kinds = new Map<string, Set<string>>();
      const add = (entity: string, terms: Iterable<string>) => {
        const set = kinds.get(entity) ?? new Set<string>();
        kinds.set(entity, set);
        for (const t of terms) set.add(t);
      };
      for (const table of [this.#tables.names, this.#tables.descriptions])
        for (const [phrase, ids] of table.phrases) for (const entity of ids) add(entity, phrase.split(" "));
      for (const statement of this.index.dataset.statements)
        if (statement.predicate === "instance-of" && statement.object.kind === "string")
          add(statement.subject, searchTerms(statement.object.value));
      this.#kindTerms = kinds;
    }
    return this.#kindTerms.get(id) ?? NO_TERMS;
  }

  /** The one entity known by a term (`kindTermsOf`), if only one is ("agency": the SSB). */
  onlyKnownBy(term: string): string | undefined {
    if (this.#knownBy === undefined) {
      const known = new Map<string, string[]>();
      for (const id of this.entities.keys())
        for (const t of this.kindTermsOf(id)) {
          const list = known.get(t);
          if (list === undefined) known.set(t, [id]);
          else list.push(id);
        }
      this.#knownBy = known;
    }
    const ids = this.#knownBy.get(term);
    return ids?.length === 1 ? ids[0] : undefined;
  }

  /**
   * Whom an entity speaks and acts for, by a `represents` statement ("Turkish officials act for
   * Turkey"), itself included. Worked out on first use.
   */
  forWhom(id: string): readonly string[] {
    if (this.#represents === undefined) {
      const map = new Map<string, string[]>();
      for (const s of this.index.dataset.statements)
        if (s.predicate === "represents" && s.object.kind === "entity") {
          const list = map.get(s.subject) ?? [s.subject];
          list.push(s.object.id);
          map.set(s.subject, list);
        }
      this.#represents = map;
    }
    return this.#represents.get(id) ?? [id];
  }

  /** Whether `who` speaks and acts for `whom`: the same entity, or one it represents. */
  actsFor(who: string, whom: string): boolean {
    return this.forWhom(who).includes(whom);
  }

  /**
   * The entities an entity is tied to by a statement of what it is (not of an act) as its subject and object (a string object
   * counts as the entity it names: the S-400 is called "Russian"), or as the speaker of a claim or
   * quote for its claimant. Worked out on first use.
   */
  tiesOf(id: string): ReadonlySet<string> {
    if (this.#ties === undefined) {
      const ties = new Map<string, Set<string>>();
      const tie = (a: string | undefined, b: string | undefined) => {
        if (a === undefined || b === undefined || a === b) return;
        for (const [x, y] of [
          [a, b],
          [b, a],
        ] as const) {
          const set = ties.get(x) ?? new Set<string>();
          ties.set(x, set);
          set.add(y);
        }
      };
      const { statements, claims, quotes } = this.index.dataset;
      for (const s of statements) {
        // An act ties no one to anyone: the US sanctioning Demir does not make him a US official.
        if (actPhrasings[s.predicate] !== undefined) continue;
        if (s.object.kind === "entity") tie(s.subject, s.object.id);
        else if (s.object.kind === "string")
          for (const named of this.names.find(searchTerms(s.object.value))) tie(s.subject, named);
      }
      for (const c of claims) tie(c.speaker, c.claimant);
      for (const q of quotes) tie(q.speaker, q.onBehalfOf);
      this.#ties = ties;
    }
    return this.#ties.get(id) ?? NO_TERMS;
  }

  /**
   * Names of two or more words found in another order ("Presidency of Defence Industries" for
   * "Defense Industries Presidency"): each run of as many of the question's terms, compared as a set.
   */
  reorderedNameSpans(terms: readonly string[]): { start: number; end: number; values: readonly string[] }[] {
    const { byKey, longest, words } = this.#reordered;
    const found: { start: number; end: number; values: readonly string[] }[] = [];
    // Whether each term is a word of a name, looked up once, not again for every run it is part of.
    const inName = terms.map((t) => words.has(t));
    // Only runs made of names' words can be a name: most questions have none of two or more.
    for (let start = 0; start + 1 < terms.length; start++) {
      let end = start;
      while (end < terms.length && end - start < longest && inName[end] === true) end++;
      if (end - start < 2) continue;
      // The run's terms in order, each inserted where it sorts: the key of each longer run without a
      // copy and a sort per run (1.1 kB of the 26 kB an answer allocated).
      const run = [terms[start] as string];
      for (let stop = start + 2; stop <= end; stop++) {
        const term = terms[stop - 1] as string;
        let at = run.length;
        run.push(term);
        for (; at > 0 && (run[at - 1] as string) > term; at--) run[at] = run[at - 1] as string;
        run[at] = term;
        const values = byKey.get(run.join(" "));
        if (values !== undefined) found.push({ start, end: stop, values });
      }
    }
    return found;
  }

  /** Whether a term is a word of a name of two words or more ("officials" of "US officials"). */
  inLongerName(term: string): boolean {
    return this.#reordered.words.has(term);
  }

  /** Whether a term is a word of an entity's name ("united", "turkey"). */
  isNameTerm(term: string): boolean {
    return this.#nameTerms.has(term);
  }

  /** Whether a term occurs in the records' own words or the entities' names. */
  knownTerm(term: string): boolean {
    return this.#nameTerms.has(term) || this.idf.has(term);
  }

  /** The one entity a run of terms is wholly a name of ("russian": Russia), if any. */
  wholeNameOf(terms: readonly string[]): string | undefined {
    if (terms.length === 0) return undefined;
    for (const span of this.names.spans(terms))
      if (span.start === 0 && span.end === terms.length && new Set(span.values).size === 1)
        return span.values[0];
    return undefined;
  }

  /** The one word of an entity's names a misspelt word is closest to, if there is exactly one; the vocabulary is built on first use. */
  nameNearMiss(term: string): string | undefined {
    this.#nameVocabulary ??= new Vocabulary(this.#nameTerms);
    const near = this.#nameVocabulary.nearMisses(term);
    return near.length === 1 ? near[0] : undefined;
  }

  /** The words of the records a misspelt word may be; the vocabulary is built on the first unknown word. */
  nearMisses(term: string): readonly string[] {
    this.#vocabulary ??= new Vocabulary(this.idf.keys());
    return this.#vocabulary.nearMisses(term);
  }

  /**
   * The one word a misspelt word is closest to, as written (not stemmed), among the words of the
   * source sentences, the entities' names and the thesaurus; undefined if it is one of them, or if
   * none or several are that close. Built on the first unknown word.
   */
  /** Whether a word, as written, is one of the sentences', the names' or the thesaurus's. */
  knowsWord(word: string): boolean {
    this.#knownWords ??= new Set(this.#tables.words.known);
    return this.#knownWords.has(word);
  }

  wordNearMiss(word: string): string | undefined {
    // Most words are known: the set is made first, the near-miss lookups only for an unknown word.
    if (this.knowsWord(word)) return undefined;
    if (this.#words === undefined) {
      const byStem = wordsByStem(this.#tables.words.byStem);
      this.#words = {
        vocabulary: new Vocabulary(this.#knownWords ?? []),
        byStem,
        stems: new Vocabulary(byStem.keys()),
        found: new Map(),
      };
    }
    const { vocabulary, byStem, stems, found } = this.#words;
    if (found.has(word)) return found.get(word);
    const near = this.#nearWord(word, vocabulary, byStem, stems);
    // Questions repeat their words; remember, but never without bound.
    if (found.size >= 10_000) found.clear();
    found.set(word, near);
    return near;
  }

  #nearWord(
    word: string,
    vocabulary: Vocabulary,
    byStem: ReadonlyMap<string, readonly string[]>,
    stems: Vocabulary,
  ): string | undefined {
    // Several near words may be forms of one ("officals": "official", "officials").
    // Two edits only for a long word: "speaking" is two from "swearing", but no typo of it.
    const close = vocabulary.nearMisses(word).filter((w) => word.length >= 10 || withinEdits(word, w, 1));
    const near = new Set(close.map((w) => cachedStem(w)));
    // Only a long word is matched by its stem: a short one has too many neighbours ("event", "eventu").
    if (near.size === 0 && word.length >= 7) for (const s of stems.nearMisses(cachedStem(word))) near.add(s);
    if (near.size !== 1) return undefined;
    const [only] = near;
    // The form nearest in length to the word as typed ("goverment": "government", not "govern").
    let best: string | undefined;
    for (const w of byStem.get(only ?? "") ?? [])
      if (best === undefined || Math.abs(w.length - word.length) < Math.abs(best.length - word.length))
        best = w;
    return best;
  }
}

// The tables shipped with the package, where they describe the dataset indexed; checked against
// `answerTablesOf(dataset)` by its test.
const shippedTables = shippedTablesOf<AnswerTables>(
  answerTablesJSON,
  { count: (tables) => tables.candidates.length, idAt: (tables, at) => tables.candidates[at]?.id },
  candidateRecords,
);

const built = new WeakMap<DatasetIndex, AnswerIndex>();

/** The answer index of a dataset index, built on first use. */
export function answerIndexOf(index: DatasetIndex): AnswerIndex {
  let ax = built.get(index);
  if (ax === undefined) {
    ax = new AnswerIndex(index, shippedTables(index));
    built.set(index, ax);
  }
  return ax;
}
