/** `/v1/records/{id}`: any record, with the words of the source that support it. */
import { createRoute, z } from "@hono/zod-openapi";
import { recordWithProvenance } from "@s400/data";
import { recordWithProvenanceSchema } from "@s400/data/schema";
import { answer } from "../answer.js";
import { pathKeyParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";

const getOneRecord = createRoute({
  method: "get",
  path: "/records/{id}",
  operationId: "getRecord",
  tags: ["Sources"],
  summary: "Get any record with its provenance",
  description: "A record of any kind by id, with each cited span shown in the context of its sentence.",
  request: {
    params: z.object({
      id: pathKeyParam("A record id (`s09`, `ssb`, `st-…`, `ev-…`, `cl-…`, `q-…`).", "ssb"),
    }),
  },
  responses: responsesOf({
    ok: { description: "The record and its provenance.", schema: recordWithProvenanceSchema },
    badRequest: "The id is invalid.",
    notFound: "No record has that id.",
  }),
});

export const recordRoutes = newRouter().openapi(getOneRecord, (c) =>
  answer(c, recordWithProvenance(c.req.valid("param").id)),
);
