/** `/v1/records/{id}`: any record, with the words of the source that support it. */
import { createRoute, z } from "@hono/zod-openapi";
import { dataset, getRecord, recordWithProvenance } from "@s400/data";
import { recordToJsonLd } from "@s400/data/formats";
import { recordWithProvenanceSchema } from "@s400/data/schema";
import { alternateAnswer, answer } from "../answer.js";
import { JSON_LD_MEDIA_TYPE, preferredRepresentation } from "../negotiation.js";
import { pathKeyParam } from "../params.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";

const getOneRecord = createRoute({
  method: "get",
  path: "/records/{id}",
  operationId: "getRecord",
  tags: ["Sources"],
  summary: "Get any record with its provenance",
  description:
    "A record of any kind by id, with each cited span shown in the context of its sentence. With `Accept: application/ld+json` (preferred over `application/json`), the record as JSON-LD instead, with the context and IRIs of `/v1/dataset.jsonld`.",
  request: {
    params: z.object({
      id: pathKeyParam("A record id (`s09`, `ssb`, `st-…`, `ev-…`, `cl-…`, `q-…`).", "ssb"),
    }),
  },
  responses: responsesOf({
    ok: {
      description: "The record and its provenance.",
      schema: recordWithProvenanceSchema,
    },
    badRequest: "The id is invalid.",
    notFound: "No record has that id.",
  }),
});

export const recordRoutes = newRouter().openapi(getOneRecord, (c) => {
  const { id } = c.req.valid("param");
  // JSON-LD carries its own provenance: only the record's exact id is needed, not the JSON's views.
  return preferredRepresentation(c.req.header("Accept")) === JSON_LD_MEDIA_TYPE
    ? alternateAnswer(c, recordToJsonLd(dataset, getRecord(id).id), JSON_LD_MEDIA_TYPE)
    : answer(c, recordWithProvenance(id));
});
