/** The data source that answers from the in-process @s400/data library (the default). */
import * as s400 from "@s400/data";
import { type DataSource, DataSourceError, settled } from "./source.js";

/** Runs a library call at once, turning its typed S400Error into a DataSourceError with the same meaning. */
function call<T>(query: () => T): Promise<T> {
  return settled(() => {
    try {
      return query();
    } catch (error) {
      if (error instanceof s400.S400Error) throw new DataSourceError(error.code, error.message);
      throw error;
    }
  });
}

/** Creates the data source that reads the facts from the `@s400/data` package itself. */
export function createLocalSource(): DataSource {
  return {
    origin: undefined,
    meta: () => call(() => s400.meta()),
    entities: (options) => call(() => s400.entities(options)),
    getEntity: (idOrName) => call(() => s400.getEntity(idOrName)),
    statementsAbout: (entity, options) => call(() => s400.statementsAbout(entity, options)),
    related: (entity) => call(() => s400.related(entity)),
    quotes: (options) => call(() => s400.quotes(options)),
    timeline: (options) => call(() => s400.timeline(options)),
    topics: () => call(() => s400.topics()),
    claims: (options) => call(() => s400.claims(options)),
    positions: (topic) => call(() => s400.positions(topic)),
    sources: () => call(() => s400.sources()),
    sourceWithCiting: (id) => call(() => ({ source: s400.source(id), citing: s400.citing(id) })),
    recordWithProvenance: (id) =>
      call(() => {
        const record = s400.getRecord(id);
        return { record, provenance: s400.provenance(record) };
      }),
    search: (query, options) => call(() => s400.search(query, options)),
  };
}
