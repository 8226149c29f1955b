/** The zod schemas of what the queries return around the records: provenance views, positions, hits, meta. */
import { z } from "zod";
import { recordKinds } from "../model/record.js";
import {
  claimSchema,
  entitySchema,
  eventSchema,
  provenanceSchema,
  quoteSchema,
  recordKindSchema,
  sourceSchema,
  sourceSpanSchema,
  statementSchema,
  topicSchema,
  valueSchema,
} from "./records.js";

export const recordSchema = z
  .discriminatedUnion("kind", [
    sourceSchema,
    entitySchema,
    statementSchema,
    eventSchema,
    topicSchema,
    claimSchema,
    quoteSchema,
  ])
  .meta({ id: "Record", description: "Any record of the dataset, told apart by `kind`." });

export const provenanceViewSchema = z
  .object({
    span: sourceSpanSchema,
    source: sourceSchema,
    before: z.string().meta({ description: "The sentence up to the span." }),
    exact: z.string().meta({ description: "The words of the span." }),
    after: z.string().meta({ description: "The sentence after the span." }),
  })
  .readonly()
  .meta({ id: "ProvenanceView", description: "A cited span in the context of its sentence." });

export const recordWithProvenanceSchema = z
  .object({ record: recordSchema, provenance: z.array(provenanceViewSchema).readonly() })
  .readonly()
  .meta({ id: "RecordWithProvenance", description: "A record and the words of the sources it rests on." });

export const sourceWithCitingSchema = z
  .object({ source: sourceSchema, citing: z.array(recordSchema).readonly() })
  .readonly()
  .meta({
    id: "SourceWithCiting",
    description: "A source sentence and every record whose provenance cites it.",
  });

export const neighbourSchema = z
  .object({ entity: entitySchema, statements: z.array(statementSchema).readonly() })
  .readonly()
  .meta({ id: "Neighbour", description: "An entity linked to another, with the statements that link them." });

export const sideSchema = z
  .object({ party: entitySchema, claims: z.array(claimSchema).readonly() })
  .readonly()
  .meta({ id: "Side", description: "One party's claims on a topic." });

export const exchangeSchema = z
  .object({ claim: claimSchema, respondsTo: claimSchema })
  .readonly()
  .meta({ id: "Exchange", description: "A claim and a claim it answers." });

export const positionSchema = z
  .object({
    topic: topicSchema,
    sides: z.array(sideSchema).readonly(),
    exchanges: z.array(exchangeSchema).readonly(),
  })
  .readonly()
  .meta({ id: "Position", description: "Who holds what on a topic, and which claims answer each other." });

export const searchHitSchema = z
  .object({
    type: recordKindSchema,
    id: z.string().meta({ description: "The record's id." }),
    score: z.number().meta({ description: "How well the record matched; higher is better." }),
    record: recordSchema,
  })
  .readonly()
  .meta({ id: "SearchHit", description: "One search result: the record, its kind and id, and its score." });

export const answerSchema = z
  .object({
    text: z
      .string()
      .meta({ description: "The short answer, a dozen words at most.", example: "İsmail Demir" }),
    value: valueSchema,
    because: z
      .array(recordSchema)
      .readonly()
      .meta({ description: "The records that support it, best first." }),
    evidence: provenanceSchema,
    confidence: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: "How sure the answer is, 0..1 (see `answer()` for what lowers it)." }),
  })
  .readonly()
  .meta({
    id: "Answer",
    description:
      "A short answer to a question, the records that support it and the cited words that carry it.",
  });

const countsShape = Object.fromEntries(recordKinds.map((kind) => [kind, z.int().nonnegative()])) as {
  [K in (typeof recordKinds)[number]]: z.ZodInt;
};

export const datasetMetaSchema = z
  .object({
    version: z.string().meta({ description: "The `@s400/data` version the dataset was built with." }),
    hash: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .meta({ description: "FNV-1a 64-bit hex of the dataset's canonical JSON." }),
    counts: z.object(countsShape).readonly().meta({ description: "How many records of each kind." }),
  })
  .readonly()
  .meta({ id: "DatasetMeta", description: "The version, content hash and record counts of the dataset." });
