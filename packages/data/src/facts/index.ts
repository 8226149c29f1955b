/** The dataset assembled from its parts, deeply frozen so no caller can corrupt the next caller's answer. */
import { deepFreeze } from "../freeze.js";
import type { Dataset } from "../model/record.js";
import { claims } from "./claims.js";
import { dateline } from "./dateline.js";
import { entityList } from "./entities.js";
import { events } from "./events.js";
import { quotes } from "./quotes.js";
import { sources } from "./sources.js";
import { statements } from "./statements.js";
import { topicList } from "./topics.js";

declare const __S400_VERSION__: string;

/** The whole dataset. Every record in it is frozen. */
export const dataset: Dataset = deepFreeze({
  version: typeof __S400_VERSION__ === "string" ? __S400_VERSION__ : "0.0.0-dev",
  dateline,
  sources,
  entities: entityList,
  statements,
  events,
  topics: topicList,
  claims,
  quotes,
});
