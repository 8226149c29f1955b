/** Word-level provenance: which characters of which source sentence support a record. */
import type { SourceId } from "./source.js";

/**
 * A run of characters in one source sentence.
 *
 * `start` and `end` count UTF-16 code units of the sentence (as JavaScript's `String#slice` does),
 * and `exact === source.text.slice(start, end)` holds for every span in the dataset: the build fails
 * otherwise.
 */
export interface SourceSpan {
  readonly sourceId: SourceId;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
}

/** One or more spans; a fact repeated by several outlets cites every sentence that carries it. */
export type Provenance = readonly [SourceSpan, ...SourceSpan[]];
