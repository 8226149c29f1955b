/** `createQueries(dataset)`: every query and the search, bound to one dataset and its lazily built indexes. */

import { DatasetIndex } from "../indexes/dataset-index.js";
import type { Claim, Topic } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { Event } from "../model/event.js";
import type { Quote } from "../model/quote.js";
import type { Dataset, S400Record } from "../model/record.js";
import type { Source } from "../model/source.js";
import type { Statement } from "../model/statement.js";
import { type SearchHit, type SearchOptions, searchIn } from "../search/search.js";
import { type ClaimsOptions, claimsIn, type Position, positionsIn, topicsIn } from "./claims.js";
import { type EntitiesOptions, entitiesIn, findEntityIn, getEntityIn } from "./entities.js";
import { type DatasetMeta, metaOf } from "./meta.js";
import { type QuotesOptions, quotesIn } from "./quotes.js";
import { getRecordIn, type ProvenanceView, provenanceIn } from "./records.js";
import { citingIn, sourceIn, sourcesIn } from "./sources.js";
import { type Neighbour, relatedIn, type StatementsOptions, statementsAboutIn } from "./statements.js";
import { type TimelineOptions, timelineIn } from "./timeline.js";

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}

/** Every query of `@s400/data`, answering over one dataset. See the functions of the same name for each. */
export interface Queries {
  readonly dataset: Dataset;
  getEntity(idOrName: string): Entity;
  findEntity(idOrName: string): Entity | undefined;
  entities(options?: EntitiesOptions): readonly Entity[];
  statementsAbout(entity: string, options?: StatementsOptions): readonly Statement[];
  related(entity: string): readonly Neighbour[];
  timeline(options?: TimelineOptions): readonly Event[];
  topics(): readonly Topic[];
  claims(options?: ClaimsOptions): readonly Claim[];
  positions(topic?: string): readonly Position[];
  quotes(options?: QuotesOptions): readonly Quote[];
  sources(): readonly Source[];
  source(id: string): Source;
  citing(sourceId: string): readonly S400Record[];
  getRecord(id: string): S400Record;
  provenance(recordOrId: S400Record | string): readonly ProvenanceView[];
  search(query: string, options?: SearchOptions): readonly SearchHit[];
  meta(): DatasetMeta;
}

/**
 * Binds every query and the search to a dataset of your own (the package's functions are bound to
 * the bundled `dataset`). Indexes are built on first use, once per call of `createQueries`. The
 * dataset is frozen deeply, in place (as the bundled one already is), because queries hand out its
 * records as they are and no caller may change the next caller's answer.
 *
 * @example
 * ```ts
 * import { createQueries, dataset } from "@s400/data";
 * const queries = createQueries(dataset);
 * const ssb = queries.getEntity("SSB");
 * console.assert(ssb.id === "ssb");
 * ```
 */
export function createQueries(dataset: Dataset): Queries {
  deepFreeze(dataset);
  const index = new DatasetIndex(dataset);
  return Object.freeze({
    dataset,
    getEntity: (idOrName: string) => getEntityIn(index, idOrName),
    findEntity: (idOrName: string) => findEntityIn(index, idOrName),
    entities: (options?: EntitiesOptions) => entitiesIn(index, options),
    statementsAbout: (entity: string, options?: StatementsOptions) =>
      statementsAboutIn(index, entity, options),
    related: (entity: string) => relatedIn(index, entity),
    timeline: (options?: TimelineOptions) => timelineIn(index, options),
    topics: () => topicsIn(index),
    claims: (options?: ClaimsOptions) => claimsIn(index, options),
    positions: (topic?: string) => positionsIn(index, topic),
    quotes: (options?: QuotesOptions) => quotesIn(index, options),
    sources: () => sourcesIn(index),
    source: (id: string) => sourceIn(index, id),
    citing: (sourceId: string) => citingIn(index, sourceId),
    getRecord: (id: string) => getRecordIn(index, id),
    provenance: (recordOrId: S400Record | string) => provenanceIn(index, recordOrId),
    search: (query: string, options?: SearchOptions) => searchIn(index, query, options),
    meta: () => metaOf(index),
  });
}
