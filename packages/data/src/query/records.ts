/** Any record by id, and its provenance with the words around each span. */

import { requireText } from "../arguments.js";
import { S400Error } from "../errors.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { S400Record } from "../model/record.js";
import type { Source } from "../model/source.js";
import type { SourceSpan } from "../model/span.js";
import { sourceIn } from "./sources.js";

/** One span of a record's provenance, with its sentence and the text before and after it. */
export interface ProvenanceView {
  readonly span: SourceSpan;
  readonly source: Source;
  /** The sentence up to the span. */
  readonly before: string;
  /** The words of the span (`source.text.slice(span.start, span.end)`). */
  readonly exact: string;
  /** The sentence after the span. */
  readonly after: string;
}

/** The record with this id, of any kind; NOT_FOUND otherwise. */
export function getRecordIn(index: DatasetIndex, id: string): S400Record {
  requireText(id, "id");
  const record = index.records.get(id) ?? index.records.get(id.trim().toLowerCase());
  if (record === undefined)
    throw new S400Error("NOT_FOUND", `No record has the id ${JSON.stringify(id)}`, "id");
  return record;
}

function viewOf(index: DatasetIndex, span: SourceSpan): ProvenanceView {
  const source = sourceIn(index, span.sourceId, "span.sourceId");
  const exact = source.text.slice(span.start, span.end);
  return Object.freeze({
    span,
    source,
    before: source.text.slice(0, span.start),
    exact,
    after: source.text.slice(span.end),
  });
}

/**
 * The spans a record rests on, each with its sentence split around it. A source sentence is its own
 * provenance (one span over the whole sentence); a topic has none.
 */
export function provenanceIn(
  index: DatasetIndex,
  recordOrId: S400Record | string,
): readonly ProvenanceView[] {
  const record = typeof recordOrId === "string" ? getRecordIn(index, recordOrId) : recordOrId;
  if (record === null || typeof record !== "object" || typeof record.kind !== "string") {
    throw new S400Error("INVALID_ARGUMENT", "provenance() needs a record or a record id", "recordOrId");
  }
  if (record.kind === "topic") return Object.freeze([]);
  if (record.kind === "source") {
    const span = Object.freeze({
      sourceId: record.id,
      start: 0,
      end: record.text.length,
      exact: record.text,
    });
    return Object.freeze([viewOf(index, span)]);
  }
  return Object.freeze(record.provenance.map((span) => viewOf(index, span)));
}

/** A record and its provenance, sentence by sentence: what `/v1/records/{id}` and the TUI's record page show. */
export interface RecordWithProvenance {
  readonly record: S400Record;
  readonly provenance: readonly ProvenanceView[];
}

/** The record (or the record with this id) together with `provenanceIn` of it. */
export function recordWithProvenanceIn(
  index: DatasetIndex,
  recordOrId: S400Record | string,
): RecordWithProvenance {
  const record = typeof recordOrId === "string" ? getRecordIn(index, recordOrId) : recordOrId;
  return Object.freeze({ record, provenance: provenanceIn(index, record) });
}
