/** `/healthz`: whether the server is up, for load balancers and uptime checks. */
import { createRoute } from "@hono/zod-openapi";
import { meta } from "@s400/data";
import { answer } from "../answer.js";
import { CACHE_CONTROL_NONE } from "../middleware/caching.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { HealthSchema } from "../schemas/envelopes.js";

const health = createRoute({
  method: "get",
  path: "/healthz",
  operationId: "getHealth",
  tags: ["Meta"],
  summary: "Health check",
  description: "Answers 200 while the server can serve; never cached.",
  responses: responsesOf({ ok: { description: "The server is up.", schema: HealthSchema }, cached: false }),
});

export const healthRoutes = newRouter().openapi(health, (c) => {
  c.header("Cache-Control", CACHE_CONTROL_NONE);
  return answer(c, { status: "ok" as const, version: meta().version });
});
