/** `/v1/sources`: the source sentences the dataset rests on, and the records that cite each. */
import { createRoute, z } from "@hono/zod-openapi";
import { citing, source, sources } from "@s400/data";
import { listOf, pageQuery, paginate } from "../pagination.js";
import { problemResponse } from "../problem.js";
import { newRouter } from "../router.js";
import { RecordSchema, SourceSchema } from "../schemas/records.js";

const listSources = createRoute({
  method: "get",
  path: "/sources",
  tags: ["Sources"],
  summary: "List source sentences",
  description: "The 15 sentences the dataset rests on, byte-for-byte, in the order of the source file.",
  request: { query: z.object(pageQuery) },
  responses: {
    200: {
      description: "A page of sources.",
      content: { "application/json": { schema: listOf(SourceSchema, "SourceList") } },
    },
    400: problemResponse("A parameter is invalid."),
  },
});

const getSource = createRoute({
  method: "get",
  path: "/sources/{id}",
  tags: ["Sources"],
  summary: "Get a source sentence and what cites it",
  description: "One sentence and every record whose provenance cites it.",
  request: {
    params: z.object({
      id: z.string().min(1).max(200).openapi({ description: "A source id, `s01` to `s15`.", example: "s09" }),
    }),
  },
  responses: {
    200: {
      description: "The sentence and the records citing it.",
      content: {
        "application/json": {
          schema: z
            .object({ source: SourceSchema, citing: z.array(RecordSchema) })
            .openapi("SourceWithCitations"),
        },
      },
    },
    400: problemResponse("The id is invalid."),
    404: problemResponse("No such source."),
  },
});

export const sourceRoutes = newRouter()
  .openapi(listSources, (c) => c.json(paginate(sources(), c.req.valid("query")), 200))
  .openapi(getSource, (c) => {
    const { id } = c.req.valid("param");
    return c.json({ source: source(id), citing: [...citing(id)] }, 200);
  });
