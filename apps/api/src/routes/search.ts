/** `/v1/search`: ranked full-text search over every record, best first. */
import { createRoute, z } from "@hono/zod-openapi";
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, recordKinds, search } from "@s400/data";
import { recordKindSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { enumListParam, integerParam, queryTextParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { SearchResultsSchema } from "../schemas/envelopes.js";

/** The longest query the API accepts, in characters; anything longer is a client error, not a slow request. */
export const MAX_QUERY_LENGTH = 200;

const searchRoute = createRoute({
  method: "get",
  path: "/search",
  operationId: "search",
  tags: ["Search"],
  summary: "Search all records",
  description: `Ranked search over entities, statements, events, claims, quotes, topics and sources. Spelling variants (Defence/Defense), missing diacritics and aliases (Ankara for Turkey) all match. \`q\` is at most ${MAX_QUERY_LENGTH} characters.`,
  request: {
    query: z.object({
      q: queryTextParam(MAX_QUERY_LENGTH, "What to look for.", "Who heads the Defence Industry Directorate?"),
      limit: integerParam("limit", {
        min: 1,
        max: PAGE_SIZE_MAX,
        default: PAGE_SIZE_DEFAULT,
        description: `Most hits to return, 1 to ${PAGE_SIZE_MAX}.`,
        example: 5,
      }),
      type: enumListParam(
        "type",
        recordKinds,
        recordKindSchema,
        "Only hits of these kinds: repeat the parameter (`type=entity&type=quote`); one comma-separated value (`type=entity,quote`) is read the same way.",
        ["entity", "quote"],
      ),
    }),
  },
  responses: responsesOf({
    ok: { description: "The hits, best first.", schema: SearchResultsSchema },
    badRequest: "`q` is missing, empty or too long, or another parameter is invalid.",
  }),
});

export const searchRoutes = newRouter().openapi(searchRoute, (c) => {
  const { q, limit, type } = c.req.valid("query");
  const results = search(q, type === undefined ? { limit } : { limit, types: type });
  return answer(c, { results: [...results] });
});
