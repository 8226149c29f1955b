/** @s400/data/formats: the dataset in formats other tools open (JSON-LD, W3C Web Annotation, CSV). Pure, no I/O. */
export { type AnnotationCollection, annotationContext, toAnnotations } from "./annotations.js";
export { jsonLdContext } from "./context.js";
export { type CsvFile, toCsv } from "./csv.js";
export { defaultBase, type FormatOptions, iriOf, vocabulary } from "./iri.js";
export { type JsonLdDocument, type JsonLdRecord, recordToJsonLd, toJsonLd } from "./jsonld.js";
export type { JsonObject, JsonValue } from "./values.js";
