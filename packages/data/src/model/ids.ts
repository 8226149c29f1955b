/** Record ids. Entity and topic ids are derived from the data, so a reference to a missing one fails to compile. */
import type { entityList } from "../facts/entities.js";
import type { topicList } from "../facts/topics.js";

export type { SourceId } from "./source.js";
/** Id of an entity, e.g. `"ssb"`, `"ismail-demir"`: exactly the ids in the dataset. */
export type EntityId = (typeof entityList)[number]["id"];
/** Id of a topic on which parties hold positions, e.g. `"s400-nato-compatibility"`. */
export type TopicId = (typeof topicList)[number]["id"];
/** Id of a statement: `st-` and a slug. */
export type StatementId = `st-${string}`;
/** Id of an event: `ev-` and a slug. */
export type EventId = `ev-${string}`;
/** Id of a claim: `cl-` and a slug. */
export type ClaimId = `cl-${string}`;
/** Id of a quote: `q-` and a slug. */
export type QuoteId = `q-${string}`;
