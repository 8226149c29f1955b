/** `/v1/meta`: which dataset this server holds: version, content hash and counts. */
import { createRoute } from "@hono/zod-openapi";
import { meta } from "@s400/data";
import { newRouter } from "../router.js";
import { MetaSchema } from "../schemas/records.js";

const getMeta = createRoute({
  method: "get",
  path: "/meta",
  tags: ["Meta"],
  summary: "Dataset version, hash and counts",
  description:
    "The package version, a hash of the dataset's content (it changes whenever any record does) and the number of records of each kind.",
  responses: {
    200: { description: "The dataset's metadata.", content: { "application/json": { schema: MetaSchema } } },
  },
});

export const metaRoutes = newRouter().openapi(getMeta, (c) => c.json(meta(), 200));
