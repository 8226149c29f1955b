/** Stable IRIs for the records and the vocabulary of the open formats, and where in a sentence a span sits. */
import type { SourceSpan } from "../model/span.js";

/** Options of the format generators. */
export interface FormatOptions {
  /**
   * The IRI prefix of every record: a record's IRI is the prefix and its id (`urn:s400:ssb`). Pass the address
   * the records are served at (`https://example.org/v1/records/`) to make them dereferenceable.
   */
  readonly base?: string;
}

/** The default record prefix: a URN, so the IRIs are stable and never pretend to resolve. */
export const defaultBase = "urn:s400:";

/** The namespace of the dataset's own terms (stance, provenance, qualifiers, …), independent of `base`. */
export const vocabulary = "urn:s400:vocab:";

/** The IRI of a record, or of the cluster and the dataset as a whole (`cluster`, `dataset`). */
export const iriOf = (id: string, { base = defaultBase }: FormatOptions = {}): string => `${base}${id}`;

/**
 * Where a span sits in its sentence, counted in Unicode code points as W3C text selectors count characters
 * (`SourceSpan` counts UTF-16 code units, as JavaScript does; they differ only outside the BMP).
 */
export function codePointRange(sentence: string, span: SourceSpan): { start: number; end: number } {
  const start = [...sentence.slice(0, span.start)].length;
  return { start, end: start + [...span.exact].length };
}
