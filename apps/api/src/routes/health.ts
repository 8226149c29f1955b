/** `/healthz`: whether the server is up, for load balancers and uptime checks. */
import { createRoute, z } from "@hono/zod-openapi";
import { meta } from "@s400/data";
import { CACHE_CONTROL_NONE } from "../middleware/caching.js";
import { newRouter } from "../router.js";

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

export const healthRoutes = newRouter().openapi(health, (c) => {
  c.header("Cache-Control", CACHE_CONTROL_NONE);
  return c.json({ status: "ok" as const, version: meta().version }, 200);
});
