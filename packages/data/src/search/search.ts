/** The ranked search: BM25 over weighted fields, thesaurus concepts, entity linking and question shapes. */

import { requireOneOf, requireOptions, requirePositiveInteger, requireText } from "../arguments.js";
import { S400Error } from "../errors.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import { type RecordKind, recordKinds, type S400Record } from "../model/record.js";
import { PAGE_SIZE_DEFAULT } from "../page-size.js";
import { normalizeWords } from "../text/normalize.js";
import { namePhrasings } from "../text/relations.js";
import { searchTerms, termsOfWords } from "../text/terms.js";
import { conceptsOf, scoreConcept } from "./concepts.js";
import { ANSWER_TYPE_BOOST, answerTypes, kindWeights } from "./question-shape.js";
import { type SearchIndex, searchIndexOf } from "./search-index.js";

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

/** How much more a record counts for each entity of the question it refers to. */
const ENTITY_BOOST = 0.3;

const NO_HITS: readonly SearchHit[] = Object.freeze([]);

/** How much more the entity a query names outright counts: enough to put it first. */
const NAMED_ENTITY_BOOST = 4;

// Words that ask for a name rather than about it ("stand for", "full name"): not part of the name.
// Worked out on the first search, so that importing the package (or only answering) does not pay.
let nameQuestionTermSet: ReadonlySet<string> | undefined;
const nameQuestionTerms = (): ReadonlySet<string> =>
  (nameQuestionTermSet ??= new Set(
    Object.values(namePhrasings).flatMap((phrases) => phrases.flatMap((p) => searchTerms(p))),
  ));

/**
 * The document of the entity a query is the name of: one entity's name or alias covers every term
 * of the query but those that ask for a name. -1 when there is none, or when the name is shared.
 */
function namedEntityDoc(ix: SearchIndex, terms: readonly string[]): number {
  const asksName = nameQuestionTerms();
  const rest = terms.filter((t) => !asksName.has(t));
  if (rest.length === 0) return -1;
  for (const match of ix.entityNames.matches(rest)) {
    if (match.ambiguous || match.terms.length !== rest.length) continue;
    return ix.entityDoc.get(match.value) ?? -1;
  }
  return -1;
}

/**
 * The question's words with what they ask of a relation in its phrasings, where the words themselves
 * are stopwords: "What *kind of* weapon is the S-400?" and "sort of" ask what "type of" asks, the kind
 * an "instance of" statement names; "Where is X *from*?" asks its "origin" (`described-as`).
 */
function withRelationPhrasings(words: string[]): string[] {
  for (let i = 0; i + 1 < words.length; i++)
    if ((words[i] === "kind" || words[i] === "sort") && words[i + 1] === "of") words[i] = "type";
  // "Where is the S-400 *from*?", "…from which country?": whence, the phrasing "origin" of `described-as`
  // ("from" itself is a stopword).
  const from = words.indexOf("from");
  if (from >= 0 && (words.includes("where") || words.includes("country") || words.includes("nation"))) {
    const before = words.slice(0, from);
    if (before.some((w) => ORIGIN_VERBS.has(w))) words.push("origin");
  }
  return words;
}
// Verbs of being or coming that ask whence with "from" ("is … from", "comes from"), not an act.
const ORIGIN_VERBS = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "come",
  "comes",
  "came",
  "originate",
  "originates",
]);

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
  const { limit = PAGE_SIZE_DEFAULT, types } = requireOptions(options);
  requirePositiveInteger(limit, "limit");
  let allowed: Uint8Array | undefined;
  if (types !== undefined) {
    if (!Array.isArray(types)) {
      throw new S400Error("INVALID_ARGUMENT", "types must be an array of record kinds", "types");
    }
    allowed = new Uint8Array(recordKinds.length);
    for (const type of types) allowed[recordKinds.indexOf(requireOneOf(type, recordKinds, "types"))] = 1;
  }

  const words = withRelationPhrasings(normalizeWords(query));
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
  // A query that is a name ("Biden", "What does SSB stand for?") asks for that entity first.
  const named = namedEntityDoc(ix, terms);
  const { entityHits } = ix;
  for (const id of linked) {
    const docs = ix.entityDocs.get(id);
    if (docs === undefined) continue;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] ?? 0;
      if (scores[doc] !== 0) entityHits[doc] = (entityHits[doc] ?? 0) + 1;
    }
  }
  // The answer type counts only through entities the question does not already name: "Which
  // country sold Turkey the S-400?" wants a country other than Turkey.
  const wantedTypes = answerTypes(words);
  // Only entities the question names count here: one it describes ("head of the SSB") may be the answer.
  const namedIds = wantedTypes === 0 ? linked : ix.entityNames.find(terms);
  const linkedSet = new Set(namedIds);
  let linkedTypes = 0;
  for (const id of namedIds) linkedTypes |= ix.entityTypeBits.get(id) ?? 0;
  const namesAnswerType = (doc: number) => {
    if (((ix.docTypeMasks[doc] ?? 0) & wantedTypes) === 0) return false;
    // Only when the question names an entity of the wanted type must the record name another.
    if ((linkedTypes & wantedTypes) === 0) return true;
    for (const id of ix.docEntities[doc] ?? []) {
      if (((ix.entityTypeBits.get(id) ?? 0) & wantedTypes) !== 0 && !linkedSet.has(id)) return true;
    }
    return false;
  };
  const mostBoost = wantedTypes === 0 ? 1 : ANSWER_TYPE_BOOST;

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
    const raw = scores[doc] ?? 0;
    scores[doc] = 0;
    matched[doc] = 0;
    entityHits[doc] = 0;
    if (allowed !== undefined && allowed[kind] !== 1) continue;
    let score = raw * coordination * entityBoost * (kindWeight[kind] ?? 1);
    if (doc === named) score *= NAMED_ENTITY_BOOST;
    // Most records cannot reach the best `limit` even with the answer-type boost: skip the check.
    if (bestDocs.length === limit && score * mostBoost <= (bestScores[limit - 1] ?? 0)) continue;
    if (wantedTypes !== 0 && namesAnswerType(doc)) score *= ANSWER_TYPE_BOOST;
    if (bestDocs.length === limit && score <= (bestScores[limit - 1] ?? 0)) continue;
    let at = bestDocs.length;
    while (at > 0) {
      const above = bestScores[at - 1] ?? 0;
      if (above > score || (above === score && (bestDocs[at - 1] ?? 0) < doc)) break;
      at--;
    }
    // Shift the lower entries down by hand: `splice` into these short arrays took about a quarter of
    // a search's time (V8's generic path), this loop a few per cent.
    let k = bestDocs.length < limit ? bestDocs.length : limit - 1;
    for (; k > at; k--) {
      bestDocs[k] = bestDocs[k - 1] ?? 0;
      bestScores[k] = bestScores[k - 1] ?? 0;
    }
    bestDocs[at] = doc;
    bestScores[at] = score;
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
