/** `/v1/positions`: for each topic, the sides with their claims and which claims answer which. */
import { createRoute, z } from "@hono/zod-openapi";
import { positions } from "@s400/data";
import { listOf, pageQuery, paginate } from "../pagination.js";
import { problemResponse } from "../problem.js";
import { newRouter } from "../router.js";
import { PositionSchema } from "../schemas/records.js";

const listPositions = createRoute({
  method: "get",
  path: "/positions",
  tags: ["Positions"],
  summary: "Positions on topics",
  description: "For each topic (or one), the sides with their claims, and which claims answer which.",
  request: {
    query: z.object({
      topic: z
        .string()
        .min(1)
        .max(200)
        .optional()
        .openapi({
          param: { name: "topic", in: "query" },
          description: "Only this topic (a topic id).",
          example: "s400-nato-compatibility",
        }),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: "A page of positions.",
      content: { "application/json": { schema: listOf(PositionSchema, "PositionList") } },
    },
    400: problemResponse("A parameter is invalid."),
    404: problemResponse("The topic is unknown."),
  },
});

export const positionRoutes = newRouter().openapi(listPositions, (c) => {
  const { topic, ...page } = c.req.valid("query");
  return c.json(paginate(positions(topic), page), 200);
});
