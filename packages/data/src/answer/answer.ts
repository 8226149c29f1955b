/** `answerIn(index, question)`: a short answer read from the typed records, with the records and the words that support it, or null. */
import { requireOptions, requireText } from "../arguments.js";
import { S400Error } from "../errors.js";
import { deepFreeze } from "../freeze.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { S400Record } from "../model/record.js";
import type { Provenance, SourceSpan } from "../model/span.js";
import type { Value } from "../model/statement.js";
import { searchTerms } from "../text/terms.js";
import { type AnswerIndex, answerIndexOf, type Candidate } from "./answer-index.js";
import { type Extracted, extract } from "./extract.js";
import { type Reading, readQuestion } from "./question.js";

/** A short answer to a question, with what supports it. Plain data, deeply frozen. */
export interface Answer {
  /** The short answer, a dozen words at most: "İsmail Demir", "April 2017", "three", "Russia". */
  readonly text: string;
  /** The same answer as an entity reference or a literal (a date keeps its precision: "2017-04"). */
  readonly value: Value;
  /** The records that support it, best first. */
  readonly because: readonly S400Record[];
  /** The cited words of those records that carry the answer (or, failing that, all their cited words). */
  readonly evidence: Provenance;
  /**
   * How sure the answer is, from 0 to 1. 1 means every entity and every content word of the question
   * was found as written in one record that states the answer, the answer is stated (not inferred) and
   * no other record gives a different answer. Each of these lowers it: a word matched only through a
   * synonym (×0.9) or a near miss (×0.8), a name found only after correcting a typo (×0.85), an
   * inferred record or date (×0.85), a position (claim or quote) rather than a fact (×0.9), and a rival
   * answer from a record that matches almost as well (×0.6). Answers under `minConfidence` are not given.
   */
  readonly confidence: number;
}

/** Options of `answer()`. */
export interface AnswerOptions {
  /** The lowest confidence an answer may have to be given (0..1; 0.5 by default). */
  readonly minConfidence?: number;
}

/** The longest question `answer()` reads, in characters: a question, not a document. */
export const MAX_QUESTION_LENGTH = 300;

const SYNONYM_FACTOR = 0.9;
const TYPO_WORD_FACTOR = 0.8;
const TYPO_NAME_FACTOR = 0.85;
const INFERRED_FACTOR = 0.85;
const POSITION_FACTOR = 0.9;
const RIVAL_FACTOR = 0.6;
const POSITIONS_RIVAL_FACTOR = 0.8;
/** How much more a record counts when it states the relation or the qualifier the question asks about. */
const RELATION_BOOST = 1.25;
/** A rival counts when it matches at least this share of the best record's score. */
const RIVAL_SHARE = 0.85;

interface Scored {
  readonly candidate: Candidate;
  readonly answer: Extracted;
  readonly score: number;
  readonly factor: number;
}

/** How well a record carries the question's concepts: undefined unless it carries every one. */
function coverage(
  ax: AnswerIndex,
  reading: Reading,
  candidate: Candidate,
): { score: number; factor: number; relation: boolean } | undefined {
  let score = 0;
  let factor = 1;
  let relation = false;
  for (const concept of reading.concepts) {
    let best = 0;
    let bestWeight = 0;
    for (const unit of concept.units) {
      if (!unit.terms.every((t) => candidate.terms.has(t))) continue;
      let idf = 0;
      for (const t of unit.terms) idf = Math.max(idf, ax.idf.get(t) ?? 1);
      const s = unit.weight * idf;
      if (s > best) {
        best = s;
        bestWeight = unit.weight;
      }
      if (unit.terms.every((t) => candidate.relationTerms.has(t))) relation = true;
    }
    if (best === 0) return undefined;
    score += best;
    if (bestWeight < 1) factor *= bestWeight >= 0.8 ? SYNONYM_FACTOR : TYPO_WORD_FACTOR;
  }
  return { score, factor, relation };
}

const KIND_ORDER: Readonly<Record<S400Record["kind"], number>> = {
  statement: 1.1,
  event: 1.05,
  claim: 1,
  quote: 0.95,
  entity: 1,
  topic: 0,
  source: 0,
};

const POSITIONS = new Set(["claim", "quote"]);

/** Whether two answers agree: the same entity, the same words, or one names the other ("F-35" in a claim about F-35 jets). */
function sameAnswer(a: Extracted, b: Extracted): boolean {
  if (a.value.kind === "entity" && b.value.kind === "entity") return a.value.id === b.value.id;
  const aText = ` ${searchTerms(a.text).join(" ")} `;
  const bText = ` ${searchTerms(b.text).join(" ")} `;
  if (aText === bText) return true;
  const names = (x: Extracted, text: string) =>
    x.entity !== undefined &&
    x.marks.some((m) => {
      const key = searchTerms(m).join(" ");
      return key !== "" && text.includes(` ${key} `);
    });
  return names(a, bText) || names(b, aText);
}

/** The spans of the records that carry the answer's words; all the first record's spans if none do. */
function evidenceOf(records: readonly S400Record[], answer: Extracted): Provenance {
  const marks = answer.marks.map((m) => searchTerms(m).join(" ")).filter((m) => m !== "");
  const spans: SourceSpan[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (!("provenance" in record)) continue;
    for (const span of record.provenance) {
      const key = `${span.sourceId}:${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      const words = ` ${searchTerms(span.exact).join(" ")} `;
      if (marks.some((m) => words.includes(` ${m} `))) {
        seen.add(key);
        spans.push(span);
      }
    }
  }
  const first = records.find((r): r is Extract<S400Record, { provenance: Provenance }> => "provenance" in r);
  const [head, ...rest] = spans;
  if (head !== undefined) return [head, ...rest];
  if (first === undefined) throw new S400Error("NOT_FOUND", "no record with provenance supports the answer");
  return first.provenance;
}

/**
 * Answers a question from a dataset's records, or returns null when the records do not answer it.
 * See `answer()` for what it reads and when it abstains.
 */
export function answerIn(index: DatasetIndex, question: string, options?: AnswerOptions): Answer | null {
  requireText(question, "question");
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new S400Error(
      "INVALID_ARGUMENT",
      `question must be at most ${MAX_QUESTION_LENGTH} characters, got ${question.length}`,
      "question",
    );
  }
  const { minConfidence = 0.5 } = requireOptions(options);
  if (typeof minConfidence !== "number" || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new S400Error("INVALID_ARGUMENT", "minConfidence must be a number from 0 to 1", "minConfidence");
  }
  const ax = answerIndexOf(index);
  const reading = readQuestion(ax, question);
  if (reading.wanted.kind === "unsupported") return null;
  if (reading.links.length === 0 && reading.concepts.length === 0) return null;

  // Entities the question names are given, not asked for; one it only describes ("the SSB chief")
  // may be the answer itself when nothing else is asked.
  const describedOnly =
    reading.links.length === 1 && reading.links[0]?.descriptive === true && reading.concepts.length === 0;
  const constraints = describedOnly ? [] : reading.links;
  const given = new Set<string>();
  for (const link of constraints) if (link.ids.length === 1) given.add(link.ids[0] ?? "");
  const described = new Set<string>(describedOnly ? (reading.links[0]?.ids ?? []) : []);
  const nameFactor = reading.links.some((l) => l.typo) ? TYPO_NAME_FACTOR : 1;

  const scored: Scored[] = [];
  const { statements, events, claims, quotes, entities } = index.dataset;
  for (const list of [statements, events, claims, quotes, entities] as readonly (readonly S400Record[])[]) {
    for (const record of list) {
      const candidate = ax.candidate(record);
      if (describedOnly && !(record.kind === "entity" && described.has(record.id))) continue;
      if (!constraints.every((link) => link.ids.some((id) => candidate.entities.has(id)))) continue;
      const covered = coverage(ax, reading, candidate);
      if (covered === undefined) continue;
      const found = extract(ax, reading, record, given, described);
      if (found === undefined) continue;
      let weight = KIND_ORDER[record.kind];
      if (POSITIONS.has(record.kind)) weight *= reading.speech ? 1.3 : 0.9;
      // The record that states the asked relation, or has the qualifier asked for, says it outright.
      if (covered.relation) weight *= RELATION_BOOST;
      if (
        reading.asks !== undefined &&
        record.kind === "statement" &&
        record.qualifiers.some((q) => q.property === reading.asks)
      )
        weight *= RELATION_BOOST;
      // A record about fewer other things states the answer more directly.
      const focus = 1 / (1 + 0.05 * Math.max(0, candidate.entities.size - given.size - 1));
      let factor = covered.factor * nameFactor;
      if (found.inferred) factor *= INFERRED_FACTOR;
      if (record.kind === "claim" || record.kind === "quote") factor *= POSITION_FACTOR;
      scored.push({ candidate, answer: found, score: (1 + covered.score) * weight * focus, factor });
    }
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0] as Scored;
  const rival = scored.find((s) => !sameAnswer(s.answer, best.answer));
  let confidence = best.factor;
  if (rival !== undefined && rival.score >= RIVAL_SHARE * best.score) {
    // Several positions of one speaker may all answer "What did X call…"; two facts cannot both.
    const bothPositions =
      POSITIONS.has(best.candidate.record.kind) && POSITIONS.has(rival.candidate.record.kind);
    confidence *= bothPositions ? POSITIONS_RIVAL_FACTOR : RIVAL_FACTOR;
  }
  confidence = Math.round(confidence * 1000) / 1000;
  if (confidence < minConfidence) return null;

  const because: S400Record[] = [];
  for (const s of scored) {
    if (because.length >= 5) break;
    if (sameAnswer(s.answer, best.answer) && !because.includes(s.candidate.record))
      because.push(s.candidate.record);
  }
  const answer: Answer = {
    text: best.answer.text,
    value: best.answer.value,
    because,
    evidence: evidenceOf(because, best.answer),
    confidence,
  };
  return deepFreeze(answer);
}
