/** `/v1/sources`: the source sentences the dataset rests on, and the records that cite each. */
import { createRoute, z } from "@hono/zod-openapi";
import { sources, sourceWithCiting } from "@s400/data";
import { sourceSchema, sourceWithCitingSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { pageQuery, paginate } from "../pagination.js";
import { pathKeyParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { listOf } from "../schemas/envelopes.js";

const listSources = createRoute({
  method: "get",
  path: "/sources",
  operationId: "listSources",
  tags: ["Sources"],
  summary: "List source sentences",
  description: "The 15 sentences the dataset rests on, byte-for-byte, in the order of the source file.",
  request: { query: z.object(pageQuery) },
  responses: responsesOf({
    ok: { description: "A page of sources.", schema: listOf(sourceSchema, "SourceList") },
    badRequest: "A parameter is invalid.",
  }),
});

const getSource = createRoute({
  method: "get",
  path: "/sources/{id}",
  operationId: "getSource",
  tags: ["Sources"],
  summary: "Get a source sentence and what cites it",
  description: "One sentence and every record whose provenance cites it.",
  request: {
    params: z.object({
      id: pathKeyParam("A source id, `s01` to `s15`.", "s08"),
    }),
  },
  responses: responsesOf({
    ok: { description: "The sentence and the records citing it.", schema: sourceWithCitingSchema },
    badRequest: "The id is invalid.",
    notFound: "No such source.",
  }),
});

export const sourceRoutes = newRouter()
  .openapi(listSources, (c) => answer(c, paginate(sources(), c.req.valid("query"))))
  .openapi(getSource, (c) => answer(c, sourceWithCiting(c.req.valid("param").id)));
