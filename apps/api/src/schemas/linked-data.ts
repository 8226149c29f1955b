/**
 * The JSON-LD answers' schemas: the dataset document, one record (`Accept: application/ld+json`) and the
 * annotation collection. They describe the envelope a JSON-LD processor sees; the terms are the
 * document's own `@context` (`@s400/data/formats`).
 */
import { z } from "@hono/zod-openapi";

export const JsonLdDocumentSchema = z
  .object({ "@context": z.looseObject({}), "@graph": z.array(z.looseObject({})) })
  .loose()
  .openapi("JsonLdDocument", {
    description:
      "The dataset as JSON-LD: a self-contained `@context` (schema.org terms, no remote context to fetch) and a `@graph` with every record under a stable IRI (`urn:s400:<id>`), each with its provenance.",
  });

export const AnnotationCollectionSchema = z
  .looseObject({ "@context": z.string(), type: z.literal("AnnotationCollection") })
  .openapi("AnnotationCollection", {
    description:
      "Every span of every record as a W3C Web Annotation: body the record, target the sentence with a `TextQuoteSelector` and a `TextPositionSelector`.",
  });

/** The component name of {@link JsonLdRecordSchema} in the OpenAPI document. */
export const JSON_LD_RECORD = "JsonLdRecord";

export const JsonLdRecordSchema = z
  .looseObject({
    "@context": z.looseObject({}),
    id: z.string().meta({ description: "The record's IRI, `urn:s400:<id>`.", example: "urn:s400:ssb" }),
    type: z.union([z.string(), z.array(z.string())]).meta({
      description: "Its schema.org and s400 classes.",
      example: ["schema:Organization", "s400:Entity"],
    }),
  })
  .meta({
    description:
      "One record as JSON-LD, with the same self-contained `@context` and IRIs as `/v1/dataset.jsonld`, and its provenance (the cited words of each sentence).",
  });
