/** The dataset the package ships, loaded from its JSON and deeply frozen so no caller can corrupt the next caller's answer. */
import { deepFreezeParsed } from "../freeze.js";
import type { Dataset } from "../model/record.js";
import { datasetJSON } from "./bundled-dataset.js";
import type { DatasetParts } from "./parts.js";

declare const __S400_VERSION__: string;

/**
 * The whole dataset. Every record in it is frozen. The records are written as typed modules
 * (`parts.ts`), but loaded from the JSON the build makes of them: in a fresh V8 context, compiling and
 * running them as object literals took about 4 ms, compiling and parsing the JSON string takes 2.
 */
export const dataset: Dataset = deepFreezeParsed({
  version: typeof __S400_VERSION__ === "string" ? __S400_VERSION__ : "0.0.0-dev",
  ...(JSON.parse(datasetJSON) as DatasetParts),
});
