/** The data source that answers from the in-process @s400/data library (the default). */
import * as s400 from "@s400/data";
import { type DataSource, DataSourceError } from "./source.js";

/** Runs a library call, turning its typed S400Error into a DataSourceError with the same meaning. */
function call<T>(query: () => T): Promise<T> {
  try {
    return Promise.resolve(query());
  } catch (error) {
    if (error instanceof s400.S400Error) {
      return Promise.reject(new DataSourceError(error.code, error.message));
    }
    return Promise.reject(error);
  }
}

/** Creates the data source that reads the facts from the `@s400/data` package itself. */
export function createLocalSource(): DataSource {
  return {
    label: `local @s400/data ${s400.dataset.version}`,
    meta: () => call(() => s400.meta()),
    entities: (type) => call(() => s400.entities(type === undefined ? {} : { type })),
    entity: (idOrName) => call(() => s400.getEntity(idOrName)),
    statementsAbout: (entity, predicate) =>
      call(() => s400.statementsAbout(entity, predicate === undefined ? {} : { predicate })),
    related: (entity) => call(() => s400.related(entity)),
    quotes: (speaker) => call(() => s400.quotes(speaker === undefined ? {} : { speaker })),
    timeline: (options) => call(() => s400.timeline(options)),
    topics: () => call(() => s400.topics()),
    claims: (options) => call(() => s400.claims(options)),
    positions: (topic) => call(() => s400.positions(topic)),
    sources: () => call(() => s400.sources()),
    source: (id) => call(() => ({ source: s400.source(id), citing: s400.citing(id) })),
    record: (id) =>
      call(() => {
        const record = s400.getRecord(id);
        return { record, provenance: s400.provenance(record) };
      }),
    search: (query, options) => call(() => s400.search(query, options)),
  };
}
