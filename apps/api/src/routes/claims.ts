/** `/v1/claims`: what each party holds on the questions they disagree on, and who said it. */
import { createRoute, z } from "@hono/zod-openapi";
import { claims, stances } from "@s400/data";
import { claimSchema, stanceSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { pageQuery, paginate } from "../pagination.js";
import { enumParam, textParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { listOf } from "../schemas/envelopes.js";

const listClaims = createRoute({
  method: "get",
  path: "/claims",
  operationId: "listClaims",
  tags: ["Positions"],
  summary: "List claims",
  description: "Claims the parties hold, filtered by who holds or voiced them, their topic and their stance.",
  request: {
    query: z.object({
      by: textParam("by", "A party or a speaker (id, name or alias).", "turkey"),
      about: textParam("about", "A topic id.", "s400-nato-compatibility"),
      stance: enumParam("stance", stances, stanceSchema, "Only claims with this stance.", "against"),
      ...pageQuery,
    }),
  },
  responses: responsesOf({
    ok: { description: "A page of claims.", schema: listOf(claimSchema, "ClaimList") },
    badRequest: "A parameter is invalid.",
    notFound: "The party, speaker or topic is unknown.",
  }),
});

export const claimRoutes = newRouter().openapi(listClaims, (c) => {
  const { by, about, stance, ...page } = c.req.valid("query");
  const options = {
    ...(by === undefined ? {} : { by }),
    ...(about === undefined ? {} : { about }),
    ...(stance === undefined ? {} : { stance }),
  };
  return answer(c, paginate(claims(options), page));
});
