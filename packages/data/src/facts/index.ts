/** The dataset the package ships, loaded from its JSON and deeply frozen so no caller can corrupt the next caller's answer. */
import { deepFreeze } from "../freeze.js";
import type { Dataset } from "../model/record.js";
import { datasetJSON } from "./bundled-dataset.js";
import type { DatasetParts } from "./parts.js";

declare const __S400_VERSION__: string;

/**
 * The whole dataset. Every record in it is frozen. The records are written as typed modules
 * (`parts.ts`), but loaded from the JSON the build makes of them: V8 parses a JSON string several
 * times faster than it compiles the same data as object literals (1.5 ms of a cold import).
 */
export const dataset: Dataset = deepFreeze({
  version: typeof __S400_VERSION__ === "string" ? __S400_VERSION__ : "0.0.0-dev",
  ...(JSON.parse(datasetJSON) as DatasetParts),
});
