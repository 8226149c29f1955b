/** Statements: subject – predicate – object triples with qualifiers, as Wikidata models them. */
import type { EntityId, StatementId } from "./ids.js";
import type { Inference } from "./inference.js";
import type { Provenance } from "./span.js";

/** The predicates the dataset uses, with a human label each. */
export const predicateLabels = {
  "head-of": "heads",
  "foreign-minister-of": "is foreign minister of",
  "president-elect-of": "is president-elect of",
  "incumbent-president-of": "is the incumbent president of",
  "member-of-party": "is a member of the party",
  "member-of": "is a member of",
  sanctions: "sanctions",
  purchases: "purchases",
  "signed-contract-with": "signed a contract with",
  proposes: "proposes",
  "agrees-to": "agrees to",
  "negotiates-with": "negotiates with",
  opposes: "opposes",
  "part-of": "is part of",
  "employed-by": "is employed by",
  "described-as": "is described as",
  advocates: "advocates",
  replaces: "is to replace",
  "instance-of": "is a",
  "relations-with": "has relations with",
  "could-lead-to": "could lead to",
  "led-by": "is led by",
  "government-of": "is the government of",
  concerns: "concerns",
  represents: "represents",
  "ready-to": "is ready to",
} as const;

/** A predicate of a statement, e.g. `"head-of"`, `"sanctions"`. */
export type Predicate = keyof typeof predicateLabels;

/** A plain value: a number, a string, or a date in ISO 8601 form (YYYY, YYYY-MM or YYYY-MM-DD). */
export type LiteralValue =
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "date"; readonly value: string };

/** The object of a statement or the value of a qualifier: an entity or a literal. */
export type Value = { readonly kind: "entity"; readonly id: EntityId } | LiteralValue;

/** What a qualifier says about its statement. */
export type QualifierProperty = (typeof qualifierProperties)[number];

/** Every qualifier property, in order. */
export const qualifierProperties = Object.freeze([
  "role",
  "count",
  "time",
  "condition",
  "reason",
  "also-targets",
  "scope",
  "status",
  "stated-by",
  "level",
  "counterparty",
  "purpose",
  "proposed-by",
  "participant",
  "subject",
] as const);

/** A qualifier narrows a statement: its role, a count, a time, a condition, … */
export interface Qualifier {
  readonly property: QualifierProperty;
  readonly value: Value;
  /** A short human reading of the qualifier, e.g. "three other officials". */
  readonly note?: string;
}

/** A subject – predicate – object triple, e.g. Ismail Demir *heads* SSB. */
export interface Statement {
  readonly kind: "statement";
  readonly id: StatementId;
  readonly subject: EntityId;
  readonly predicate: Predicate;
  readonly object: Value;
  readonly qualifiers: readonly Qualifier[];
  /** The statement as one plain sentence, for display and search. */
  readonly summary: string;
  readonly provenance: Provenance;
  /** What the record says beyond the literal words of its spans, and why (see `Inference`). */
  readonly inferred?: readonly Inference[];
}
