/** `/v1/search`: ranked full-text search over every record, best first. */
import { createRoute, z } from "@hono/zod-openapi";
import { type RecordKind, search } from "@s400/data";
import { MAX_LIMIT } from "../pagination.js";
import { problemResponse } from "../problem.js";
import { listParam, newRouter } from "../router.js";
import { recordKinds, SearchHitSchema } from "../schemas/records.js";

/** The longest query the API accepts, in characters; anything longer is a client error, not a slow request. */
export const MAX_QUERY_LENGTH = 200;
/** Hits returned when the client does not say. */
export const DEFAULT_SEARCH_LIMIT = 10;

const kinds = new Set<string>(recordKinds);

const searchRoute = createRoute({
  method: "get",
  path: "/search",
  tags: ["Search"],
  summary: "Search all records",
  description: `Ranked search over entities, statements, events, claims, quotes, topics and sources. Spelling variants (Defence/Defense), missing diacritics and aliases (Ankara for Turkey) all match. \`q\` is at most ${MAX_QUERY_LENGTH} characters.`,
  request: {
    query: z.object({
      q: z
        .string({
          error: (issue) => (issue.input === undefined ? "is required" : "must be given once, as text"),
        })
        .trim()
        .min(1, "must not be empty")
        .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
        .openapi({
          param: { name: "q", in: "query" },
          description: "What to look for.",
          example: "Who heads the Defence Industry Directorate?",
        }),
      limit: z.coerce
        .number<string>()
        .int()
        .min(1)
        .max(MAX_LIMIT)
        .default(DEFAULT_SEARCH_LIMIT)
        .openapi({
          param: { name: "limit", in: "query" },
          description: `Most hits to return, 1 to ${MAX_LIMIT}.`,
          example: 5,
        }),
      type: listParam
        .refine((types) => types.every((type) => kinds.has(type)), {
          message: `each type must be one of ${recordKinds.join(", ")}`,
        })
        .transform((types) => types as RecordKind[])
        .optional()
        .openapi({
          param: { name: "type", in: "query", style: "form", explode: true },
          description: "Only hits of these kinds: repeat the parameter or separate kinds with commas.",
          example: "entity,quote",
          type: "string",
        }),
    }),
  },
  responses: {
    200: {
      description: "The hits, best first.",
      content: {
        "application/json": {
          schema: z.object({ results: z.array(SearchHitSchema) }).openapi("SearchResults"),
        },
      },
    },
    400: problemResponse("`q` is missing, empty or too long, or another parameter is invalid."),
  },
});

export const searchRoutes = newRouter().openapi(searchRoute, (c) => {
  const { q, limit, type } = c.req.valid("query");
  const results = search(q, type === undefined || type.length === 0 ? { limit } : { limit, types: type });
  return c.json({ results: [...results] }, 200);
});
