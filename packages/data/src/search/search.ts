/** The ranked search: BM25 over weighted fields, thesaurus expansion, entity linking and question shapes. */
import { S400Error } from "../errors.js";
import type { RecordKind, S400Record } from "../model/record.js";
import {
  recordKinds,
  requireOneOf,
  requireOptions,
  requirePositiveInteger,
  requireText,
} from "../query/arguments.js";
import type { DatasetIndex } from "../query/dataset-index.js";
import { normalizeWords } from "../query/normalize.js";
import { SearchIndex, searchIndexOf } from "./search-index.js";
import { searchTerms, synonymExpansion } from "./terms.js";

/** Options of `search()`. */
export interface SearchOptions {
  /** How many hits at most (a positive whole number; 10 by default). */
  readonly limit?: number;
  /** Only records of these kinds. */
  readonly types?: readonly RecordKind[];
}

/** One search result: the record, its kind and id, and how well it matched (higher is better). */
export interface SearchHit {
  readonly type: RecordKind;
  readonly id: string;
  readonly score: number;
  readonly record: S400Record;
}

/** How much a word found only through the thesaurus counts against the word itself. */
const SYNONYM_WEIGHT = 0.45;
/** How much more a record counts for each entity of the question it refers to. */
const ENTITY_BOOST = 0.35;

/** Prior weight of each kind: structured records answer; raw sentences and topics only support. */
const KIND_PRIOR: Readonly<Record<RecordKind, number>> = {
  statement: 1,
  event: 1,
  claim: 1,
  quote: 1,
  entity: 0.95,
  topic: 0.8,
  source: 0.7,
};

/** Question shapes: words that say what kind of record answers, and how much to favour it. */
const SHAPES: readonly {
  readonly words: readonly string[];
  readonly favour: Partial<Record<RecordKind, number>>;
}[] = [
  { words: ["who", "whom", "whose"], favour: { statement: 1.2, entity: 1.15 } },
  { words: ["when", "date", "year", "month", "day"], favour: { event: 1.45 } },
  { words: ["said", "say", "says", "quote", "words", "stated", "told"], favour: { quote: 1.35, claim: 1.1 } },
  {
    words: ["why", "argue", "argued", "position", "stance", "view", "think", "believe", "claim"],
    favour: { claim: 1.35 },
  },
];

const NO_HITS: readonly SearchHit[] = Object.freeze([]);

function kindWeights(words: readonly string[]): Float64Array {
  const weights = Float64Array.from(recordKinds, (kind) => KIND_PRIOR[kind]);
  for (const shape of SHAPES) {
    if (!shape.words.some((w) => words.includes(w))) continue;
    for (const [kind, factor] of Object.entries(shape.favour)) {
      const k = recordKinds.indexOf(kind as RecordKind);
      weights[k] = (weights[k] ?? 1) * factor;
    }
  }
  return weights;
}

function addTerm(ix: SearchIndex, term: string, weight: number, count: number): number {
  const posting = ix.postings.get(term);
  if (posting === undefined) return count;
  const idf = (ix.idf.get(term) ?? 0) * weight;
  const { docs, weights } = posting;
  const { scores, touched, norms } = ix;
  let touchedCount = count;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    if (scores[doc] === 0) touched[touchedCount++] = doc;
    scores[doc] = (scores[doc] ?? 0) + idf * SearchIndex.saturate(weights[i] ?? 0, norms[doc] ?? 1);
  }
  return touchedCount;
}

/**
 * Searches a dataset's records for a question or keywords, best hit first. Ties keep dataset order
 * (statements, events, claims, quotes, entities, topics, sources).
 */
export function searchIn(index: DatasetIndex, query: string, options?: SearchOptions): readonly SearchHit[] {
  requireText(query, "query");
  const { limit = 10, types } = requireOptions(options);
  requirePositiveInteger(limit, "limit");
  let allowed: Uint8Array | undefined;
  if (types !== undefined) {
    if (!Array.isArray(types)) {
      throw new S400Error("INVALID_ARGUMENT", "types must be an array of record kinds", "types");
    }
    allowed = new Uint8Array(recordKinds.length);
    for (const type of types) allowed[recordKinds.indexOf(requireOneOf(type, recordKinds, "types"))] = 1;
  }

  const words = normalizeWords(query);
  const terms = searchTerms(query);
  if (terms.length === 0) return NO_HITS;
  const ix = searchIndexOf(index);
  const { scores, touched } = ix;

  let count = 0;
  const seen = new Set<string>();
  for (const term of terms) {
    if (seen.has(term)) continue;
    seen.add(term);
    count = addTerm(ix, term, 1, count);
  }
  for (const term of synonymExpansion(terms)) count = addTerm(ix, term, SYNONYM_WEIGHT, count);

  // Entity linking: records that refer to an entity the question names count more.
  for (const id of ix.entityPhrases.find(terms)) {
    const docs = ix.entityDocs.get(id);
    if (docs === undefined) continue;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] ?? 0;
      if (scores[doc] !== 0) scores[doc] = (scores[doc] ?? 0) * (1 + ENTITY_BOOST);
    }
  }

  const kindWeight = kindWeights(words);
  // Keep the best `limit` documents in a small sorted array (insertion), then reset the scratch space.
  const bestDocs: number[] = [];
  const bestScores: number[] = [];
  for (let i = 0; i < count; i++) {
    const doc = touched[i] ?? 0;
    const kind = ix.kinds[doc] ?? 0;
    const raw = scores[doc] ?? 0;
    scores[doc] = 0;
    if (allowed !== undefined && allowed[kind] !== 1) continue;
    const score = raw * (kindWeight[kind] ?? 1);
    if (bestDocs.length === limit && score <= (bestScores[limit - 1] ?? 0)) continue;
    let at = bestDocs.length;
    while (
      at > 0 &&
      ((bestScores[at - 1] ?? 0) < score ||
        ((bestScores[at - 1] ?? 0) === score && (bestDocs[at - 1] ?? 0) > doc))
    )
      at--;
    bestDocs.splice(at, 0, doc);
    bestScores.splice(at, 0, score);
    if (bestDocs.length > limit) {
      bestDocs.pop();
      bestScores.pop();
    }
  }
  const hits: SearchHit[] = [];
  for (let i = 0; i < bestDocs.length; i++) {
    const record = ix.records[bestDocs[i] ?? 0];
    if (record === undefined) continue;
    hits.push(
      Object.freeze({
        type: record.kind,
        id: record.id,
        score: Math.round((bestScores[i] ?? 0) * 1e4) / 1e4,
        record,
      }),
    );
  }
  return Object.freeze(hits);
}
