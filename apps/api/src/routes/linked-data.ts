/** `/v1/dataset.jsonld` and `/v1/annotations.jsonld`: the whole dataset as JSON-LD, and its spans as W3C Web Annotations. */
import { createRoute } from "@hono/zod-openapi";
import { dataset } from "@s400/data";
import { toAnnotations, toJsonLd } from "@s400/data/formats";
import { answer } from "../answer.js";
import { JSON_LD_MEDIA_TYPE } from "../negotiation.js";
import { responsesOf } from "../responses.js";
import { newRouter } from "../router.js";
import { AnnotationCollectionSchema, JsonLdDocumentSchema } from "../schemas/linked-data.js";

/** The media type of a W3C Web Annotation document: JSON-LD with the annotation profile. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** `build()` once, on first use: the documents are pure functions of the bundled dataset. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = build();
    return value;
  };
}
const graph = once(() => toJsonLd(dataset));
const annotations = once(() => toAnnotations(dataset));

const datasetJsonLd = createRoute({
  method: "get",
  path: "/dataset.jsonld",
  operationId: "getDatasetJsonLd",
  tags: ["Sources"],
  summary: "The dataset as JSON-LD",
  description:
    "Entities as schema.org `Person`, `Country`, `Organization`, …; events as `Event`; claims as `Claim`; quotes as `Quotation`; statements as subject–predicate–object; the sentences as `CreativeWork` parts of the cluster. Expands offline with any JSON-LD processor.",
  responses: responsesOf({
    ok: { description: "The JSON-LD document.", schema: JsonLdDocumentSchema, mediaType: JSON_LD_MEDIA_TYPE },
  }),
});

const annotationsJsonLd = createRoute({
  method: "get",
  path: "/annotations.jsonld",
  operationId: "getAnnotations",
  tags: ["Sources"],
  summary: "Every cited span as a W3C Web Annotation",
  description:
    "One annotation per span, so annotation tools can draw the cited words on the sentences: `exact`, `prefix` and `suffix` in a `TextQuoteSelector`, code-point offsets in a `TextPositionSelector`.",
  responses: responsesOf({
    ok: {
      description: "The annotation collection.",
      schema: AnnotationCollectionSchema,
      mediaType: ANNOTATION_MEDIA_TYPE,
    },
  }),
});

export const linkedDataRoutes = newRouter()
  .openapi(datasetJsonLd, (c) => answer(c, graph(), JSON_LD_MEDIA_TYPE))
  .openapi(annotationsJsonLd, (c) => answer(c, annotations(), ANNOTATION_MEDIA_TYPE));
