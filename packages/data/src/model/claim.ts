/** Claims and positions: who holds what on a topic, and which claims answer each other. */
import type { ClaimId, EntityId, TopicId } from "./ids.js";
import type { Inference } from "./inference.js";
import type { Provenance } from "./span.js";

/** A question the parties take sides on, e.g. "Is the S-400 compatible with NATO systems?". */
export interface Topic {
  readonly kind: "topic";
  readonly id: TopicId;
  readonly label: string;
  /** The proposition a stance is taken on; `for` means the claimant holds it true. */
  readonly proposition: string;
}

/** Where a claim stands on its topic's proposition. */
export type Stance = (typeof stances)[number];

/** Every stance a claim can take. */
export const stances = Object.freeze(["for", "against", "mixed", "neutral"] as const);

/** Something a party holds, said by the party or a person speaking for it. */
export interface Claim {
  readonly kind: "claim";
  readonly id: ClaimId;
  /** The party that holds the claim (a country or its government). */
  readonly claimant: EntityId;
  /** The person or group who voiced it for the party, where the text names one. */
  readonly speaker?: EntityId;
  readonly topic: TopicId;
  readonly stance: Stance;
  /** The claim in plain words. */
  readonly text: string;
  /** Claims this one answers or rebuts. */
  readonly respondsTo: readonly ClaimId[];
  readonly provenance: Provenance;
  /** What the record says beyond the literal words of its spans, and why (see `Inference`). */
  readonly inferred?: readonly Inference[];
}
