/** The dataset as JSON-LD: schema.org types, statements as RDF statements, provenance as W3C text selectors. */

import { S400Error } from "../errors.js";
import type { Claim, Topic } from "../model/claim.js";
import type { Dateline, FuzzyDate } from "../model/date.js";
import type { Entity, EntityType } from "../model/entity.js";
import type { Event } from "../model/event.js";
import type { Inference } from "../model/inference.js";
import type { Quote } from "../model/quote.js";
import type { Dataset, S400Record } from "../model/record.js";
import type { Source } from "../model/source.js";
import type { SourceSpan } from "../model/span.js";
import type { Qualifier, Statement, Value } from "../model/statement.js";
import { predicateLabels } from "../model/statement.js";
import { requireDataset, requireOptions } from "./arguments.js";
import { jsonLdContext } from "./context.js";
import { codePointRange, type FormatOptions, iriOf } from "./iri.js";
import { compact, type JsonObject, type JsonValue } from "./values.js";

/** One record as a JSON-LD document: the inline context and the record's node. */
export type JsonLdRecord = { readonly "@context": typeof jsonLdContext } & JsonObject;

/** A JSON-LD document: the inline context and one node per record, plus the cluster and the dataset. */
export interface JsonLdDocument {
  readonly "@context": typeof jsonLdContext;
  readonly "@graph": readonly JsonObject[];
}

/** The schema.org type of each entity type; `type` keeps the dataset's finer one. */
const schemaTypes = {
  person: "schema:Person",
  country: "schema:Country",
  organization: "schema:Organization",
  alliance: "schema:Organization",
  "political-party": "schema:PoliticalParty",
  "weapon-system": "schema:Product",
  body: "schema:Organization",
  group: "schema:Organization",
} as const satisfies Record<EntityType, string>;

/** XML Schema types of ISO 8601 dates cut to a precision. */
const dateTypes = { year: "xsd:gYear", month: "xsd:gYearMonth", day: "xsd:date" } as const;

class Writer {
  private readonly sentences: ReadonlyMap<string, string>;

  constructor(
    dataset: Dataset,
    private readonly options: FormatOptions,
  ) {
    this.sentences = new Map(dataset.sources.map((source) => [source.id, source.text]));
  }

  iri = (id: string): string => iriOf(id, this.options);
  ref = (id: string): JsonObject => ({ "@id": this.iri(id) });

  span = (span: SourceSpan): JsonObject => {
    const { start, end } = codePointRange(this.sentences.get(span.sourceId) ?? "", span);
    return {
      type: "oa:SpecificResource",
      hasSource: this.iri(span.sourceId),
      hasSelector: [
        { type: "oa:TextQuoteSelector", exact: span.exact },
        { type: "oa:TextPositionSelector", start, end },
      ],
    };
  };

  /** What every record with provenance carries: its spans in order, and what was inferred. */
  evidence = (record: { provenance: readonly SourceSpan[]; inferred?: readonly Inference[] }) => ({
    provenance: record.provenance.map(this.span),
    inferred: record.inferred?.map(({ about, reasoning }) => ({ type: "s400:Inference", about, reasoning })),
  });

  value = (value: Value): JsonValue => {
    switch (value.kind) {
      case "entity":
        return this.ref(value.id);
      case "date":
        return { "@value": value.value, "@type": dateTypes[precisionOf(value.value)] };
      default:
        return value.value;
    }
  };

  qualifier = (qualifier: Qualifier): JsonObject =>
    compact({
      type: "s400:Qualifier",
      property: qualifier.property,
      value: this.value(qualifier.value),
      note: qualifier.note,
    });

  date = (date: FuzzyDate): JsonObject =>
    compact({
      type: "s400:FuzzyDate",
      value: date.value,
      precision: date.precision,
      earliest: date.earliest,
      latest: date.latest,
      textAllows: {
        type: "s400:DayBounds",
        earliest: date.textAllows.earliest,
        latest: date.textAllows.latest,
      },
      basis: date.basis,
      expression: date.expression && this.span(date.expression),
      reasoning: date.reasoning,
      relativeTo: date.relativeTo?.map(this.iri),
      after: date.after?.map(this.iri),
    });

  source = (source: Source): JsonObject => ({
    id: this.iri(source.id),
    type: "schema:CreativeWork",
    position: source.line,
    text: source.text,
    isPartOf: this.iri("cluster"),
  });

  entity = (entity: Entity): JsonObject =>
    compact({
      id: this.iri(entity.id),
      type: [schemaTypes[entity.type], "s400:Entity"],
      entityType: entity.type,
      name: entity.name,
      nameNote: entity.nameNote,
      alternateName: entity.aliases.map((alias) => alias.text),
      aliases: entity.aliases.map((alias) => ({
        type: "s400:Alias",
        text: alias.text,
        aliasKind: alias.kind,
      })),
      description: entity.description,
      ...this.evidence(entity),
    });

  statement = (statement: Statement): JsonObject =>
    compact({
      id: this.iri(statement.id),
      type: ["rdf:Statement", "s400:Statement"],
      subject: this.iri(statement.subject),
      predicate: `s400:${statement.predicate}`,
      predicateLabel: predicateLabels[statement.predicate],
      object: this.value(statement.object),
      qualifiers: statement.qualifiers.map(this.qualifier),
      description: statement.summary,
      ...this.evidence(statement),
    });

  event = (event: Event): JsonObject =>
    compact({
      id: this.iri(event.id),
      type: ["schema:Event", "s400:Event"],
      name: event.title,
      description: event.summary,
      // schema:startDate holds one period; an interval of bounds stays in `date` only.
      startDate: event.date.value.includes("/")
        ? undefined
        : { "@value": event.date.value, "@type": dateTypes[event.date.precision] },
      date: this.date(event.date),
      eventStatus: event.status === "scheduled" ? "schema:EventScheduled" : undefined,
      status: event.status,
      participants: event.participants.map((p) => ({
        type: "schema:Role",
        roleName: p.role,
        agent: this.iri(p.entity),
      })),
      ...this.evidence(event),
    });

  topic = (topic: Topic): JsonObject => ({
    id: this.iri(topic.id),
    type: ["schema:Question", "s400:Topic"],
    name: topic.label,
    text: topic.proposition,
  });

  claim = (claim: Claim): JsonObject =>
    compact({
      id: this.iri(claim.id),
      type: ["schema:Claim", "s400:Claim"],
      text: claim.text,
      claimant: this.iri(claim.claimant),
      speaker: claim.speaker && this.iri(claim.speaker),
      about: this.iri(claim.topic),
      stance: claim.stance,
      respondsTo: claim.respondsTo.map(this.iri),
      ...this.evidence(claim),
    });

  quote = (quote: Quote): JsonObject =>
    compact({
      id: this.iri(quote.id),
      type: ["schema:Quotation", "s400:Quote"],
      text: quote.text,
      spokenByCharacter: this.iri(quote.speaker),
      onBehalfOf: quote.onBehalfOf && this.iri(quote.onBehalfOf),
      mode: quote.mode,
      occasion: quote.occasion,
      recordedAt: quote.event && this.iri(quote.event),
      ...this.evidence(quote),
    });

  cluster = (dataset: Dataset): JsonObject => ({
    id: this.iri("cluster"),
    type: "schema:CreativeWork",
    name: "The S-400 sanctions cluster",
    description:
      "Fifteen sentences from several news outlets' reports of the US sanctions on Turkey's SSB over the S-400, and the proposed joint working group.",
    hasPart: dataset.sources.map((source) => this.iri(source.id)),
    datePublished: { "@value": dataset.dateline.value, "@type": dateTypes[dataset.dateline.precision] },
    dateline: dateline(dataset.dateline),
  });

  whole = (dataset: Dataset): JsonObject => ({
    id: this.iri("dataset"),
    type: "schema:Dataset",
    name: "@s400/data",
    version: dataset.version,
    isBasedOn: this.iri("cluster"),
  });
}

const dateline = (d: Dateline): JsonObject => ({
  type: "s400:Dateline",
  text: d.text,
  value: d.value,
  precision: d.precision,
  earliest: d.earliest,
  latest: d.latest,
  basis: d.basis,
  note: d.note,
});

const precisionOf = (value: string) =>
  (["year", "month", "day"] as const)[value.split("-").length - 1] ?? "day";

/**
 * The whole dataset as one JSON-LD document with an inline context: every record a node with a stable IRI
 * (`base` + id), keeping its provenance as W3C text selectors on the sentence it cites.
 *
 * Throws `S400Error` (`INVALID_ARGUMENT`) for anything but a dataset, or a `base` that is not an absolute IRI.
 *
 * @example
 * ```ts
 * import { dataset } from "@s400/data";
 * import { toJsonLd } from "@s400/data/formats";
 * const doc = toJsonLd(dataset);
 * doc["@graph"].find((node) => node.id === "urn:s400:ssb")?.type; // ["schema:Organization", "s400:Entity"]
 * ```
 */
export function toJsonLd(dataset: Dataset, options?: FormatOptions): JsonLdDocument {
  requireDataset(dataset);
  const w = new Writer(dataset, requireOptions(options));
  return {
    "@context": jsonLdContext,
    "@graph": [
      w.whole(dataset),
      w.cluster(dataset),
      ...dataset.sources.map(w.source),
      ...dataset.entities.map(w.entity),
      ...dataset.statements.map(w.statement),
      ...dataset.events.map(w.event),
      ...dataset.topics.map(w.topic),
      ...dataset.claims.map(w.claim),
      ...dataset.quotes.map(w.quote),
    ],
  };
}

/** The node of any one record. */
function nodeOf(w: Writer, record: S400Record): JsonObject {
  switch (record.kind) {
    case "source":
      return w.source(record);
    case "entity":
      return w.entity(record);
    case "statement":
      return w.statement(record);
    case "event":
      return w.event(record);
    case "topic":
      return w.topic(record);
    case "claim":
      return w.claim(record);
    case "quote":
      return w.quote(record);
  }
}

/**
 * One record (by its id) as a JSON-LD document with the same inline context and IRIs as `toJsonLd`, for an
 * `Accept: application/ld+json` answer. Throws `S400Error` (`NOT_FOUND`) for an unknown id.
 *
 * @example
 * ```ts
 * import { dataset } from "@s400/data";
 * import { recordToJsonLd } from "@s400/data/formats";
 * recordToJsonLd(dataset, "ismail-demir").type; // ["schema:Person", "s400:Entity"]
 * ```
 */
export function recordToJsonLd(dataset: Dataset, id: string, options?: FormatOptions): JsonLdRecord {
  requireDataset(dataset);
  const lists = [
    dataset.sources,
    dataset.entities,
    dataset.statements,
    dataset.events,
    dataset.topics,
    dataset.claims,
    dataset.quotes,
  ] as const;
  const record = lists.flatMap((list): readonly S400Record[] => list).find((r) => r.id === id);
  if (record === undefined) throw new S400Error("NOT_FOUND", `no record with id ${JSON.stringify(id)}`, "id");
  return { "@context": jsonLdContext, ...nodeOf(new Writer(dataset, requireOptions(options)), record) };
}
