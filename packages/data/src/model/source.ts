/** The source sentences: the only evidence the dataset rests on. */

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
