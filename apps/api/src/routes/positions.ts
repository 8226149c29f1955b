/** `/v1/positions`: for each topic, the sides with their claims and which claims answer which. */
import { createRoute, z } from "@hono/zod-openapi";
import { positions } from "@s400/data";
import { positionSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { pageQuery, paginate } from "../pagination.js";
import { textParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { listOf } from "../schemas/envelopes.js";

const listPositions = createRoute({
  method: "get",
  path: "/positions",
  operationId: "listPositions",
  tags: ["Positions"],
  summary: "Positions on topics",
  description: "For each topic (or one), the sides with their claims, and which claims answer which.",
  request: {
    query: z.object({
      topic: textParam("topic", "Only this topic (a topic id).", "s400-nato-compatibility"),
      ...pageQuery,
    }),
  },
  responses: responsesOf({
    ok: { description: "A page of positions.", schema: listOf(positionSchema, "PositionList") },
    badRequest: "A parameter is invalid.",
    notFound: "The topic is unknown.",
  }),
});

export const positionRoutes = newRouter().openapi(listPositions, (c) => {
  const { topic, ...page } = c.req.valid("query");
  return answer(c, paginate(positions(topic), page));
});
