/** What a dataset is: its version, a content hash and how many records of each kind it holds. */

import { canonicalJson, fnv1a64 } from "../hash.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { RecordKind } from "../model/record.js";
import { recordKinds } from "../model/record.js";

/** The version, content hash and record counts of a dataset. */
export interface DatasetMeta {
  /** The `@s400/data` version the dataset was built with. */
  readonly version: string;
  /** FNV-1a 64-bit hex of the dataset's canonical JSON: changes whenever any record changes. */
  readonly hash: string;
  readonly counts: Readonly<Record<RecordKind, number>>;
}

const KIND_LISTS = {
  source: "sources",
  entity: "entities",
  statement: "statements",
  event: "events",
  topic: "topics",
  claim: "claims",
  quote: "quotes",
} as const satisfies Record<RecordKind, string>;

const memo = new WeakMap<DatasetIndex, DatasetMeta>();

/** The meta of a dataset, computed once per index. */
export function metaOf(index: DatasetIndex): DatasetMeta {
  let meta = memo.get(index);
  if (meta === undefined) {
    const { dataset } = index;
    const counts = {} as Record<RecordKind, number>;
    for (const kind of recordKinds) counts[kind] = dataset[KIND_LISTS[kind]].length;
    meta = Object.freeze({
      version: dataset.version,
      hash: fnv1a64(canonicalJson(dataset)),
      counts: Object.freeze(counts),
    });
    memo.set(index, meta);
  }
  return meta;
}
