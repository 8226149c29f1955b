/** The inverted index of a dataset, built once: weighted term postings, length norms and entity links. */

import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { Entity } from "../model/entity.js";
import { entityTypes } from "../model/entity.js";
import type { S400Record } from "../model/record.js";
import { recordKinds } from "../model/record.js";
import { PhraseTable, searchTerms } from "../text/terms.js";
import { entityDescriptions, entityOtherNames } from "../text/thesaurus.js";
import { Vocabulary } from "../text/typos.js";
import { fieldWeights, ownWords, type RecordFields, recordFields, referencedEntities } from "./documents.js";

/** The documents that hold one term, and how much the term weighs in each. */
export interface Posting {
  readonly docs: Uint32Array;
  readonly weights: Float32Array;
}

const FIELDS = Object.keys(fieldWeights) as (keyof RecordFields)[];

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
  readonly entityDocs: ReadonlyMap<string, Uint32Array>;
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

  constructor(index: DatasetIndex) {
    const { sources, entities, statements, events, topics, claims, quotes } = index.dataset;
    const records: S400Record[] = [
      ...statements,
      ...events,
      ...claims,
      ...quotes,
      ...entities,
      ...topics,
      ...sources,
    ];
    const entityOf = (id: string): Entity | undefined => {
      const r = index.records.get(id);
      return r?.kind === "entity" ? r : undefined;
    };
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
    this.docEntities = new Array(n);
    this.docTypeMasks = new Uint16Array(n);
    this.entityTypeBits = new Map(entities.map((e) => [e.id, 1 << entityTypes.indexOf(e.type)]));

    // The same names, aliases and spans recur across records: tokenise each distinct text once.
    const termCache = new Map<string, readonly string[]>();
    const termsOf = (text: string): readonly string[] => {
      let terms = termCache.get(text);
      if (terms === undefined) {
        terms = searchTerms(text);
        termCache.set(text, terms);
      }
      return terms;
    };
    const phrases = new PhraseTable<string>();
    const names = new PhraseTable<string>();
    for (const entity of entities) {
      for (const name of [
        entity.name,
        entity.name.replace(/\s*\([^)]*\)\s*/g, " "),
        ...entity.aliases.map((a) => a.text),
        ...(entityOtherNames[entity.id] ?? []),
      ]) {
        phrases.add(termsOf(name), entity.id);
        names.add(termsOf(name), entity.id);
      }
      for (const description of entityDescriptions[entity.id] ?? [])
        phrases.add(termsOf(description), entity.id);
    }
    this.entityPhrases = phrases;
    this.entityNames = names;
    const entityDoc = new Map<string, number>();
    records.forEach((record, doc) => {
      if (record.kind === "entity" && !entityDoc.has(record.id)) entityDoc.set(record.id, doc);
    });
    this.entityDoc = entityDoc;

    const building = new Map<string, { docs: number[]; weights: number[] }>();
    const lengths = new Float64Array(n);
    const entityDocs = new Map<string, number[]>();
    let total = 0;
    records.forEach((record, doc) => {
      this.kinds[doc] = recordKinds.indexOf(record.kind);
      // A record also refers to the entities its own words name ("The S-400s would not be
      // integrated into NATO systems" names the S-400 and NATO), not only to those it links by id.
      const mentioned: string[] = [];
      if (record.kind !== "entity" && record.kind !== "source") {
        for (const part of ownWords(record)) {
          // A name several entities share cannot be resolved from the words alone: skip it.
          for (const match of phrases.matches(termsOf(part), true)) {
            if (mentioned.includes(match.value)) continue;
            mentioned.push(match.value);
          }
        }
      }
      const fields = recordFields(record, entityOf, mentioned);
      const weights = new Map<string, number>();
      let length = 0;
      for (const field of FIELDS) {
        const w = fieldWeights[field];
        // A relation's phrasings are alternatives, not words the record says: each counts once, and
        // they do not make the record longer (which would push down the very statement they describe).
        const seen = field === "relation" ? new Set<string>() : undefined;
        for (const part of fields[field]) {
          for (const term of termsOf(part)) {
            if (seen !== undefined) {
              if (seen.has(term)) continue;
              seen.add(term);
            } else length += w;
            weights.set(term, (weights.get(term) ?? 0) + w);
          }
        }
      }
      lengths[doc] = length;
      total += length;
      for (const [term, w] of weights) {
        let p = building.get(term);
        if (p === undefined) {
          p = { docs: [], weights: [] };
          building.set(term, p);
        }
        p.docs.push(doc);
        p.weights.push(w);
      }
      const refersTo = [...new Set([...referencedEntities(record), ...mentioned])];
      for (const id of refersTo) {
        const list = entityDocs.get(id);
        if (list === undefined) entityDocs.set(id, [doc]);
        else list.push(doc);
      }
      this.docEntities[doc] = refersTo;
      let typeMask = 0;
      for (const id of refersTo) typeMask |= this.entityTypeBits.get(id) ?? 0;
      this.docTypeMasks[doc] = typeMask;
    });
    const average = n === 0 ? 1 : total / n || 1;
    for (let doc = 0; doc < n; doc++) this.norms[doc] = K1 * (1 - B + (B * (lengths[doc] ?? 0)) / average);

    const postings = new Map<string, Posting>();
    const idf = new Map<string, number>();
    for (const [term, p] of building) {
      postings.set(term, { docs: Uint32Array.from(p.docs), weights: Float32Array.from(p.weights) });
      idf.set(term, Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5)));
    }
    this.postings = postings;
    this.idf = idf;
    this.entityDocs = new Map([...entityDocs].map(([id, docs]) => [id, Uint32Array.from(docs)]));
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

const built = new WeakMap<DatasetIndex, SearchIndex>();

/** The search index of a dataset index, built on first use. */
export function searchIndexOf(index: DatasetIndex): SearchIndex {
  let searchIndex = built.get(index);
  if (searchIndex === undefined) {
    searchIndex = new SearchIndex(index);
    built.set(index, searchIndex);
  }
  return searchIndex;
}
