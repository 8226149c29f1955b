/** Zod schemas of the dataset's records, mirroring the types of `@s400/data` for validation-free docs and typed clients. */
import { z } from "@hono/zod-openapi";
import type {
  Claim,
  Entity,
  Event,
  FuzzyDate,
  Inference,
  Predicate,
  Qualifier,
  Quote,
  RecordKind,
  Source,
  SourceSpan,
  Statement,
  Topic,
} from "@s400/data";
import {
  aliasKinds,
  datePrecisions,
  entityTypes,
  predicateLabels,
  qualifierProperties,
  recordKinds,
  stances,
} from "@s400/data";

// The vocabularies come from @s400/data, which derives its types from the same lists, so the schemas
// can never name fewer (or other) values than the records hold.
export { aliasKinds, datePrecisions, entityTypes, qualifierProperties, recordKinds, stances };
export const predicates = Object.keys(predicateLabels) as [Predicate, ...Predicate[]];

export const RecordKindSchema = z.enum(recordKinds).openapi("RecordKind", { example: "entity" });
export const EntityTypeSchema = z.enum(entityTypes).openapi("EntityType", { example: "person" });
export const StanceSchema = z.enum(stances).openapi("Stance", { example: "against" });
export const PredicateSchema = z.enum(predicates).openapi("Predicate", { example: "head-of" });

export const SourceSchema = z
  .object({
    kind: z.literal("source"),
    id: z.string().openapi({ example: "s09" }),
    line: z.number().int(),
    text: z.string(),
  })
  .openapi("Source", { description: "One sentence of the source cluster, byte-for-byte." });

export const SourceSpanSchema = z
  .object({
    sourceId: z.string().openapi({ example: "s09" }),
    start: z.number().int(),
    end: z.number().int(),
    exact: z.string(),
  })
  .openapi("SourceSpan", {
    description: "Characters [start, end) of a source sentence, in UTF-16 code units.",
  });

const ProvenanceSchema = z.array(SourceSpanSchema).min(1).readonly();

export const InferenceSchema = z
  .object({
    about: z.string().openapi({ example: "speaker" }),
    reasoning: z.string(),
  })
  .openapi("Inference", {
    description: "Something a record states that the text implies but does not say, and why.",
  });

const inferred = z.array(InferenceSchema).readonly().optional().openapi({
  description: "What the record infers beyond the literal words of its spans, with the reasoning.",
});

export const EntitySchema = z
  .object({
    kind: z.literal("entity"),
    id: z.string().openapi({ example: "ssb" }),
    type: EntityTypeSchema,
    name: z.string(),
    nameNote: z.string().optional(),
    aliases: z
      .array(
        z.object({
          text: z.string(),
          kind: z.enum(aliasKinds),
        }),
      )
      .readonly(),
    description: z.string(),
    provenance: ProvenanceSchema,
    inferred,
  })
  .openapi("Entity");

export const ValueSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("entity"), id: z.string() }),
    z.object({ kind: z.literal("string"), value: z.string() }),
    z.object({ kind: z.literal("number"), value: z.number() }),
    z.object({ kind: z.literal("date"), value: z.string() }),
  ])
  .openapi("Value");

export const QualifierSchema = z
  .object({ property: z.enum(qualifierProperties), value: ValueSchema, note: z.string().optional() })
  .openapi("Qualifier", { description: "Narrows a statement: a role, a count, a time, a condition, …" });

export const StatementSchema = z
  .object({
    kind: z.literal("statement"),
    id: z.string().openapi({ example: "st-demir-heads-ssb" }),
    subject: z.string(),
    predicate: PredicateSchema,
    object: ValueSchema,
    qualifiers: z.array(QualifierSchema).readonly(),
    summary: z.string(),
    provenance: ProvenanceSchema,
    inferred,
  })
  .openapi("Statement");

export const FuzzyDateSchema = z
  .object({
    value: z.string().openapi({ example: "2020-12" }),
    precision: z.enum(datePrecisions),
    earliest: z.string().openapi({ example: "2020-12-01" }),
    latest: z.string().openapi({ example: "2020-12-31" }),
    textAllows: z.object({ earliest: z.string(), latest: z.string() }).openapi({
      description:
        "The bounds the source sentences alone allow; narrower earliest/latest come from the dataset's dateline, as the reasoning says.",
    }),
    basis: z.enum(["stated", "inferred"]),
    expression: SourceSpanSchema.optional(),
    reasoning: z.string().optional(),
    relativeTo: z.array(z.string()).readonly().optional(),
    after: z.array(z.string()).readonly().optional().openapi({
      description: "Events the text places before this one when the dates alone cannot order them.",
    }),
  })
  .openapi("FuzzyDate", { description: "A date as precise as the text allows, with its bounds and basis." });

export const EventSchema = z
  .object({
    kind: z.literal("event"),
    id: z.string().openapi({ example: "ev-sanctions-imposed" }),
    title: z.string(),
    summary: z.string(),
    participants: z.array(z.object({ entity: z.string(), role: z.string() })).readonly(),
    date: FuzzyDateSchema,
    status: z.enum(["happened", "ongoing", "scheduled"]),
    provenance: ProvenanceSchema,
    inferred,
  })
  .openapi("Event");

export const TopicSchema = z
  .object({
    kind: z.literal("topic"),
    id: z.string().openapi({ example: "s400-nato-compatibility" }),
    label: z.string(),
    proposition: z.string(),
  })
  .openapi("Topic");

export const ClaimSchema = z
  .object({
    kind: z.literal("claim"),
    id: z.string().openapi({ example: "cl-us-incompatible" }),
    claimant: z.string(),
    speaker: z.string().optional(),
    topic: z.string(),
    stance: StanceSchema,
    text: z.string(),
    respondsTo: z.array(z.string()).readonly(),
    provenance: ProvenanceSchema,
    inferred,
  })
  .openapi("Claim");

export const QuoteSchema = z
  .object({
    kind: z.literal("quote"),
    id: z.string().openapi({ example: "q-attack-on-sovereign-rights" }),
    speaker: z.string(),
    onBehalfOf: z.string().optional(),
    mode: z.enum(["direct", "indirect"]),
    text: z.string(),
    occasion: z.string().optional(),
    event: z.string().optional().openapi({ description: "The event at which it was said." }),
    provenance: ProvenanceSchema,
    inferred,
  })
  .openapi("Quote");

export const RecordSchema = z
  .discriminatedUnion("kind", [
    SourceSchema,
    EntitySchema,
    StatementSchema,
    EventSchema,
    TopicSchema,
    ClaimSchema,
    QuoteSchema,
  ])
  .openapi("Record", { description: "Any record of the dataset, told apart by `kind`." });

export const NeighbourSchema = z
  .object({ entity: EntitySchema, statements: z.array(StatementSchema).readonly() })
  .openapi("Neighbour", { description: "An entity linked to another, with the statements that link them." });

export const PositionSchema = z
  .object({
    topic: TopicSchema,
    sides: z.array(z.object({ party: EntitySchema, claims: z.array(ClaimSchema).readonly() })).readonly(),
    exchanges: z.array(z.object({ claim: ClaimSchema, respondsTo: ClaimSchema })).readonly(),
  })
  .openapi("Position", { description: "Who holds what on a topic, and which claims answer each other." });

export const ProvenanceViewSchema = z
  .object({
    span: SourceSpanSchema,
    source: SourceSchema,
    before: z.string(),
    exact: z.string(),
    after: z.string(),
  })
  .openapi("ProvenanceView", { description: "A cited span in the context of its sentence." });

export const SearchHitSchema = z
  .object({
    type: RecordKindSchema,
    id: z.string(),
    score: z.number(),
    record: RecordSchema,
  })
  .openapi("SearchHit");

export const MetaSchema = z
  .object({
    version: z.string().openapi({ example: "0.1.0" }),
    hash: z.string(),
    counts: z.object(
      Object.fromEntries(recordKinds.map((kind) => [kind, z.number().int()])) as {
        [K in RecordKind]: z.ZodNumber;
      },
    ),
  })
  .openapi("Meta");

/** Keys of `T` that schema `S` does not describe; `never` when the schema covers the type. */
type Undescribed<T, S extends z.ZodType> = Exclude<keyof T, keyof z.output<S>>;
type Covers<T, S extends z.ZodType> = [Undescribed<T, S>] extends [never] ? true : Undescribed<T, S>;

/**
 * Fails to compile when a record type of `@s400/data` gains a field its schema here lacks, so the
 * OpenAPI document and the typed client never silently fall behind the data.
 */
export const schemasCoverModel: {
  source: Covers<Source, typeof SourceSchema>;
  span: Covers<SourceSpan, typeof SourceSpanSchema>;
  entity: Covers<Entity, typeof EntitySchema>;
  statement: Covers<Statement, typeof StatementSchema>;
  qualifier: Covers<Qualifier, typeof QualifierSchema>;
  date: Covers<FuzzyDate, typeof FuzzyDateSchema>;
  event: Covers<Event, typeof EventSchema>;
  topic: Covers<Topic, typeof TopicSchema>;
  claim: Covers<Claim, typeof ClaimSchema>;
  quote: Covers<Quote, typeof QuoteSchema>;
  inference: Covers<Inference, typeof InferenceSchema>;
} = {
  source: true,
  span: true,
  entity: true,
  statement: true,
  qualifier: true,
  date: true,
  event: true,
  topic: true,
  claim: true,
  quote: true,
  inference: true,
};
