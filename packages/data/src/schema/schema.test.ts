/** dataset.json and dataset.schema.json: generated, valid, in step with the TypeScript types. */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { dataset } from "../facts/index.js";
import type {
  Answer,
  Claim,
  Dataset,
  DatasetMeta,
  Entity,
  Event,
  Neighbour,
  Position,
  ProvenanceView,
  Quote,
  RecordWithProvenance,
  S400Record,
  SearchHit,
  Source,
  SourceSpan,
  SourceWithCiting,
  Statement,
  Topic,
} from "../index.js";
import {
  answer,
  meta,
  positions,
  recordWithProvenance,
  related,
  search,
  sourceWithCiting,
} from "../index.js";
import {
  answerSchema,
  type claimSchema,
  datasetJsonSchema,
  datasetMetaSchema,
  datasetSchema,
  type entitySchema,
  type eventSchema,
  neighbourSchema,
  positionSchema,
  type provenanceViewSchema,
  type quoteSchema,
  type recordSchema,
  recordWithProvenanceSchema,
  searchHitSchema,
  type sourceSchema,
  type sourceSpanSchema,
  sourceWithCitingSchema,
  type statementSchema,
  type topicSchema,
} from "./index.js";

function distJson(name: string): unknown {
  const url = new URL(`../../dist/${name}`, import.meta.url);
  if (!existsSync(url))
    throw new Error(`dist/${name} is missing: build first (pnpm turbo run build --filter=@s400/data)`);
  return JSON.parse(readFileSync(url, "utf8"));
}

/** A deep copy of dataset.json with one change, to show the schema rejects it. */
function corrupted(
  change: (copy: { statements: Record<string, unknown>[]; entities: Record<string, unknown>[] }) => void,
) {
  const copy = structuredClone(distJson("dataset.json")) as Parameters<typeof change>[0];
  change(copy);
  return copy;
}

describe("the zod schema", () => {
  it("infers exactly the TypeScript types of the model", () => {
    expectTypeOf<z.infer<typeof datasetSchema>>().toEqualTypeOf<Dataset>();
    expectTypeOf<z.infer<typeof sourceSchema>>().toEqualTypeOf<Source>();
    expectTypeOf<z.infer<typeof entitySchema>>().toEqualTypeOf<Entity>();
    expectTypeOf<z.infer<typeof statementSchema>>().toEqualTypeOf<Statement>();
    expectTypeOf<z.infer<typeof eventSchema>>().toEqualTypeOf<Event>();
    expectTypeOf<z.infer<typeof topicSchema>>().toEqualTypeOf<Topic>();
    expectTypeOf<z.infer<typeof claimSchema>>().toEqualTypeOf<Claim>();
    expectTypeOf<z.infer<typeof quoteSchema>>().toEqualTypeOf<Quote>();
    expectTypeOf<z.infer<typeof sourceSpanSchema>>().toEqualTypeOf<SourceSpan>();
    expectTypeOf<z.infer<typeof recordSchema>>().toEqualTypeOf<S400Record>();
  });

  it("infers exactly the types the queries return", () => {
    expectTypeOf<z.infer<typeof provenanceViewSchema>>().toEqualTypeOf<ProvenanceView>();
    expectTypeOf<z.infer<typeof recordWithProvenanceSchema>>().toEqualTypeOf<RecordWithProvenance>();
    expectTypeOf<z.infer<typeof sourceWithCitingSchema>>().toEqualTypeOf<SourceWithCiting>();
    expectTypeOf<z.infer<typeof neighbourSchema>>().toEqualTypeOf<Neighbour>();
    expectTypeOf<z.infer<typeof positionSchema>>().toEqualTypeOf<Position>();
    expectTypeOf<z.infer<typeof searchHitSchema>>().toEqualTypeOf<SearchHit>();
    expectTypeOf<z.infer<typeof answerSchema>>().toEqualTypeOf<Answer>();
    expectTypeOf<z.infer<typeof datasetMetaSchema>>().toEqualTypeOf<DatasetMeta>();
  });

  it("accepts what the queries return", () => {
    const json = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));
    expect(recordWithProvenanceSchema.parse(json(recordWithProvenance("ssb")))).toBeTruthy();
    expect(sourceWithCitingSchema.parse(json(sourceWithCiting("s09")))).toBeTruthy();
    for (const n of related("ssb")) expect(neighbourSchema.parse(json(n))).toBeTruthy();
    for (const p of positions()) expect(positionSchema.parse(json(p))).toBeTruthy();
    for (const hit of search("who was sanctioned")) expect(searchHitSchema.parse(json(hit))).toBeTruthy();
    for (const question of [
      "Who heads the SSB?",
      "When did Turkey sign the deal?",
      "How many other officials were sanctioned?",
    ])
      expect(answerSchema.parse(json(answer(question)))).toEqual(json(answer(question)));
    expect(datasetMetaSchema.parse(json(meta()))).toEqual(json(meta()));
  });

  it("accepts the emitted dataset.json, which is the typed dataset as JSON", () => {
    const json = distJson("dataset.json");
    const parsed = datasetSchema.parse(json);
    expect(parsed).toEqual({ ...JSON.parse(JSON.stringify(dataset)), version: parsed.version });
    expect(parsed.sources).toHaveLength(15);
  });

  it("rejects a reference to a missing entity and a record without provenance", () => {
    const badRef = corrupted((copy) => {
      (copy.statements[0] as { subject: string }).subject = "nobody";
    });
    expect(datasetSchema.safeParse(badRef).success).toBe(false);
    const noProvenance = corrupted((copy) => {
      (copy.entities[0] as { provenance: unknown[] }).provenance = [];
    });
    expect(datasetSchema.safeParse(noProvenance).success).toBe(false);
  });
});

describe("dataset.schema.json", () => {
  const schema = distJson("dataset.schema.json") as Record<string, unknown>;

  it("is JSON Schema draft 2020-12, generated from the zod schema of this build", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema).toEqual(datasetJsonSchema());
  });

  it("validates dataset.json on its own and rejects corrupted copies", () => {
    const validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
    expect(validator.safeParse(distJson("dataset.json")).success).toBe(true);
    const badRef = corrupted((copy) => {
      (copy.statements[0] as { subject: string }).subject = "nobody";
    });
    expect(validator.safeParse(badRef).success).toBe(false);
    const extraField = corrupted((copy) => {
      (copy.entities[0] as Record<string, unknown>).typo = true;
    });
    expect(validator.safeParse(extraField).success).toBe(false);
  });
});
