/** Inferences: what a record says beyond the literal words of its spans, and why. */

/**
 * One thing a record states that the text implies but does not say outright, with the reasoning.
 *
 * @example
 * ```ts
 * { about: "speaker", reasoning: "The sentence says only \"he\"; the sentence before names Cavusoglu as the speaker." }
 * ```
 */
export interface Inference {
  /** The field or part of the record that was inferred, e.g. `"speaker"`, `"object"`, `"occasion"`. */
  readonly about: string;
  /** How it was worked out, naming what it rests on. */
  readonly reasoning: string;
}
