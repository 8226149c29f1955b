/** `/v1/meta` and `/healthz`: which dataset this server holds, and whether it is up. */
import { createRoute, z } from "@hono/zod-openapi";
import { meta } from "@s400/data";
import { CACHE_CONTROL_NONE } from "../middleware/caching.js";
import { newRouter } from "../router.js";
import { MetaSchema } from "../schemas/records.js";

const getMeta = createRoute({
  method: "get",
  path: "/v1/meta",
  tags: ["Meta"],
  summary: "Dataset version, hash and counts",
  description:
    "The package version, a hash of the dataset's content (it changes whenever any record does) and the number of records of each kind.",
  responses: {
    200: { description: "The dataset's metadata.", content: { "application/json": { schema: MetaSchema } } },
  },
});

const health = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Meta"],
  summary: "Health check",
  description: "Answers 200 while the server can serve; never cached.",
  responses: {
    200: {
      description: "The server is up.",
      content: {
        "application/json": {
          schema: z.object({ status: z.literal("ok"), version: z.string() }).openapi("Health"),
        },
      },
    },
  },
});

export const metaRoutes = newRouter()
  .openapi(getMeta, (c) => c.json(meta(), 200))
  .openapi(health, (c) => {
    c.header("Cache-Control", CACHE_CONTROL_NONE);
    return c.json({ status: "ok" as const, version: meta().version }, 200);
  });
