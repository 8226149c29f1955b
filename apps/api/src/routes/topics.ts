/** `/v1/topics`: the questions the parties take sides on. */
import { createRoute, z } from "@hono/zod-openapi";
import { topics } from "@s400/data";
import { topicSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { pageQuery, paginate } from "../pagination.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { listOf } from "../schemas/envelopes.js";

const listTopics = createRoute({
  method: "get",
  path: "/topics",
  operationId: "listTopics",
  tags: ["Positions"],
  summary: "List topics",
  description: "The questions the parties take sides on, in the dataset's order.",
  request: { query: z.object(pageQuery) },
  responses: responsesOf({
    ok: { description: "A page of topics.", schema: listOf(topicSchema, "TopicList") },
    badRequest: "A parameter is invalid.",
  }),
});

export const topicRoutes = newRouter().openapi(listTopics, (c) =>
  answer(c, paginate(topics(), c.req.valid("query"))),
);
