import { describe, expect, it } from "vitest";
import { dataset } from "../facts/index.js";
import { spansIn } from "../model/span.js";
import { annotationContext, toAnnotations } from "./annotations.js";

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Annotation {
  id: string;
  type: string;
  motivation: string;
  body: { id?: string; type: string; value?: string }[];
  target: { source: string; selector: Selector[] };
}

const collection = toAnnotations(dataset);
const items = collection.first.items as unknown as Annotation[];
const sentence = new Map(dataset.sources.map((s) => [`urn:s400:${s.id}`, s.text]));
/** Every span of dataset.json as a user reads it: parsed from the JSON, not from the typed records. */
const json = JSON.parse(JSON.stringify(dataset)) as Record<string, { id: string }[]>;
const jsonSpans = ["entities", "statements", "events", "claims", "quotes"].flatMap((list) =>
  (json[list] ?? []).flatMap((record) => spansIn(record).map((found) => ({ record: record.id, ...found }))),
);

describe("toAnnotations", () => {
  it("is a W3C AnnotationCollection with the Web Annotation context", () => {
    expect(collection["@context"]).toBe(annotationContext);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(items.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it("has exactly one annotation for every span of dataset.json, with the record as its body", () => {
    expect(jsonSpans.length).toBeGreaterThan(100);
    expect(items).toHaveLength(jsonSpans.length);
    for (const { record, path, span } of jsonSpans) {
      const matching = items.filter(
        (a) => a.id === `urn:s400:${record}#${path}` && a.target.source === `urn:s400:${span.sourceId}`,
      );
      expect(matching, `${record} ${path}`).toHaveLength(1);
      expect(matching[0]?.body.some((b) => b.id === `urn:s400:${record}`)).toBe(true);
    }
  });

  it("selects the exact words both by quote and by position in the sentence", () => {
    for (const annotation of items) {
      const text = sentence.get(annotation.target.source) ?? "";
      const quote = annotation.target.selector.find((s) => s.type === "TextQuoteSelector");
      const position = annotation.target.selector.find((s) => s.type === "TextPositionSelector");
      if (!quote?.exact || position?.start === undefined || position.end === undefined)
        throw new Error(`${annotation.id} lacks a selector`);
      expect([...text].slice(position.start, position.end).join(""), annotation.id).toBe(quote.exact);
      const context = `${quote.prefix}${quote.exact}${quote.suffix}`;
      expect(text.includes(context), annotation.id).toBe(true);
      expect(text.indexOf(context) + (quote.prefix ?? "").length, annotation.id).toBe(position.start);
    }
  });

  it("identifies an entity by its mentions and links other records to the words they rest on", () => {
    const mention = items.find((a) => a.id === "urn:s400:ssb#provenance.0");
    expect(mention?.motivation).toBe("identifying");
    expect(mention?.body[0]).toMatchObject({ type: "TextualBody", value: "Defense Industries Presidency" });
    const support = items.find((a) => a.id === "urn:s400:ev-biden-takes-office#date.expression");
    expect(support?.motivation).toBe("linking");
    expect(support?.target.selector[0]).toMatchObject({
      exact: "on Jan. 20",
      suffix: ", replacing Republican incumbent",
    });
  });
});
