import { describe, expect, it } from "vitest";
import { S400Error } from "../errors.js";
import { dataset } from "../facts/index.js";
import type { Dataset } from "../model/record.js";
import { toAnnotations, toCsv, toJsonLd } from "./index.js";

const errorOf = (run: () => unknown): S400Error => {
  try {
    run();
  } catch (error) {
    if (error instanceof S400Error) return error;
    throw error;
  }
  throw new Error("expected an S400Error");
};

describe("the format generators' arguments", () => {
  it.each([
    ["toJsonLd", (d: unknown) => toJsonLd(d as Dataset)],
    ["toAnnotations", (d: unknown) => toAnnotations(d as Dataset)],
    ["toCsv", (d: unknown) => toCsv(d as Dataset)],
  ])("%s rejects anything but a dataset with an S400Error", (_name, run) => {
    for (const bad of [undefined, null, 42, "dataset", {}, { ...dataset, claims: "none" }]) {
      const error = errorOf(() => run(bad));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.argument).toBe("dataset");
    }
    expect(errorOf(() => run({ ...dataset, quotes: undefined })).message).toMatch(/missing quotes/);
  });

  it("rejects a base that is not an absolute IRI prefix", () => {
    for (const base of ["records/", "", "has space:x", 7]) {
      expect(errorOf(() => toJsonLd(dataset, { base } as { base: string })).argument).toBe("base");
      expect(errorOf(() => toAnnotations(dataset, { base } as { base: string })).code).toBe(
        "INVALID_ARGUMENT",
      );
    }
    expect(errorOf(() => toJsonLd(dataset, null as never)).argument).toBe("options");
    expect(toJsonLd(dataset, { base: "https://example.org/records/" })["@graph"][0]?.id).toBe(
      "https://example.org/records/dataset",
    );
  });
});
