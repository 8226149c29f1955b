/**
 * `@s400/data/schema`: the zod schemas of every record and of what the queries return, and the JSON
 * Schema of `dataset.json` generated from them. `zod` is an optional peer dependency: install it to use
 * this subpath; the main entry never loads it.
 */
import { z } from "zod";
import { datasetSchema } from "./records.js";

export * from "./records.js";
export * from "./views.js";

/**
 * The JSON Schema (draft 2020-12) of `@s400/data/dataset.json`, for validators in other languages.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetSchema, { target: "draft-2020-12" });
}
