/** `/v1/meta`: which dataset this server holds: version, content hash and counts. */
import { createRoute } from "@hono/zod-openapi";
import { meta } from "@s400/data";
import { datasetMetaSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";

const getMeta = createRoute({
  method: "get",
  path: "/meta",
  operationId: "getMeta",
  tags: ["Meta"],
  summary: "Dataset version, hash and counts",
  description:
    "The package version, a hash of the dataset's content (it changes whenever any record does) and the number of records of each kind.",
  responses: responsesOf({ ok: { description: "The dataset's metadata.", schema: datasetMetaSchema } }),
});

export const metaRoutes = newRouter().openapi(getMeta, (c) => answer(c, meta()));
