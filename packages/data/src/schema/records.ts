/**
 * The zod schemas of every record of `@s400/data`, id enums included: the one description of each
 * shape, from which `dataset.schema.json`, the API's OpenAPI components and its examples derive. A type
 * test (schema.test.ts) keeps each equal to the TypeScript type of the model.
 *
 * Entity, topic and source ids are enums drawn from the data, so a validator in any language also checks
 * that every reference resolves to a record that exists. Every schema carries a `.meta({ id })` naming
 * its component (`Entity`, `EntityId`, `SourceSpan`, …).
 */
import { z } from "zod";
import { entityList } from "../facts/entities.js";
import { sources } from "../facts/sources.js";
import { topicList } from "../facts/topics.js";
import {
  aliasKinds,
  datePrecisions,
  type EntityId,
  entityTypes,
  qualifierProperties,
  recordKinds,
  type SourceId,
  stances,
  type TopicId,
} from "../model/index.js";
import { type Predicate, predicateLabels } from "../model/statement.js";

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

export const recordKindSchema = z
  .enum(recordKinds)
  .meta({ id: "RecordKind", description: "The kind of a record: its `kind` field." });
export const entityTypeSchema = z
  .enum(entityTypes)
  .meta({ id: "EntityType", description: "What an entity is: a person, a country, an organization, …" });
export const aliasKindSchema = z
  .enum(aliasKinds)
  .meta({ id: "AliasKind", description: "How an alias names an entity: a spelling, an abbreviation, …" });
export const stanceSchema = z
  .enum(stances)
  .meta({ id: "Stance", description: "Where a claim stands on its topic's proposition." });
export const predicateSchema = z
  .enum(oneOrMore(Object.keys(predicateLabels) as Predicate[]))
  .meta({ id: "Predicate", description: "The relation a statement states between its subject and object." });
export const qualifierPropertySchema = z
  .enum(qualifierProperties)
  .meta({ id: "QualifierProperty", description: "What a qualifier narrows: a role, a count, a time, …" });
export const datePrecisionSchema = z
  .enum(datePrecisions)
  .meta({ id: "DatePrecision", description: "How precise a date is: year, month or day." });

export const sourceIdSchema = z.enum(oneOrMore<SourceId>(sources.map((source) => source.id))).meta({
  id: "SourceId",
  description: "Id of a source sentence, `s01` to `s15`: exactly the sentences of the cluster.",
});
export const entityIdSchema = z
  .enum(oneOrMore<EntityId>(entityList.map((entity) => entity.id)))
  .meta({ id: "EntityId", description: "Id of an entity: exactly the ids in the dataset." });
export const topicIdSchema = z.enum(oneOrMore<TopicId>(topicList.map((topic) => topic.id))).meta({
  id: "TopicId",
  description: "Id of a topic on which parties hold positions: exactly the ids in the dataset.",
});
export const statementIdSchema = z
  .templateLiteral(["st-", z.string()])
  .meta({ id: "StatementId", description: "Id of a statement: `st-` and a slug." });
export const eventIdSchema = z
  .templateLiteral(["ev-", z.string()])
  .meta({ id: "EventId", description: "Id of an event: `ev-` and a slug." });
export const claimIdSchema = z
  .templateLiteral(["cl-", z.string()])
  .meta({ id: "ClaimId", description: "Id of a claim: `cl-` and a slug." });
export const quoteIdSchema = z
  .templateLiteral(["q-", z.string()])
  .meta({ id: "QuoteId", description: "Id of a quote: `q-` and a slug." });

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

export const provenanceSchema = z
  .tuple([sourceSpanSchema], sourceSpanSchema)
  .readonly()
  .meta({ id: "Provenance", description: "Every span of every sentence that supports the record." });

export const inferenceSchema = z.object({ about: text, reasoning: text }).readonly().meta({
  id: "Inference",
  description: "One thing a record says beyond the literal words of its spans, and why.",
});

const inferredSchema = readonlyArray(inferenceSchema).meta({
  id: "Inferred",
  description: "What the record says beyond the literal words of its spans, and why.",
});

// Inline where it is used (no component of its own): inclusive day bounds, both YYYY-MM-DD.
export const dayBoundsSchema = z.object({ earliest: z.iso.date(), latest: z.iso.date() }).readonly();

export const datelineSchema = z
  .object({
    text,
    value: z.string().regex(isoDate),
    precision: datePrecisionSchema,
    earliest: z.iso.date(),
    latest: z.iso.date(),
    basis: z.literal("editorial"),
    note: text,
  })
  .readonly()
  .meta({
    id: "Dateline",
    description:
      "When the reports of the cluster were published: editorial metadata, not in the sentences. Dates that lean on it say so in their reasoning.",
  });

export const sourceSchema = z
  .object({
    kind: z.literal("source"),
    id: sourceIdSchema,
    line: z.int().positive(),
    text,
  })
  .readonly()
  .meta({
    id: "Source",
    description: "One sentence of the source cluster, byte-for-byte, with its line in the source file.",
  });

export const aliasSchema = z
  .object({
    text,
    kind: aliasKindSchema,
  })
  .readonly()
  .meta({ id: "Alias", description: "Another name of an entity, and what kind of name it is." });

export const entitySchema = z
  .object({
    kind: z.literal("entity"),
    id: entityIdSchema,
    type: entityTypeSchema,
    name: text,
    nameNote: text.exactOptional(),
    aliases: readonlyArray(aliasSchema),
    description: text,
    provenance: provenanceSchema,
    inferred: inferredSchema.exactOptional(),
  })
  .readonly()
  .meta({
    id: "Entity",
    description:
      "A person, country, organization, system or other thing the text names, with every name it goes by.",
  });

const literalValueSchema = [
  z.object({ kind: z.literal("string"), value: text }).readonly(),
  z.object({ kind: z.literal("number"), value: z.number() }).readonly(),
  z.object({ kind: z.literal("date"), value: z.string().regex(isoDate) }).readonly(),
] as const;

export const valueSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("entity"), id: entityIdSchema }).readonly(),
    ...literalValueSchema,
  ])
  .meta({
    id: "Value",
    description: "The object of a statement or a qualifier: an entity reference or a literal.",
  });

export const qualifierSchema = z
  .object({
    property: qualifierPropertySchema,
    value: valueSchema,
    note: text.exactOptional(),
  })
  .readonly()
  .meta({ id: "Qualifier", description: "Narrows a statement: a role, a count, a time, a condition, …" });

export const statementSchema = z
  .object({
    kind: z.literal("statement"),
    id: statementIdSchema,
    subject: entityIdSchema,
    predicate: predicateSchema,
    object: valueSchema,
    qualifiers: readonlyArray(qualifierSchema),
    summary: text,
    provenance: provenanceSchema,
    inferred: inferredSchema.exactOptional(),
  })
  .readonly()
  .meta({
    id: "Statement",
    description:
      "One fact as subject, predicate and object, narrowed by qualifiers, with the words that state it.",
  });

export const fuzzyDateSchema = z
  .object({
    value: z.string().regex(isoDateOrInterval),
    precision: datePrecisionSchema,
    earliest: z.iso.date(),
    latest: z.iso.date(),
    textAllows: dayBoundsSchema.meta({
      description:
        "The bounds the sentences alone allow; narrower earliest/latest come from the dataset's dateline, as the reasoning says.",
    }),
    basis: z.enum(["stated", "inferred"]),
    expression: sourceSpanSchema.exactOptional(),
    reasoning: text.exactOptional(),
    relativeTo: readonlyArray(eventIdSchema).exactOptional(),
    after: readonlyArray(eventIdSchema).exactOptional(),
  })
  .readonly()
  .meta({
    id: "FuzzyDate",
    description:
      "A date as precise as the text allows: value cut to precision (or an interval of two such values), inclusive day bounds.",
  });

export const participantSchema = z
  .object({ entity: entityIdSchema, role: text })
  .readonly()
  .meta({ id: "Participant", description: "An entity taking part in an event, and its role there." });

export const eventSchema = z
  .object({
    kind: z.literal("event"),
    id: eventIdSchema,
    title: text,
    summary: text,
    participants: readonlyArray(participantSchema),
    date: fuzzyDateSchema,
    status: z.enum(["happened", "ongoing", "scheduled"]),
    provenance: provenanceSchema,
    inferred: inferredSchema.exactOptional(),
  })
  .readonly()
  .meta({
    id: "Event",
    description:
      "Something that happened, is ongoing or is scheduled, dated as precisely as the text allows.",
  });

export const topicSchema = z
  .object({
    kind: z.literal("topic"),
    id: topicIdSchema,
    label: text,
    proposition: text,
  })
  .readonly()
  .meta({ id: "Topic", description: "A question the parties take positions on, put as a proposition." });

export const claimSchema = z
  .object({
    kind: z.literal("claim"),
    id: claimIdSchema,
    claimant: entityIdSchema,
    speaker: entityIdSchema.exactOptional(),
    topic: topicIdSchema,
    stance: stanceSchema,
    text,
    respondsTo: readonlyArray(claimIdSchema),
    provenance: provenanceSchema,
    inferred: inferredSchema.exactOptional(),
  })
  .readonly()
  .meta({
    id: "Claim",
    description: "A position a party holds on a topic, with its stance and the claims it answers.",
  });

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
  .meta({
    id: "Quote",
    description: "Words a person said, directly or reported, with the occasion where the text gives it.",
  });

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
