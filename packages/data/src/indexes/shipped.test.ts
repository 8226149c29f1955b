import { describe, expect, it } from "vitest";
import { dataset } from "../facts/index.js";
import type { Dataset } from "../model/record.js";
import { DatasetIndex } from "./dataset-index.js";
import { shippedTablesOf } from "./shipped.js";

const ids = dataset.statements.map((s) => s.id);
const reader = (listed: readonly string[]) =>
  shippedTablesOf<{ ids: readonly string[] }>(
    JSON.stringify({ ids: listed }),
    { count: (t) => t.ids.length, idAt: (t, at) => t.ids[at] },
    (d) => d.statements,
  );

describe("shipped tables", () => {
  it("are read for the bundled dataset when they list its records", () => {
    expect(reader(ids)(new DatasetIndex(dataset))?.ids).toEqual(ids);
  });

  it("are left alone when they list more or fewer records, or others at either end", () => {
    const index = new DatasetIndex(dataset);
    expect(reader(ids.slice(1))(index)).toBeUndefined();
    expect(reader([...ids, "st-extra"])(index)).toBeUndefined();
    expect(reader(["st-other", ...ids.slice(1)])(index)).toBeUndefined();
    expect(reader([...ids.slice(0, -1), "st-other"])(index)).toBeUndefined();
  });

  it("are never read for another dataset, even a copy of the bundled one", () => {
    expect(reader(ids)(new DatasetIndex(structuredClone(dataset) as Dataset))).toBeUndefined();
  });
});
