/** The records as they are written, assembled into one dataset (without its version): what the build ships as JSON. */
import type { Dataset } from "../model/record.js";
import { claims } from "./claims.js";
import { dateline } from "./dateline.js";
import { entityList } from "./entities.js";
import { events } from "./events.js";
import { quotes } from "./quotes.js";
import { sources } from "./sources.js";
import { statements } from "./statements.js";
import { topicList } from "./topics.js";

/** Everything a dataset holds but its version, which the package's build stamps on it. */
export type DatasetParts = Omit<Dataset, "version">;

/**
 * The dataset's parts, from the typed record modules. `scripts/emit-tables.mjs` writes them to
 * `bundled-dataset.ts` as one JSON string, which `index.ts` loads; `bundled-dataset.test.ts` checks
 * that the two are equal.
 */
export const datasetParts: DatasetParts = {
  dateline,
  sources,
  entities: entityList,
  statements,
  events,
  topics: topicList,
  claims,
  quotes,
};
