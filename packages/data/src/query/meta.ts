/** What a dataset is: its version, a content hash and how many records of each kind it holds. */

import { dataset as bundledDataset } from "../facts/index.js";
import { canonicalJson, continueFnv1a64, fnv1a64 } from "../hash.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { Dataset, RecordKind } from "../model/record.js";
import { recordKinds } from "../model/record.js";
import { bundledHashJSON } from "./bundled-hash.js";

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

/**
 * What the build worked out of the bundled dataset's canonical JSON: `before` is the `fnv1a64` of
 * the text before the version's value, `after` the text after it.
 */
interface BundledHash {
  readonly before: string;
  readonly after: string;
}

/**
 * `fnv1a64(canonicalJson(dataset))`. For the bundled dataset the build has hashed everything before
 * its version (`bundled-hash.ts`), so only `"version":"…"}` is left to hash: hashing the whole 78 kB
 * took about 25 ms of CPU in a cold process, and the terminal app paid it at start.
 */
function hashOf(dataset: Dataset): string {
  if (dataset === bundledDataset) {
    const { before, after } = JSON.parse(bundledHashJSON) as BundledHash;
    return continueFnv1a64(before, JSON.stringify(dataset.version) + after);
  }
  return fnv1a64(canonicalJson(dataset));
}

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
      hash: hashOf(dataset),
      counts: Object.freeze(counts),
    });
    memo.set(index, meta);
  }
  return meta;
}
