/** `/v1/quotes`: what was said, in the speaker's words or reported. */
import { createRoute, z } from "@hono/zod-openapi";
import { quotes } from "@s400/data";
import { quoteSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { pageQuery, paginate } from "../pagination.js";
import { textParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { listOf } from "../schemas/envelopes.js";

const listQuotes = createRoute({
  method: "get",
  path: "/quotes",
  operationId: "listQuotes",
  tags: ["Quotes"],
  summary: "List quotes",
  description: "Direct and reported speech, optionally by one speaker.",
  request: {
    query: z.object({
      speaker: textParam("speaker", "A person (id, name or alias).", "Cavusoglu"),
      ...pageQuery,
    }),
  },
  responses: responsesOf({
    ok: { description: "A page of quotes.", schema: listOf(quoteSchema, "QuoteList") },
    badRequest: "A parameter is invalid.",
    notFound: "The speaker is unknown.",
  }),
});

export const quoteRoutes = newRouter().openapi(listQuotes, (c) => {
  const { speaker, ...page } = c.req.valid("query");
  return answer(c, paginate(quotes(speaker === undefined ? {} : { speaker }), page));
});
