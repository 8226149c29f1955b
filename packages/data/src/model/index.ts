/** The types of the records. */
export type { Claim, Stance, Topic } from "./claim.js";
export { stances } from "./claim.js";
export type { Dateline, DatePrecision, DayBounds, FuzzyDate } from "./date.js";
export { datePrecisions } from "./date.js";
export type { Alias, AliasKind, Entity, EntityType } from "./entity.js";
export { aliasKinds, entityTypes } from "./entity.js";
export type { Event, Participant } from "./event.js";
export type { ClaimId, EntityId, EventId, QuoteId, StatementId, TopicId } from "./ids.js";
export type { Inference } from "./inference.js";
export type { Quote } from "./quote.js";
export type { Dataset, RecordKind, S400Record } from "./record.js";
export { recordKinds } from "./record.js";
export type { Source, SourceId } from "./source.js";
export type { Provenance, SourceSpan } from "./span.js";
export type {
  LiteralValue,
  Predicate,
  Qualifier,
  QualifierProperty,
  Statement,
  Value,
} from "./statement.js";
export { predicateLabels, qualifierProperties } from "./statement.js";
