import { describe, expect, it } from "vitest";
import { errorOf } from "../__fixtures__/errors.js";
import { tinyDataset } from "../__fixtures__/tiny-dataset.js";
import { dataset } from "../facts/index.js";
import { citing, source, sources } from "../index.js";
import { createQueries } from "./index.js";

describe("sources and source", () => {
  it("lists the 15 sentences in file order", () => {
    expect(sources().map((s) => s.line)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it("finds one sentence by id", () => {
    expect(source("s11").text).toContain("April 2017");
    expect(errorOf(() => source("s16")).code).toBe("NOT_FOUND");
    expect(errorOf(() => source("")).code).toBe("INVALID_ARGUMENT");
  });
});

describe("citing", () => {
  it("finds exactly the records whose provenance cites the sentence", () => {
    const withProvenance = [
      ...dataset.entities,
      ...dataset.statements,
      ...dataset.events,
      ...dataset.claims,
      ...dataset.quotes,
    ];
    for (const { id } of dataset.sources) {
      const expected = withProvenance.filter((r) => r.provenance.some((span) => span.sourceId === id));
      expect(citing(id)).toEqual(expected);
    }
  });

  it("lists each record once even when it cites the sentence twice", () => {
    const list = citing("s05");
    expect(new Set(list).size).toBe(list.length);
  });

  it("includes claims and quotes", () => {
    const tiny = createQueries(tinyDataset);
    expect(tiny.citing("s08").map((r) => r.id)).toContain("q-attack");
    expect(tiny.citing("s13").map((r) => r.kind)).toContain("claim");
  });

  it("rejects an unknown sentence", () => {
    expect(errorOf(() => citing("s99")).code).toBe("NOT_FOUND");
  });

  it("returns a frozen list", () => {
    expect(Object.isFrozen(citing("s09"))).toBe(true);
  });
});
