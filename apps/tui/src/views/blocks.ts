/** Turns records into the blocks the panes draw: pure functions of the data, so they are easy to test. */
import type { Claim, Entity, EntityType, Event, Quote, RecordKind, S400Record, Statement } from "@s400/data";
import { predicateLabels } from "@s400/data";
import type { LinkBlock } from "../components/block-pane.js";
import type { Neighbour, ProvenanceView } from "../data/source.js";
import {
  formatDate,
  formatValue,
  type Names,
  nameOf,
  readable,
  recordTitle,
  spansOf,
  type Titles,
} from "../format.js";
import { sourceRoute } from "../navigation.js";
import { optional } from "../optional.js";
import { type Segment, seg } from "../text.js";

/** A heading the cursor skips. */
export function heading(key: string, text: string): LinkBlock {
  return { key: `h-${key}`, segments: [seg(text, "accent")], selectable: false };
}

/** A note the cursor skips. */
export function note(key: string, segments: readonly Segment[]): LinkBlock {
  return { key: `n-${key}`, segments, selectable: false, indent: 2 };
}

/** The width of a field's label, so values line up. */
const LABEL = 12;

/** A labelled field: the label dim and padded, the value after it; continuation lines line up with the value. */
export function field(key: string, label: string, value: readonly Segment[]): LinkBlock {
  return {
    key: `f-${key}`,
    segments: [seg(`${label} `.padEnd(LABEL), "dim"), ...value],
    selectable: false,
    indent: LABEL,
  };
}

/** An entity type as a reader names it: "Person", "Organisation". */
export function typeLabel(type: EntityType | string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** A line that opens a record and jumps to its sentence. */
export function recordLink(record: S400Record, names: Names, prefix?: string): LinkBlock {
  const spans = spansOf(record);
  return {
    key: `r-${record.id}`,
    segments: [...(prefix ? [seg(`${prefix} `, "dim")] : []), seg(recordTitle(record, names))],
    open: { view: "record", id: record.id, kind: record.kind },
    ...optional("cites", spans.length > 0 ? spans : undefined),
    indent: 2,
  };
}

/** A link to an entity by id. */
export function entityLink(key: string, id: string, names: Names, label: string): LinkBlock {
  return {
    key: `e-${key}-${id}`,
    segments: [seg(`${label} `.padEnd(LABEL), "dim"), seg(nameOf(names, id), "link")],
    open: { view: "record", id, kind: "entity" },
    indent: LABEL,
  };
}

/** The sentences a record cites, each with the cited words marked. */
export function provenanceBlocks(views: readonly ProvenanceView[]): LinkBlock[] {
  return views.map((view, i) => ({
    key: `p-${i}-${view.span.sourceId}-${view.span.start}`,
    segments: [seg(`${view.source.id} `, "dim"), seg(view.before), seg(view.exact, "mark"), seg(view.after)],
    open: sourceRoute([view.span]),
    cites: [view.span],
    indent: 4,
  }));
}

/** A link to any record by id, named by its title. */
function titledLink(key: string, id: string, titles: Titles, label: string, kind: RecordKind): LinkBlock {
  return {
    key: `l-${key}-${id}`,
    segments: [seg(`${label} `.padEnd(LABEL), "dim"), seg(titles.get(id) ?? "another record", "link")],
    open: { view: "record", id, kind },
    indent: LABEL,
  };
}

function fieldsOf(record: S400Record, names: Names, titles: Titles): LinkBlock[] {
  switch (record.kind) {
    case "source":
      return [note("text", [seg(record.text)])];
    case "entity":
      return [
        field("type", "type", [seg(record.type)]),
        ...(record.nameNote ? [field("name-note", "name", [seg(record.nameNote)])] : []),
        field("aliases", "also", [seg(record.aliases.map((a) => a.text).join(" · ") || "—")]),
        note("description", [seg(record.description)]),
      ];
    case "statement":
      return statementFields(record, names);
    case "event":
      return eventFields(record, names, titles);
    case "topic":
      return [field("proposition", "question", [seg(record.proposition)])];
    case "claim":
      return claimFields(record, names, titles);
    case "quote":
      return quoteFields(record, names);
  }
}

function statementFields(statement: Statement, names: Names): LinkBlock[] {
  return [
    entityLink("subject", statement.subject, names, "who"),
    field("predicate", "relation", [seg(predicateLabels[statement.predicate])]),
    statement.object.kind === "entity"
      ? entityLink("object", statement.object.id, names, "whom")
      : field("object", "what", [seg(formatValue(statement.object, names))]),
    ...statement.qualifiers.map((q, i) =>
      q.value.kind === "entity"
        ? entityLink(`q${i}`, q.value.id, names, q.property)
        : field(`q${i}`, q.property, [seg(q.note ?? formatValue(q.value, names))]),
    ),
  ];
}

function eventFields(event: Event, names: Names, titles: Titles): LinkBlock[] {
  return [
    field("date", "date", [seg(formatDate(event.date), "bold"), seg(` ${event.status}`, "dim")]),
    ...(event.date.reasoning
      ? [field("reasoning", "inferred", [seg(readable(event.date.reasoning, titles))])]
      : []),
    ...(event.date.expression
      ? [field("expression", "text says", [seg(`“${event.date.expression.exact}”`)])]
      : []),
    note("summary", [seg(event.summary)]),
    ...event.participants.map((p) => entityLink(`p-${p.role}`, p.entity, names, p.role)),
    ...(event.date.relativeTo ?? []).map((id) => titledLink("rel", id, titles, "dated from", "event")),
  ];
}

function claimFields(claim: Claim, names: Names, titles: Titles): LinkBlock[] {
  return [
    field("stance", "stance", [
      seg(claim.stance, "bold"),
      seg(" on ", "dim"),
      seg(titles.get(claim.topic) ?? "its topic"),
    ]),
    entityLink("claimant", claim.claimant, names, "held by"),
    ...(claim.speaker ? [entityLink("speaker", claim.speaker, names, "voiced by")] : []),
    ...claim.respondsTo.map((id) => titledLink("resp", id, titles, "answers", "claim")),
  ];
}

function quoteFields(quote: Quote, names: Names): LinkBlock[] {
  return [
    entityLink("speaker", quote.speaker, names, "speaker"),
    ...(quote.onBehalfOf ? [entityLink("for", quote.onBehalfOf, names, "for")] : []),
    field("mode", "speech", [seg(quote.mode === "direct" ? "direct" : "reported")]),
    ...(quote.occasion ? [field("occasion", "occasion", [seg(quote.occasion)])] : []),
  ];
}

/** Everything about one record: its title once, its fields, the records it links to, and the words it cites. */
export function recordBlocks(
  record: S400Record,
  provenance: readonly ProvenanceView[],
  names: Names,
  titles: Titles,
): LinkBlock[] {
  const spans = spansOf(record);
  return [
    // The title is where the cursor starts, so the pane opens at its top; g on it shows all its cited words.
    {
      ...heading("title", recordTitle(record, names)),
      selectable: true,
      ...optional("cites", spans.length > 0 ? spans : undefined),
    },
    ...fieldsOf(record, names, titles),
    ...(provenance.length > 0 ? [heading("cited", `Cited words (${provenance.length})`)] : []),
    ...provenanceBlocks(provenance),
  ];
}

/** An entity with the statements about it, its neighbours, its quotes and its mentions. */
export function entityBlocks(
  entity: Entity,
  detail: {
    readonly statements: readonly Statement[];
    readonly neighbours: readonly Neighbour[];
    readonly quotes: readonly Quote[];
    readonly provenance: readonly ProvenanceView[];
  },
  names: Names,
): LinkBlock[] {
  return [
    { ...heading("name", entity.name), selectable: true, cites: entity.provenance },
    ...fieldsOf(entity, names, new Map()),
    heading("statements", `Statements (${detail.statements.length})`),
    ...detail.statements.map((s) => recordLink(s, names)),
    heading("neighbours", `Neighbours (${detail.neighbours.length})`),
    ...detail.neighbours.map((n) => ({
      key: `nb-${n.entity.id}`,
      segments: [
        seg(n.entity.name, "link"),
        seg(
          ` ${n.entity.type} · ${n.statements.length} statement${n.statements.length === 1 ? "" : "s"}`,
          "dim",
        ),
      ],
      open: { view: "record", id: n.entity.id, kind: "entity" } as const,
      cites: n.entity.provenance,
      indent: 2,
    })),
    ...(detail.quotes.length > 0 ? [heading("quotes", `Quotes (${detail.quotes.length})`)] : []),
    ...detail.quotes.map((q) => recordLink(q, names)),
    heading("mentions", `Mentioned in (${detail.provenance.length})`),
    ...provenanceBlocks(detail.provenance),
  ];
}
