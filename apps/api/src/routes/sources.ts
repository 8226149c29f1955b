/** `/v1/sources` and `/v1/records`: the source sentences, and any record with the words that support it. */
import { createRoute, z } from "@hono/zod-openapi";
import { citing, getRecord, provenance, source, sources } from "@s400/data";
import { listOf, pageQuery, paginate } from "../pagination.js";
import { problemResponse } from "../problem.js";
import { newRouter } from "../router.js";
import { ProvenanceViewSchema, RecordSchema, SourceSchema } from "../schemas/records.js";

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

const getOneRecord = createRoute({
  method: "get",
  path: "/records/{id}",
  tags: ["Sources"],
  summary: "Get any record with its provenance",
  description: "A record of any kind by id, with each cited span shown in the context of its sentence.",
  request: {
    params: z.object({
      id: z.string().min(1).max(200).openapi({
        description: "A record id (`s09`, `ssb`, `st-…`, `ev-…`, `cl-…`, `q-…`).",
        example: "ssb",
      }),
    }),
  },
  responses: {
    200: {
      description: "The record and its provenance.",
      content: {
        "application/json": {
          schema: z
            .object({ record: RecordSchema, provenance: z.array(ProvenanceViewSchema) })
            .openapi("RecordWithProvenance"),
        },
      },
    },
    400: problemResponse("The id is invalid."),
    404: problemResponse("No record has that id."),
  },
});

export const sourceRoutes = newRouter()
  .openapi(listSources, (c) => c.json(paginate(sources(), c.req.valid("query")), 200))
  .openapi(getSource, (c) => {
    const { id } = c.req.valid("param");
    return c.json({ source: source(id), citing: [...citing(id)] }, 200);
  })
  .openapi(getOneRecord, (c) => {
    const record = getRecord(c.req.valid("param").id);
    return c.json({ record, provenance: [...provenance(record)] }, 200);
  });
