/** The tables a build ships for the bundled dataset, used only where they describe the dataset indexed. */
import { dataset } from "../facts/index.js";
import type { Dataset } from "../model/record.js";
import type { DatasetIndex } from "./dataset-index.js";

/** Where shipped tables list their records: how many, and the id of the one at a position. */
export interface ShippedIds<T> {
  readonly count: (tables: T) => number;
  readonly idAt: (tables: T, at: number) => string | undefined;
}

/**
 * A reader of shipped tables: the function returned gives, for an index, the tables parsed from `json` (once) when the
 * index is of the bundled dataset (frozen, so unchanged since the build) and the tables list as
 * many records as `records(dataset)`, with the same first and last ids; anything else is left to
 * be built. The build writes the records and every table in one run, and the tests compare each
 * table in full with what the runtime builds; so this checks only what a stale file would change.
 * Comparing every id took 0.33 ms of a cold first answer, a loop the interpreter runs.
 */
export function shippedTablesOf<T>(
  json: string,
  ids: ShippedIds<T>,
  records: (dataset: Dataset) => readonly { readonly id: string }[],
): (index: DatasetIndex) => T | undefined {
  let shipped: T | undefined;
  return (index) => {
    if (index.dataset !== dataset) return undefined;
    shipped ??= JSON.parse(json) as T;
    const own = records(dataset);
    const n = ids.count(shipped);
    const fits =
      own.length === n && own[0]?.id === ids.idAt(shipped, 0) && own[n - 1]?.id === ids.idAt(shipped, n - 1);
    return fits ? shipped : undefined;
  };
}
