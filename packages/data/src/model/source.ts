/** The source sentences, the only evidence the dataset rests on, and the cluster's dateline that comes with them. */
import type { DatePrecision } from "./date.js";

/** Stable id of a source sentence: `s01` … `s15`, in the order of the source file. */
export type SourceId =
  | "s01"
  | "s02"
  | "s03"
  | "s04"
  | "s05"
  | "s06"
  | "s07"
  | "s08"
  | "s09"
  | "s10"
  | "s11"
  | "s12"
  | "s13"
  | "s14"
  | "s15";

/** One sentence of the source cluster, byte-for-byte. */
export interface Source {
  readonly kind: "source";
  readonly id: SourceId;
  /** 1-based line number in `s400-sanctions-cluster.txt`. */
  readonly line: number;
  /** The sentence exactly as published, typographic quotes and all. */
  readonly text: string;
}

/**
 * When the reports of the cluster were published: editorial metadata given with the cluster, not read from any
 * sentence. Dates that lean on it say so in their reasoning, next to what the sentences alone allow.
 */
export interface Dateline {
  /** The dateline in words: "late December 2020". */
  readonly text: string;
  /** The period the dataset uses, ISO 8601 cut to its precision ("2020-12"), and its inclusive day bounds. */
  readonly value: string;
  readonly precision: DatePrecision;
  readonly earliest: string;
  readonly latest: string;
  /** Always `editorial`: supplied with the cluster, not found in the sentences. */
  readonly basis: "editorial";
  /** What the dateline says, where it comes from, and what the dataset uses it for. */
  readonly note: string;
}
