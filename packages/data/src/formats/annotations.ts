/** The dataset's provenance as W3C Web Annotations: one per cited span, so annotation tools can draw the marks. */
import type { Dataset, S400Record } from "../model/record.js";
import { spansIn } from "../model/span.js";
import { requireDataset, requireOptions } from "./arguments.js";
import { codePointRange, type FormatOptions, iriOf } from "./iri.js";
import type { JsonObject } from "./values.js";

/** The Web Annotation context; the model requires it by name (W3C Web Annotation Data Model §3.1). */
export const annotationContext = "http://www.w3.org/ns/anno.jsonld";

/** How many characters of the sentence a TextQuoteSelector keeps on either side of the exact words. */
const AFFIX = 32;

/** An AnnotationCollection with every annotation on its one page. */
export interface AnnotationCollection {
  readonly "@context": typeof annotationContext;
  readonly id: string;
  readonly type: "AnnotationCollection";
  readonly label: string;
  readonly total: number;
  readonly first: {
    readonly id: string;
    readonly type: "AnnotationPage";
    readonly startIndex: 0;
    readonly items: readonly JsonObject[];
  };
}

/** What an annotation tool shows for a record: its name, title, summary or words. */
function labelOf(record: S400Record): string {
  switch (record.kind) {
    case "entity":
      return record.name;
    case "statement":
      return record.summary;
    case "event":
      return record.title;
    case "topic":
      return record.label;
    case "source":
    case "claim":
    case "quote":
      return record.text;
  }
}

/**
 * One annotation per span of every record (its provenance and any date expression): the body is the record
 * (its IRI, and its label to show), the target the sentence, selected by quote (exact, prefix, suffix) and by
 * position (in code points). An entity's spans identify it; every other record's spans support it.
 *
 * Throws `S400Error` (`INVALID_ARGUMENT`) for anything but a dataset, or a `base` that is not an absolute IRI.
 *
 * @example
 * ```ts
 * import { dataset } from "@s400/data";
 * import { toAnnotations } from "@s400/data/formats";
 * const { first } = toAnnotations(dataset);
 * first.items[0]?.target; // { source: "urn:s400:s01", selector: [TextQuoteSelector, TextPositionSelector] }
 * ```
 */
export function toAnnotations(dataset: Dataset, givenOptions?: FormatOptions): AnnotationCollection {
  requireDataset(dataset);
  const options = requireOptions(givenOptions);
  const sentences = new Map(dataset.sources.map((source) => [source.id, source.text]));
  const records: readonly S400Record[] = [
    ...dataset.entities,
    ...dataset.statements,
    ...dataset.events,
    ...dataset.claims,
    ...dataset.quotes,
  ];
  const items = records.flatMap((record) =>
    spansIn(record).map(({ path, span }): JsonObject => {
      const sentence = sentences.get(span.sourceId) ?? "";
      const { start, end } = codePointRange(sentence, span);
      const recordIri = iriOf(record.id, options);
      return {
        id: `${recordIri}#${path}`,
        type: "Annotation",
        motivation: record.kind === "entity" ? "identifying" : "linking",
        body: [
          {
            type: "TextualBody",
            purpose: "describing",
            format: "text/plain",
            language: "en",
            value: labelOf(record),
          },
          { id: recordIri, type: "Dataset", format: "application/ld+json" },
        ],
        target: {
          source: iriOf(span.sourceId, options),
          selector: [
            {
              type: "TextQuoteSelector",
              exact: span.exact,
              prefix: sentence.slice(Math.max(0, span.start - AFFIX), span.start),
              suffix: sentence.slice(span.end, span.end + AFFIX),
            },
            { type: "TextPositionSelector", start, end },
          ],
        },
      };
    }),
  );
  const id = iriOf("annotations", options);
  return {
    "@context": annotationContext,
    id,
    type: "AnnotationCollection",
    label: "The words of the S-400 sanctions cluster that each record of @s400/data rests on",
    total: items.length,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
