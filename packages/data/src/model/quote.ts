/** Quotes: who said what, in their words or reported. */
import type { EntityId, EventId, QuoteId } from "./ids.js";
import type { Inference } from "./inference.js";
import type { Provenance } from "./span.js";

/**
 * Something a person (or a party) said. For direct speech `text` is the exact words inside the quotation marks;
 * for reported speech it is the outlet's words for what was said. Either way it is verbatim in a cited span.
 */
export interface Quote {
  readonly kind: "quote";
  readonly id: QuoteId;
  readonly speaker: EntityId;
  /** The party the speaker spoke for, where the text makes it clear. */
  readonly onBehalfOf?: EntityId;
  /** `direct` for words inside quotation marks, `indirect` for reported speech. */
  readonly mode: "direct" | "indirect";
  readonly text: string;
  /** Where or when it was said, from the text ("a meeting reviewing foreign policy developments in 2020"). */
  readonly occasion?: string;
  /** The event at which it was said, where the dataset has one. */
  readonly event?: EventId;
  readonly provenance: Provenance;
  /** What the record says beyond the literal words of its spans, and why (see `Inference`). */
  readonly inferred?: readonly Inference[];
}
