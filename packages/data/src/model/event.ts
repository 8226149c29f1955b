/** Events: what happened, who took part, and when, on a timeline. */
import type { FuzzyDate } from "./date.js";
import type { EntityId, EventId } from "./ids.js";
import type { Inference } from "./inference.js";
import type { Provenance } from "./span.js";

/** Someone who took part in an event, and how. */
export interface Participant {
  readonly entity: EntityId;
  /** E.g. "sanctioning party", "target", "speaker", "buyer". */
  readonly role: string;
}

/** Something that happened (or is scheduled to), with a date that keeps its precision. */
export interface Event {
  readonly kind: "event";
  readonly id: EventId;
  readonly title: string;
  readonly summary: string;
  readonly participants: readonly Participant[];
  readonly date: FuzzyDate;
  /** `happened` for the past, `scheduled` for what the text expects (Biden taking office). */
  readonly status: "happened" | "ongoing" | "scheduled";
  readonly provenance: Provenance;
  /** What the record says beyond the literal words of its spans, and why (see `Inference`). */
  readonly inferred?: readonly Inference[];
}
