/** The union of all records, and the dataset as a whole. */
import type { Claim, Topic } from "./claim.js";
import type { Dateline } from "./date.js";
import type { Entity } from "./entity.js";
import type { Event } from "./event.js";
import type { Quote } from "./quote.js";
import type { Source } from "./source.js";
import type { Statement } from "./statement.js";

/** Any record of the dataset. */
export type S400Record = Source | Entity | Statement | Event | Claim | Quote | Topic;

/** The kind of a record: `"entity"`, `"statement"`, … */
export type RecordKind = S400Record["kind"];

/** Every kind of record, in the order `meta().counts` and `citing()` list them. */
export const recordKinds = Object.freeze([
  "source",
  "entity",
  "statement",
  "event",
  "topic",
  "claim",
  "quote",
] as const satisfies readonly RecordKind[]);

// A kind added to S400Record but not to the list fails to compile here.
const everyKindListed: Exclude<RecordKind, (typeof recordKinds)[number]> extends never ? true : never = true;
void everyKindListed;

/** The whole dataset, as `@s400/data/dataset.json` ships it. */
export interface Dataset {
  /** The `@s400/data` version the dataset was built with. */
  readonly version: string;
  /** When the reports were published (editorial, not in the sentences); see `Dateline`. */
  readonly dateline: Dateline;
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly statements: readonly Statement[];
  readonly events: readonly Event[];
  readonly topics: readonly Topic[];
  readonly claims: readonly Claim[];
  readonly quotes: readonly Quote[];
}
