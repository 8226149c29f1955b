/** The data source that answers from the in-process @s400/data library (the default). */
import * as s400 from "@s400/data";
import { askedQueries, type DataSource, DataSourceError, settled } from "./source.js";

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

/**
 * Creates the data source that reads the facts from the `@s400/data` package itself: every asked query,
 * answered at once (see `settled`), so views draw in-process data without a Loading frame.
 */
export function createLocalSource(): DataSource {
  const source: Record<string, unknown> = { origin: undefined, close: () => undefined };
  for (const name of askedQueries) {
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: @s400/data stays external to the bundle; nothing to shake.
    const query = s400[name] as (...args: unknown[]) => unknown;
    source[name] = (...args: unknown[]) => call(() => query(...args));
  }
  // The loop builds exactly the mapped type of DataSource; TypeScript cannot follow a loop over keys.
  return source as DataSource;
}
