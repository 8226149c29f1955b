/** `/v1/records/{id}`: any record, with the words of the source that support it. */
import { createRoute, z } from "@hono/zod-openapi";
import { getRecord, provenance } from "@s400/data";
import { problemResponse } from "../problem.js";
import { newRouter } from "../router.js";
import { ProvenanceViewSchema, RecordSchema } from "../schemas/records.js";

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

export const recordRoutes = newRouter().openapi(getOneRecord, (c) => {
  const record = getRecord(c.req.valid("param").id);
  return c.json({ record, provenance: [...provenance(record)] }, 200);
});
