/** `/v1/topics`: the questions the parties take sides on. */
import { createRoute, z } from "@hono/zod-openapi";
import { topics } from "@s400/data";
import { listOf, pageQuery, paginate } from "../pagination.js";
import { problemResponse } from "../problem.js";
import { newRouter } from "../router.js";
import { TopicSchema } from "../schemas/records.js";

const listTopics = createRoute({
  method: "get",
  path: "/topics",
  tags: ["Positions"],
  summary: "List topics",
  description: "The questions the parties take sides on.",
  request: { query: z.object(pageQuery) },
  responses: {
    200: {
      description: "A page of topics.",
      content: { "application/json": { schema: listOf(TopicSchema, "TopicList") } },
    },
    400: problemResponse("A parameter is invalid."),
  },
});

export const topicRoutes = newRouter().openapi(listTopics, (c) =>
  c.json(paginate(topics(), c.req.valid("query")), 200),
);
