/** The shape of an answer and of `answer()`'s options, apart from how answers are found. */
import type { S400Record } from "../model/record.js";
import type { Provenance } from "../model/span.js";
import type { Value } from "../model/statement.js";

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
   * synonym (×0.9) or a near miss (×0.8), a name found only after correcting a typo (×0.85) or only
   * through another name of an entity it contains (×0.9), an
   * inferred record or date (×0.85), a position (claim or quote) rather than a fact (×0.9), and a rival
   * answer from a record that matches almost as well (×0.6). An answer no record holds as a field, read
   * from the words of a sentence, is at most 0.75 sure: 0.75 times the share of the question's words
   * the sentence carries (weighted by rarity), ×0.8 when another reading fits about as well. Answers
   * under `minConfidence` are not given.
   */
  readonly confidence: number;
}

/** Options of `answer()`. */
export interface AnswerOptions {
  /** The lowest confidence an answer may have to be given (0..1; 0.5 by default). */
  readonly minConfidence?: number;
}
