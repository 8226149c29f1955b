/** The concepts of a question and their scoring: a word with its synonyms counts once, at its best. */

import { stemsOfWords, synonymExpansion } from "../text/terms.js";
import { shapeTerms } from "./question-shape.js";
import { SearchIndex } from "./search-index.js";

/** How much a word found only through the thesaurus counts against the word itself. */
const SYNONYM_WEIGHT = 0.5;
/** The same, when the question's own word never occurs in the records: the synonym is all there is. */
const SYNONYM_ONLY_WEIGHT = 0.9;
/** How much a word counts when the question has it only misspelt. */
const TYPO_WEIGHT = 0.7;
/** How much one word of a known phrase counts on its own. */
const PHRASE_WORD_WEIGHT = 0.4;
/** How much the words a question's shape brings count ("why" → reason). */
const SHAPE_WEIGHT = 0.6;

/** A word or phrase of a concept, and how much it counts. */
export interface Unit {
  readonly terms: readonly string[];
  readonly weight: number;
}

/** One idea of the question: a word of it with the synonyms the thesaurus gives. */
export interface Concept {
  readonly units: Unit[];
  /** An optional concept adds to the records that match it but is not held against those that do not. */
  readonly optional?: boolean;
}

/**
 * The concepts of a question: each thesaurus group it touches (its trigger words, then the group's
 * members), each other word with its near misses, and the optional concept of its shape.
 */
export function conceptsOf(ix: SearchIndex, words: readonly string[], terms: readonly string[]): Concept[] {
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
  const shaped = shapeTerms(words);
  if (shaped.length > 0)
    concepts.push({ units: shaped.map((t) => ({ terms: [t], weight: SHAPE_WEIGHT })), optional: true });
  return concepts;
}

/**
 * Adds one word of a phrase into the phrase scratch: its BM25 scores times `weight`, and one more
 * word found, for each document. Returns the new count of touched documents.
 */
function addPhraseTerm(ix: SearchIndex, term: string, weight: number, count: number): number {
  const posting = ix.postings.get(term);
  if (posting === undefined) return count;
  const idf = (ix.idf.get(term) ?? 0) * weight;
  const { docs, weights } = posting;
  const { norms, phraseScores, phraseCounts, phraseTouched } = ix;
  let n = count;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    if (phraseCounts[doc] === 0) phraseTouched[n++] = doc;
    phraseScores[doc] =
      (phraseScores[doc] ?? 0) + idf * SearchIndex.saturate(weights[i] ?? 0, norms[doc] ?? 1);
    phraseCounts[doc] = (phraseCounts[doc] ?? 0) + 1;
  }
  return n;
}

/**
 * Scores one concept: each document gets the best score of its units (so five synonyms of one idea
 * count once), added to its total. A phrase counts only in documents that hold all of its words.
 * Returns the new count of touched documents.
 */
export function scoreConcept(ix: SearchIndex, concept: Concept, count: number): number {
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
    for (const term of unit.terms) phraseCount = addPhraseTerm(ix, term, unit.weight, phraseCount);
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
