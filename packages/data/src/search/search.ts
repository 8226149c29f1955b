/** The ranked search: BM25 over weighted fields, thesaurus concepts, entity linking and question shapes. */
import { S400Error } from "../errors.js";
import type { EntityType } from "../model/entity.js";
import type { RecordKind, S400Record } from "../model/record.js";
import {
  entityTypes,
  recordKinds,
  requireOneOf,
  requireOptions,
  requirePositiveInteger,
  requireText,
} from "../query/arguments.js";
import type { DatasetIndex } from "../query/dataset-index.js";
import { normalizeWords } from "../query/normalize.js";
import { SearchIndex, searchIndexOf } from "./search-index.js";
import { stemsOfWords, synonymExpansion, termsOfWords } from "./terms.js";

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
/** How much a word counts when the question has it only misspelt. */
const TYPO_WEIGHT = 0.7;
/** How much one word of a known phrase counts on its own. */
const PHRASE_WORD_WEIGHT = 0.4;
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

/** How much more a record counts when it refers to the kind of entity the question asks for. */
const ANSWER_TYPE_BOOST = 1.25;

const typeBit = (type: EntityType) => 1 << entityTypes.indexOf(type);
/** Words that, after "which"/"what", say what type of entity answers ("which country"). */
const TYPE_NOUNS: Readonly<Record<string, number>> = {
  country: typeBit("country"),
  countries: typeBit("country"),
  nation: typeBit("country"),
  government: typeBit("country"),
  party: typeBit("political-party"),
  alliance: typeBit("alliance"),
  weapon: typeBit("weapon-system"),
  system: typeBit("weapon-system"),
  official: typeBit("person") | typeBit("group"),
  officials: typeBit("person") | typeBit("group"),
  person: typeBit("person"),
  people: typeBit("person") | typeBit("group"),
  body: typeBit("organization") | typeBit("body"),
  agency: typeBit("organization"),
  organization: typeBit("organization"),
};
const WHO = typeBit("person") | typeBit("group");

/** The entity types the question's shape asks for, as a mask of `entityTypes` bits. */
function answerTypes(words: readonly string[]): number {
  let mask = 0;
  if (words.includes("who") || words.includes("whom") || words.includes("whose")) mask |= WHO;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === "which" || words[i] === "what") mask |= TYPE_NOUNS[words[i + 1] ?? ""] ?? 0;
  }
  return mask;
}

/** A word or phrase of a concept, and how much it counts. */
interface Unit {
  readonly terms: readonly string[];
  readonly weight: number;
}

/** One idea of the question: a word of it with the synonyms the thesaurus gives. */
interface Concept {
  readonly units: Unit[];
  /** An optional concept adds to the records that match it but is not held against those that do not. */
  readonly optional?: boolean;
}

/**
 * What a question's shape asks for, as words a record carries when it answers: a reason qualifier
 * or a cause for "why", a time for "when", a count for "how many". Optional concepts.
 */
const SHAPE_CONCEPTS: readonly { readonly words: readonly string[]; readonly terms: readonly string[] }[] = [
  { words: ["why"], terms: ["reason", "caus", "necessity"] },
  { words: ["when"], terms: ["time", "dat"] },
  { words: ["many", "number"], terms: ["count"] },
];
const SHAPE_WEIGHT = 0.6;

function conceptsOf(ix: SearchIndex, words: readonly string[], terms: readonly string[]): Concept[] {
  const concepts: Concept[] = [];
  const covered = new Set<string>();
  for (const expansion of synonymExpansion(stemsOfWords(words), terms)) {
    const { triggers } = expansion;
    let units: Unit[];
    let weight: number;
    if (triggers.length === 1) {
      units = [{ terms: triggers, weight: 1 }];
      weight = ix.postings.has(triggers[0] ?? "") ? SYNONYM_WEIGHT : SYNONYM_ONLY_WEIGHT;
    } else {
      // A known phrase ("procurement agency", "had to") means its group, not its words one by one:
      // the phrase counts whole, its words alone count little, and its synonyms count almost fully.
      units = [
        { terms: triggers, weight: 1 },
        ...triggers.map((t) => ({ terms: [t], weight: PHRASE_WORD_WEIGHT })),
      ];
      weight = SYNONYM_ONLY_WEIGHT;
    }
    for (const member of expansion.members) units.push({ terms: member, weight });
    for (const t of triggers) covered.add(t);
    concepts.push({ units });
  }
  for (const term of terms) {
    if (covered.has(term)) continue;
    covered.add(term);
    const units: Unit[] = [{ terms: [term], weight: 1 }];
    // A word the records never use may be a typo ("sanctons", "Cavusolgu"): try its near misses.
    if (!ix.postings.has(term)) {
      for (const near of ix.vocabulary.nearMisses(term)) units.push({ terms: [near], weight: TYPO_WEIGHT });
    }
    concepts.push({ units });
  }
  for (const shape of SHAPE_CONCEPTS) {
    if (!shape.words.some((w) => words.includes(w))) continue;
    concepts.push({ units: shape.terms.map((t) => ({ terms: [t], weight: SHAPE_WEIGHT })), optional: true });
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

/** Adds one term's BM25 scores, times `weight`, into `into`; returns the new count of `touched`. */
function addTerm(
  ix: SearchIndex,
  term: string,
  weight: number,
  into: Float64Array,
  touched: Uint32Array,
  count: number,
) {
  const posting = ix.postings.get(term);
  if (posting === undefined) return count;
  const idf = (ix.idf.get(term) ?? 0) * weight;
  const { docs, weights } = posting;
  const { norms, phraseCounts } = ix;
  let n = count;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    if (into[doc] === 0 && phraseCounts[doc] === 0) touched[n++] = doc;
    into[doc] = (into[doc] ?? 0) + idf * SearchIndex.saturate(weights[i] ?? 0, norms[doc] ?? 1);
    if (into === ix.phraseScores) phraseCounts[doc] = (phraseCounts[doc] ?? 0) + 1;
  }
  return n;
}

/**
 * Scores one concept: each document gets the best score of its units (so five synonyms of one idea
 * count once), added to its total. A phrase counts only in documents that hold all of its words.
 * Returns the new count of touched documents.
 */
function scoreConcept(ix: SearchIndex, concept: Concept, count: number): number {
  const {
    scores,
    conceptScores,
    matched,
    touched,
    conceptTouched,
    phraseScores,
    phraseCounts,
    phraseTouched,
  } = ix;
  let conceptCount = 0;
  for (const unit of concept.units) {
    if (unit.terms.length === 1) {
      // Score into the phrase scratch too, then keep the best per document below.
      const posting = ix.postings.get(unit.terms[0] ?? "");
      if (posting === undefined) continue;
      const idf = (ix.idf.get(unit.terms[0] ?? "") ?? 0) * unit.weight;
      const { docs, weights } = posting;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] ?? 0;
        const score = idf * SearchIndex.saturate(weights[i] ?? 0, ix.norms[doc] ?? 1);
        const best = conceptScores[doc] ?? 0;
        if (best === 0) conceptTouched[conceptCount++] = doc;
        if (score > best) conceptScores[doc] = score;
      }
      continue;
    }
    let phraseCount = 0;
    for (const term of unit.terms)
      phraseCount = addTerm(ix, term, unit.weight, phraseScores, phraseTouched, phraseCount);
    for (let i = 0; i < phraseCount; i++) {
      const doc = phraseTouched[i] ?? 0;
      if (phraseCounts[doc] === unit.terms.length) {
        const score = phraseScores[doc] ?? 0;
        const best = conceptScores[doc] ?? 0;
        if (best === 0) conceptTouched[conceptCount++] = doc;
        if (score > best) conceptScores[doc] = score;
      }
      phraseScores[doc] = 0;
      phraseCounts[doc] = 0;
    }
  }
  let touchedCount = count;
  for (let i = 0; i < conceptCount; i++) {
    const doc = conceptTouched[i] ?? 0;
    if (scores[doc] === 0) touched[touchedCount++] = doc;
    scores[doc] = (scores[doc] ?? 0) + (conceptScores[doc] ?? 0);
    if (concept.optional !== true) matched[doc] = (matched[doc] ?? 0) + 1;
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

  const concepts = conceptsOf(ix, words, terms);
  let count = 0;
  for (const concept of concepts) count = scoreConcept(ix, concept, count);

  // Entity linking: records that refer to the entities the question names count more, in
  // proportion to how many of them they refer to.
  const linked = ix.entityPhrases.find(terms);
  const { entityHits } = ix;
  for (const id of linked) {
    const docs = ix.entityDocs.get(id);
    if (docs === undefined) continue;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] ?? 0;
      if (scores[doc] !== 0) entityHits[doc] = (entityHits[doc] ?? 0) + 1;
    }
  }
  const wantedTypes = answerTypes(words);

  const kindWeight = kindWeights(words);
  const conceptCount = concepts.filter((c) => c.optional !== true).length || 1;
  // Keep the best `limit` documents in a small sorted array (insertion), resetting the scratch space.
  const bestDocs: number[] = [];
  const bestScores: number[] = [];
  for (let i = 0; i < count; i++) {
    const doc = touched[i] ?? 0;
    const kind = ix.kinds[doc] ?? 0;
    const coordination = (matched[doc] ?? 0) / conceptCount;
    const entityBoost = linked.length === 0 ? 1 : 1 + (ENTITY_BOOST * (entityHits[doc] ?? 0)) / linked.length;
    const typeBoost = ((ix.entityTypeMasks[doc] ?? 0) & wantedTypes) !== 0 ? ANSWER_TYPE_BOOST : 1;
    const raw = scores[doc] ?? 0;
    scores[doc] = 0;
    matched[doc] = 0;
    entityHits[doc] = 0;
    if (allowed !== undefined && allowed[kind] !== 1) continue;
    const score = raw * coordination * entityBoost * typeBoost * (kindWeight[kind] ?? 1);
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
