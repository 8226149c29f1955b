import { describe, expect, it } from "vitest";
import { tinyDataset } from "../__fixtures__/tiny-dataset.js";
import { dataset } from "../facts/index.js";
import { meta, timeline } from "../index.js";
import type { Dataset } from "../model/record.js";
import { createQueries } from "./index.js";

describe("createQueries", () => {
  it("answers over the dataset it is given, apart from the bundled one", () => {
    const tiny = createQueries(tinyDataset);
    expect(tiny.timeline().map((e) => e.id)).toContain("ev-a-wednesday");
    expect(timeline().map((e) => e.id)).not.toContain("ev-a-wednesday");
    expect(tiny.search("sovereign rights", { types: ["quote"] })[0]?.id).toBe("q-attack");
    expect(tiny.meta().counts.event).toBe(tinyDataset.events.length);
    expect(tiny.meta().hash).not.toBe(meta().hash);
  });

  it("freezes the dataset it is given, deeply", () => {
    const copy: Dataset = JSON.parse(JSON.stringify(dataset));
    const queries = createQueries(copy);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(Object.isFrozen(copy.entities[0]?.aliases)).toBe(true);
    expect(queries.getEntity("ssb")).toBe(copy.entities.find((e) => e.id === "ssb"));
  });

  it("gives the same answers as the package functions for the bundled dataset", () => {
    const own = createQueries(dataset);
    expect(own.getEntity("Ankara")).toBe(dataset.entities.find((e) => e.id === "turkey"));
    expect(own.search("Who runs the SSB?")).toEqual(createQueries(dataset).search("Who runs the SSB?"));
    expect(own.meta().hash).toBe(meta().hash);
  });

  it("hands out a frozen meta", () => {
    const m = meta();
    expect(Object.isFrozen(m)).toBe(true);
    expect(() => {
      (m.counts as Record<string, number>).entity = 0;
    }).toThrow(TypeError);
    expect(meta().counts.entity).toBe(dataset.entities.length);
  });
});
