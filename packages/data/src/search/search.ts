/** The ranked search: BM25 over weighted fields, thesaurus concepts, entity linking and question shapes. */
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
import { synonymExpansion, termsOfWords } from "./terms.js";

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
const SYNONYM_WEIGHT = 0.5;
/** The same, when the question's own word never occurs in the records: the synonym is all there is. */
const SYNONYM_ONLY_WEIGHT = 0.9;
/** How much more a record counts for each entity of the question it refers to. */
const ENTITY_BOOST = 0.3;

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

/** One idea of the question: a word of it with the synonyms the thesaurus gives, each with a weight. */
interface Concept {
  readonly terms: string[];
  readonly weights: number[];
}

function conceptsOf(ix: SearchIndex, terms: readonly string[]): Concept[] {
  const concepts: Concept[] = [];
  const covered = new Set<string>();
  for (const expansion of synonymExpansion(terms)) {
    const weight = expansion.triggers.some((t) => ix.postings.has(t)) ? SYNONYM_WEIGHT : SYNONYM_ONLY_WEIGHT;
    const concept: Concept = { terms: [...expansion.triggers], weights: expansion.triggers.map(() => 1) };
    for (const term of expansion.terms) {
      concept.terms.push(term);
      concept.weights.push(weight);
    }
    for (const t of expansion.triggers) covered.add(t);
    concepts.push(concept);
  }
  for (const term of terms) {
    if (covered.has(term)) continue;
    covered.add(term);
    concepts.push({ terms: [term], weights: [1] });
  }
  return concepts;
}

// The kind weights of each combination of shapes, computed once: a query only looks its own up.
const kindWeightsByShapes = new Map<number, Float64Array>();

function kindWeights(words: readonly string[]): Float64Array {
  let mask = 0;
  SHAPES.forEach((shape, bit) => {
    if (shape.words.some((w) => words.includes(w))) mask |= 1 << bit;
  });
  let weights = kindWeightsByShapes.get(mask);
  if (weights === undefined) {
    const built = Float64Array.from(recordKinds, (kind) => KIND_PRIOR[kind]);
    SHAPES.forEach((shape, bit) => {
      if ((mask & (1 << bit)) === 0) return;
      for (const [kind, factor] of Object.entries(shape.favour)) {
        const k = recordKinds.indexOf(kind as RecordKind);
        built[k] = (built[k] ?? 1) * factor;
      }
    });
    kindWeightsByShapes.set(mask, built);
    weights = built;
  }
  return weights;
}

/**
 * Scores one concept: each document gets the best of its terms' BM25 scores (so five synonyms of one
 * idea count once), added to its total. Returns the new count of touched documents.
 */
function scoreConcept(ix: SearchIndex, concept: Concept, count: number): number {
  const { scores, conceptScores, matched, touched, conceptTouched, norms } = ix;
  let conceptCount = 0;
  for (let c = 0; c < concept.terms.length; c++) {
    const posting = ix.postings.get(concept.terms[c] ?? "");
    if (posting === undefined) continue;
    const idf = (ix.idf.get(concept.terms[c] ?? "") ?? 0) * (concept.weights[c] ?? 0);
    const { docs, weights } = posting;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] ?? 0;
      const score = idf * SearchIndex.saturate(weights[i] ?? 0, norms[doc] ?? 1);
      const best = conceptScores[doc] ?? 0;
      if (best === 0) conceptTouched[conceptCount++] = doc;
      if (score > best) conceptScores[doc] = score;
    }
  }
  let touchedCount = count;
  for (let i = 0; i < conceptCount; i++) {
    const doc = conceptTouched[i] ?? 0;
    if (scores[doc] === 0) touched[touchedCount++] = doc;
    scores[doc] = (scores[doc] ?? 0) + (conceptScores[doc] ?? 0);
    matched[doc] = (matched[doc] ?? 0) + 1;
    conceptScores[doc] = 0;
  }
  return touchedCount;
}

/**
 * Searches a dataset's records for a question or keywords, best hit first. A record scores the sum,
 * over the question's concepts, of its best BM25 score for the concept's words (fields weighted:
 * name > text > referenced names > cited words), times the share of concepts it matches, times a
 * boost for each entity of the question it refers to, times a prior for its kind that the question's
 * shape adjusts ("when" → events, "said" → quotes). Ties keep the index order (statements, events,
 * claims, quotes, entities, topics, sources).
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
  const terms = termsOfWords(words);
  if (terms.length === 0) return NO_HITS;
  const ix = searchIndexOf(index);
  const { scores, matched, touched } = ix;

  const concepts = conceptsOf(ix, terms);
  let count = 0;
  for (const concept of concepts) count = scoreConcept(ix, concept, count);

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
  const conceptCount = concepts.length;
  // Keep the best `limit` documents in a small sorted array (insertion), resetting the scratch space.
  const bestDocs: number[] = [];
  const bestScores: number[] = [];
  for (let i = 0; i < count; i++) {
    const doc = touched[i] ?? 0;
    const kind = ix.kinds[doc] ?? 0;
    const coordination = (matched[doc] ?? 0) / conceptCount;
    const raw = scores[doc] ?? 0;
    scores[doc] = 0;
    matched[doc] = 0;
    if (allowed !== undefined && allowed[kind] !== 1) continue;
    const score = raw * coordination * (kindWeight[kind] ?? 1);
    if (bestDocs.length === limit && score <= (bestScores[limit - 1] ?? 0)) continue;
    let at = bestDocs.length;
    while (at > 0) {
      const above = bestScores[at - 1] ?? 0;
      if (above > score || (above === score && (bestDocs[at - 1] ?? 0) < doc)) break;
      at--;
    }
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
    const score = Math.round((bestScores[i] ?? 0) * 1e4) / 1e4;
    hits.push(Object.freeze({ type: record.kind, id: record.id, score, record }));
  }
  return Object.freeze(hits);
}
