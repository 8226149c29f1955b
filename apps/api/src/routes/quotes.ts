/** `/v1/quotes`: what was said, in the speaker's words or reported. */
import { createRoute, z } from "@hono/zod-openapi";
import { quotes } from "@s400/data";
import { listOf, pageQuery, paginate } from "../pagination.js";
import { problemResponse } from "../problem.js";
import { newRouter } from "../router.js";
import { QuoteSchema } from "../schemas/records.js";

const listQuotes = createRoute({
  method: "get",
  path: "/quotes",
  tags: ["Quotes"],
  summary: "List quotes",
  description: "Direct and reported speech, optionally by one speaker.",
  request: {
    query: z.object({
      speaker: z
        .string()
        .min(1)
        .max(200)
        .optional()
        .openapi({
          param: { name: "speaker", in: "query" },
          description: "A person (id, name or alias).",
          example: "Cavusoglu",
        }),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: "A page of quotes.",
      content: { "application/json": { schema: listOf(QuoteSchema, "QuoteList") } },
    },
    400: problemResponse("A parameter is invalid."),
    404: problemResponse("The speaker is unknown."),
  },
});

export const quoteRoutes = newRouter().openapi(listQuotes, (c) => {
  const { speaker, ...page } = c.req.valid("query");
  return c.json(paginate(quotes(speaker === undefined ? {} : { speaker }), page), 200);
});
