/** The tables a build ships for the bundled dataset, used only where they describe the dataset indexed. */
import { dataset } from "../facts/index.js";
import type { Dataset } from "../model/record.js";
import type { DatasetIndex } from "./dataset-index.js";

/**
 * A reader of shipped tables: the function returned gives, for an index, the tables parsed from `json` (once) when the
 * index is of the bundled dataset (frozen, so unchanged since the build) and `ids(tables)` lists the
 * same records, in the same order, as `records(dataset)`; anything else is left to be built.
 */
export function shippedTablesOf<T>(
  json: string,
  ids: (tables: T) => readonly (string | undefined)[],
  records: (dataset: Dataset) => readonly { readonly id: string }[],
): (index: DatasetIndex) => T | undefined {
  let shipped: T | undefined;
  return (index) => {
    if (index.dataset !== dataset) return undefined;
    shipped ??= JSON.parse(json) as T;
    const listed = ids(shipped);
    const own = records(dataset);
    const fits = own.length === listed.length && own.every((r, i) => r.id === listed[i]);
    return fits ? shipped : undefined;
  };
}
