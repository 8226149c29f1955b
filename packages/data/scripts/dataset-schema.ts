/**
 * The zod schema of `@s400/data/dataset.json`, and the JSON Schema (draft 2020-12) generated from it.
 *
 * Build-time only: the build and the tests import it, the runtime bundle never does, so zod stays out of it.
 * Entity, topic and source ids are enums drawn from the data, so a validator in any language also checks
 * that every reference resolves to a record that exists.
 */
import { z } from "zod";
import { entityList } from "../src/facts/entities.js";
import { sources } from "../src/facts/sources.js";
import { topicList } from "../src/facts/topics.js";
import {
  aliasKinds,
  datePrecisions,
  type EntityId,
  entityTypes,
  qualifierProperties,
  type SourceId,
  stances,
  type TopicId,
} from "../src/model/index.js";
import { predicateLabels } from "../src/model/statement.js";

const oneOrMore = <T extends string>(values: readonly T[]): [T, ...T[]] => {
  const [first, ...rest] = values;
  if (first === undefined) throw new Error("an enum needs at least one value");
  return [first, ...rest];
};

const isoDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
// A date value is one ISO 8601 period, or an interval of two when the text gives only bounds ("2017-04/2020-12").
const isoDateOrInterval = new RegExp(`^${isoDate.source.slice(1, -1)}(/${isoDate.source.slice(1, -1)})?$`);
const text = z.string().min(1);
const readonlyArray = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const sourceIdSchema = z
  .enum(oneOrMore<SourceId>(sources.map((source) => source.id)))
  .meta({ id: "SourceId" });
export const entityIdSchema = z
  .enum(oneOrMore<EntityId>(entityList.map((entity) => entity.id)))
  .meta({ id: "EntityId" });
export const topicIdSchema = z
  .enum(oneOrMore<TopicId>(topicList.map((topic) => topic.id)))
  .meta({ id: "TopicId" });
const statementIdSchema = z.templateLiteral(["st-", z.string()]);
const eventIdSchema = z.templateLiteral(["ev-", z.string()]);
const claimIdSchema = z.templateLiteral(["cl-", z.string()]);
const quoteIdSchema = z.templateLiteral(["q-", z.string()]);

export const sourceSpanSchema = z
  .object({
    sourceId: sourceIdSchema,
    start: z.int().nonnegative(),
    end: z.int().positive(),
    exact: text,
  })
  .readonly()
  .meta({
    id: "SourceSpan",
    description: "Characters [start, end) of a source sentence, in UTF-16 code units; exact is that slice.",
  });

const provenanceSchema = z
  .tuple([sourceSpanSchema], sourceSpanSchema)
  .readonly()
  .meta({ id: "Provenance", description: "Every span of every sentence that supports the record." });

const inferredSchema = readonlyArray(z.object({ about: text, reasoning: text }).readonly()).meta({
  id: "Inferred",
  description: "What the record says beyond the literal words of its spans, and why.",
});

const dayBoundsSchema = z.object({ earliest: z.iso.date(), latest: z.iso.date() }).readonly();

export const datelineSchema = z
  .object({
    text,
    value: z.string().regex(isoDate),
    precision: z.enum(datePrecisions),
    earliest: z.iso.date(),
    latest: z.iso.date(),
    basis: z.literal("editorial"),
    note: text,
  })
  .readonly()
  .meta({
    id: "Dateline",
    description:
      "When the reports of the cluster were published: editorial metadata, not in the sentences. Dates that lean on it say so.",
  });

export const sourceSchema = z
  .object({
    kind: z.literal("source"),
    id: sourceIdSchema,
    line: z.int().positive(),
    text,
  })
  .readonly()
  .meta({ id: "Source" });

const aliasSchema = z
  .object({
    text,
    kind: z.enum(aliasKinds),
  })
  .readonly();

export const entitySchema = z
  .object({
    kind: z.literal("entity"),
    id: entityIdSchema,
    type: z.enum(entityTypes),
    name: text,
    nameNote: text.exactOptional(),
    aliases: readonlyArray(aliasSchema),
    description: text,
    provenance: provenanceSchema,
    inferred: inferredSchema.exactOptional(),
  })
  .readonly()
  .meta({ id: "Entity" });

const literalValueSchema = [
  z.object({ kind: z.literal("string"), value: text }).readonly(),
  z.object({ kind: z.literal("number"), value: z.number() }).readonly(),
  z.object({ kind: z.literal("date"), value: z.string().regex(isoDate) }).readonly(),
] as const;

const valueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("entity"), id: entityIdSchema }).readonly(),
  ...literalValueSchema,
]);

const qualifierSchema = z
  .object({
    property: z.enum(qualifierProperties),
    value: valueSchema,
    note: text.exactOptional(),
  })
  .readonly();

export const statementSchema = z
  .object({
    kind: z.literal("statement"),
    id: statementIdSchema,
    subject: entityIdSchema,
    predicate: z.enum(oneOrMore(Object.keys(predicateLabels) as (keyof typeof predicateLabels)[])),
    object: valueSchema,
    qualifiers: readonlyArray(qualifierSchema),
    summary: text,
    provenance: provenanceSchema,
    inferred: inferredSchema.exactOptional(),
  })
  .readonly()
  .meta({ id: "Statement" });

const fuzzyDateSchema = z
  .object({
    value: z.string().regex(isoDateOrInterval),
    precision: z.enum(datePrecisions),
    earliest: z.iso.date(),
    latest: z.iso.date(),
    textAllows: dayBoundsSchema,
    basis: z.enum(["stated", "inferred"]),
    expression: sourceSpanSchema.exactOptional(),
    reasoning: text.exactOptional(),
    relativeTo: readonlyArray(eventIdSchema).exactOptional(),
    after: readonlyArray(eventIdSchema).exactOptional(),
  })
  .readonly()
  .meta({
    id: "FuzzyDate",
    description: "A date as precise as the text allows: value cut to precision, inclusive day bounds.",
  });

export const eventSchema = z
  .object({
    kind: z.literal("event"),
    id: eventIdSchema,
    title: text,
    summary: text,
    participants: readonlyArray(z.object({ entity: entityIdSchema, role: text }).readonly()),
    date: fuzzyDateSchema,
    status: z.enum(["happened", "ongoing", "scheduled"]),
    provenance: provenanceSchema,
    inferred: inferredSchema.exactOptional(),
  })
  .readonly()
  .meta({ id: "Event" });

export const topicSchema = z
  .object({
    kind: z.literal("topic"),
    id: topicIdSchema,
    label: text,
    proposition: text,
  })
  .readonly()
  .meta({ id: "Topic" });

export const claimSchema = z
  .object({
    kind: z.literal("claim"),
    id: claimIdSchema,
    claimant: entityIdSchema,
    speaker: entityIdSchema.exactOptional(),
    topic: topicIdSchema,
    stance: z.enum(stances),
    text,
    respondsTo: readonlyArray(claimIdSchema),
    provenance: provenanceSchema,
    inferred: inferredSchema.exactOptional(),
  })
  .readonly()
  .meta({ id: "Claim" });

export const quoteSchema = z
  .object({
    kind: z.literal("quote"),
    id: quoteIdSchema,
    speaker: entityIdSchema,
    onBehalfOf: entityIdSchema.exactOptional(),
    mode: z.enum(["direct", "indirect"]),
    text,
    occasion: text.exactOptional(),
    event: eventIdSchema.exactOptional(),
    provenance: provenanceSchema,
    inferred: inferredSchema.exactOptional(),
  })
  .readonly()
  .meta({ id: "Quote" });

/** The whole of `@s400/data/dataset.json`. */
export const datasetSchema = z
  .object({
    version: text,
    dateline: datelineSchema,
    sources: readonlyArray(sourceSchema),
    entities: readonlyArray(entitySchema),
    statements: readonlyArray(statementSchema),
    events: readonlyArray(eventSchema),
    topics: readonlyArray(topicSchema),
    claims: readonlyArray(claimSchema),
    quotes: readonlyArray(quoteSchema),
  })
  .readonly()
  .meta({
    title: "@s400/data dataset",
    description:
      "The December 2020 US sanctions on Turkey's SSB over the S-400: 15 source sentences and the records drawn from them, each with word-level provenance.",
  });

/** The JSON Schema (draft 2020-12) of `@s400/data/dataset.json`, for validators in other languages. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetSchema, { target: "draft-2020-12" });
}
