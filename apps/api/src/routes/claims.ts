/** `/v1/claims`: what each party holds on the questions they disagree on, and who said it. */
import { createRoute, z } from "@hono/zod-openapi";
import { claims } from "@s400/data";
import { listOf, pageQuery, paginate } from "../pagination.js";
import { problemResponse } from "../problem.js";
import { newRouter } from "../router.js";
import { ClaimSchema, StanceSchema } from "../schemas/records.js";

const topicId = (description: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: "topic", in: "query" }, description, example: "s400-nato-compatibility" });

const listClaims = createRoute({
  method: "get",
  path: "/claims",
  tags: ["Positions"],
  summary: "List claims",
  description: "Claims the parties hold, filtered by who holds or voiced them, their topic and their stance.",
  request: {
    query: z.object({
      by: z
        .string()
        .min(1)
        .max(200)
        .optional()
        .openapi({
          param: { name: "by", in: "query" },
          description: "A party or a speaker (id, name or alias).",
          example: "turkey",
        }),
      about: topicId("A topic id.").openapi({ param: { name: "about", in: "query" } }),
      stance: StanceSchema.optional().openapi({ param: { name: "stance", in: "query" } }),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: "A page of claims.",
      content: { "application/json": { schema: listOf(ClaimSchema, "ClaimList") } },
    },
    400: problemResponse("A parameter is invalid."),
    404: problemResponse("The party, speaker or topic is unknown."),
  },
});

export const claimRoutes = newRouter().openapi(listClaims, (c) => {
  const { by, about, stance, ...page } = c.req.valid("query");
  const options = {
    ...(by === undefined ? {} : { by }),
    ...(about === undefined ? {} : { about }),
    ...(stance === undefined ? {} : { stance }),
  };
  return c.json(paginate(claims(options), page), 200);
});
