/** @s400/data: the S-400 sanctions story as typed records with word-level provenance, and pure queries over them. */
export { S400Error, type S400ErrorCode } from "./errors.js";
export { dataset } from "./facts/index.js";
export * from "./model/index.js";
export type { ClaimsOptions, Exchange, Position, Side } from "./query/claims.js";
export { createQueries, type Queries } from "./query/create-queries.js";
export type { EntitiesOptions } from "./query/entities.js";
export {
  citing,
  claims,
  entities,
  findEntity,
  getEntity,
  getRecord,
  meta,
  positions,
  provenance,
  quotes,
  related,
  search,
  source,
  sources,
  statementsAbout,
  timeline,
  topics,
} from "./query/index.js";
export type { DatasetMeta } from "./query/meta.js";
export type { QuotesOptions } from "./query/quotes.js";
export type { ProvenanceView } from "./query/records.js";
export type { Neighbour, StatementsOptions } from "./query/statements.js";
export type { TimelineOptions } from "./query/timeline.js";
export type { SearchHit, SearchOptions } from "./search/search.js";
