/** @s400/data: the S-400 sanctions story as typed records with word-level provenance, and pure queries over them. */

export { type Answer, type AnswerOptions, MAX_QUESTION_LENGTH } from "./answer/answer.js";
export { S400Error, type S400ErrorCode } from "./errors.js";
export { dataset } from "./facts/index.js";
export { canonicalJson, fnv1a64 } from "./hash.js";
export * from "./model/index.js";
export { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "./page-size.js";
export type { ClaimsOptions, Exchange, Position, Side } from "./query/claims.js";
export type { EntitiesOptions } from "./query/entities.js";
// Every query, `createQueries` and `Queries` (one table in query/index.ts; nothing to list here).
export * from "./query/index.js";
export type { DatasetMeta } from "./query/meta.js";
export type { QuotesOptions } from "./query/quotes.js";
export type { ProvenanceView, RecordWithProvenance } from "./query/records.js";
export type { SourceWithCiting } from "./query/sources.js";
export type { Neighbour, StatementsOptions } from "./query/statements.js";
export type { TimelineOptions } from "./query/timeline.js";
export type { SearchHit, SearchOptions } from "./search/search.js";
