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

/** A span found inside a record, with the path of fields that leads to it (`provenance.0`, `date.expression`). */
export interface FoundSpan {
  readonly path: string;
  readonly span: SourceSpan;
}

/**
 * Every SourceSpan anywhere inside a value (a record's provenance, a date's expression, …), in field order, each
 * with its path from `path` (`spansIn(record, record.id)` gives `ev-….date.expression`).
 */
export function spansIn(value: unknown, path = "", found: FoundSpan[] = []): FoundSpan[] {
  if (value !== null && typeof value === "object") {
    if ("sourceId" in value && "exact" in value) found.push({ path, span: value as SourceSpan });
    for (const [key, child] of Object.entries(value))
      spansIn(child, path === "" ? key : `${path}.${key}`, found);
  }
  return found;
}
