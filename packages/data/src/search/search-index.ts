/** The inverted index of a dataset, built once: weighted term postings, length norms and entity links. */
import type { DatasetIndex } from "../indexes/dataset-index.js";
import { shippedTablesOf } from "../indexes/shipped.js";
import { entityTypes } from "../model/entity.js";
import type { S400Record } from "../model/record.js";
import { recordKinds } from "../model/record.js";
import { PhraseTable } from "../text/terms.js";
import { Vocabulary } from "../text/typos.js";
import { searchTablesJSON } from "./bundled-search-tables.js";
import { documentRecords, type SearchTables, searchTablesOf } from "./search-tables.js";

/**
 * The documents that hold one term, and how much the term weighs in each (a float32 value, as the
 * index has always stored it). Plain arrays, not typed ones: for the bundled dataset they are the
 * shipped tables' own arrays, so a first search copies nothing (copying each posting into a
 * Uint32Array and a Float32Array took about 0.5 ms of it).
 */
export interface Posting {
  readonly docs: readonly number[];
  readonly weights: readonly number[];
}

// BM25 constants: k1 saturates repeated words, b normalises for length.
const K1 = 1.2;
const B = 0.6;

/** A built search index. Documents are numbered in dataset order. */
export class SearchIndex {
  readonly records: readonly S400Record[];
  /** Index into `recordKinds` of each document's kind. */
  readonly kinds: Uint8Array;
  readonly postings: ReadonlyMap<string, Posting>;
  /** The BM25 length norm of each document: k1 · (1 − b + b · length / average length). */
  readonly norms: Float32Array;
  /** Inverse document frequency of each term. */
  readonly idf: ReadonlyMap<string, number>;
  #vocabulary?: Vocabulary;
  /** Entity names, aliases and thesaurus descriptions, as phrases of terms → entity ids. */
  readonly entityPhrases: PhraseTable<string>;
  /** Entity names and aliases only (no thesaurus descriptions), as phrases of terms → entity ids. */
  readonly entityNames: PhraseTable<string>;
  /** For each entity id, the document of the entity itself. */
  readonly entityDoc: ReadonlyMap<string, number>;
  /** For each entity id, the documents that refer to it. */
  readonly entityDocs: ReadonlyMap<string, readonly number[]>;
  /**
   * Scratch space for one query, reused so a search allocates almost nothing: scores by document,
   * the best score of the current concept by document, how many concepts each document matched, and
   * which documents were touched (by the query, and by the current concept).
   */
  readonly scores: Float64Array;
  readonly conceptScores: Float64Array;
  readonly matched: Uint8Array;
  readonly touched: Uint32Array;
  readonly conceptTouched: Uint32Array;
  /** Scratch space for a phrase: summed scores and how many of its words each document holds. */
  readonly phraseScores: Float64Array;
  readonly phraseCounts: Uint8Array;
  readonly phraseTouched: Uint32Array;
  /** How many of the question's entities each document refers to (scratch). */
  readonly entityHits: Uint8Array;
  /** For each document, the entities it refers to (or is), and for each, its type as one bit (in `entityTypes` order). */
  readonly docEntities: (readonly string[])[];
  readonly entityTypeBits: ReadonlyMap<string, number>;
  /** For each document, the type bits of all the entities it refers to, OR-ed together. */
  readonly docTypeMasks: Uint16Array;

  /**
   * Builds the index from the dataset's search tables: worked out now (`searchTablesOf`), or, for
   * the bundled dataset, the tables the build shipped with it.
   */
  constructor(index: DatasetIndex, tables: SearchTables = searchTablesOf(index)) {
    const { entities } = index.dataset;
    const records = documentRecords(index.dataset);
    const n = records.length;
    this.records = records;
    this.kinds = new Uint8Array(n);
    this.norms = new Float32Array(n);
    this.scores = new Float64Array(n);
    this.conceptScores = new Float64Array(n);
    this.matched = new Uint8Array(n);
    this.touched = new Uint32Array(n);
    this.conceptTouched = new Uint32Array(n);
    this.phraseScores = new Float64Array(n);
    this.phraseCounts = new Uint8Array(n);
    this.phraseTouched = new Uint32Array(n);
    this.entityHits = new Uint8Array(n);
    this.docEntities = tables.docEntities as (readonly string[])[];
    this.docTypeMasks = new Uint16Array(n);
    const entityTypeBits = new Map<string, number>();
    for (const e of entities) entityTypeBits.set(e.id, 1 << entityTypes.indexOf(e.type));
    this.entityTypeBits = entityTypeBits;
    // What follows is a few loops over documents and terms, no tokenising: the tables hold that.
    this.entityPhrases = new PhraseTable(tables.entityPhrases);
    this.entityNames = new PhraseTable(tables.entityNames);
    const entityDoc = new Map<string, number>();
    const entityDocs = new Map<string, number[]>();
    let total = 0;
    for (let doc = 0; doc < n; doc++) {
      const record = records[doc] as S400Record;
      this.kinds[doc] = recordKinds.indexOf(record.kind);
      if (record.kind === "entity" && !entityDoc.has(record.id)) entityDoc.set(record.id, doc);
      total += tables.lengths[doc] ?? 0;
      let typeMask = 0;
      for (const id of tables.docEntities[doc] ?? []) {
        const list = entityDocs.get(id);
        if (list === undefined) entityDocs.set(id, [doc]);
        else list.push(doc);
        typeMask |= entityTypeBits.get(id) ?? 0;
      }
      this.docTypeMasks[doc] = typeMask;
    }
    this.entityDoc = entityDoc;
    const average = n === 0 ? 1 : total / n || 1;
    for (let doc = 0; doc < n; doc++)
      this.norms[doc] = K1 * (1 - B + (B * (tables.lengths[doc] ?? 0)) / average);

    const postings = new Map<string, Posting>();
    const idf = new Map<string, number>();
    for (const [term, docs, weights] of tables.postings) {
      postings.set(term, { docs, weights });
      idf.set(term, Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5)));
    }
    this.postings = postings;
    this.idf = idf;
    this.entityDocs = entityDocs;
  }

  /** Every indexed term, for typo tolerance; built on the first question with an unknown word. */
  get vocabulary(): Vocabulary {
    this.#vocabulary ??= new Vocabulary(this.postings.keys());
    return this.#vocabulary;
  }

  /** BM25 term frequency component for a weighted frequency in a document. */
  static saturate(weight: number, norm: number): number {
    return (weight * (K1 + 1)) / (weight + norm);
  }
}

// The tables shipped with the package, where they describe the dataset indexed; checked against
// `searchTablesOf` by its test.
const shippedTables = shippedTablesOf<SearchTables>(
  searchTablesJSON,
  { count: (tables) => tables.ids.length, idAt: (tables, at) => tables.ids[at] },
  documentRecords,
);

const built = new WeakMap<DatasetIndex, SearchIndex>();

/** The search index of a dataset index, built on first use. */
export function searchIndexOf(index: DatasetIndex): SearchIndex {
  let searchIndex = built.get(index);
  if (searchIndex === undefined) {
    searchIndex = new SearchIndex(index, shippedTables(index));
    built.set(index, searchIndex);
  }
  return searchIndex;
}
