/** The source sentences, and the records that cite each. */

import { requireText } from "../arguments.js";
import { S400Error } from "../errors.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { S400Record } from "../model/record.js";
import type { Source } from "../model/source.js";

const NONE: readonly S400Record[] = Object.freeze([]);

/** The source sentences in file order. */
export function sourcesIn(index: DatasetIndex): readonly Source[] {
  const all = index.dataset.sources;
  return Object.isFrozen(all) ? all : Object.freeze([...all]);
}

/** The source sentence with this id (`s01` … `s15`); NOT_FOUND otherwise. */
export function sourceIn(index: DatasetIndex, id: string, argument = "id"): Source {
  requireText(id, argument);
  const found = index.sources.get(id.trim().toLowerCase());
  if (found === undefined)
    throw new S400Error("NOT_FOUND", `No source sentence has the id ${JSON.stringify(id)}`, argument);
  return found;
}

/** The records whose provenance cites the sentence: entities, then statements, events, claims, quotes. */
export function citingIn(index: DatasetIndex, sourceId: string): readonly S400Record[] {
  const { id } = sourceIn(index, sourceId, "sourceId");
  return index.citing.get(id) ?? NONE;
}

/** A source sentence and every record that cites it: what `/v1/sources/{id}` and the TUI's source page show. */
export interface SourceWithCiting {
  readonly source: Source;
  readonly citing: readonly S400Record[];
}

/** The sentence with this id together with `citingIn` of it. */
export function sourceWithCitingIn(index: DatasetIndex, id: string): SourceWithCiting {
  const source = sourceIn(index, id);
  return Object.freeze({ source, citing: citingIn(index, source.id) });
}
