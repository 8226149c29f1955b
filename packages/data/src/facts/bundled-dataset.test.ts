import { describe, expect, it } from "vitest";
import { datasetJSON } from "./bundled-dataset.js";
import { dataset } from "./index.js";
import { datasetParts } from "./parts.js";

describe("the dataset the package loads", () => {
  it("is the JSON of the records as written (rerun the build if this fails)", () => {
    expect(JSON.parse(datasetJSON)).toStrictEqual(datasetParts);
  });

  it("is printable ASCII with no apostrophe, so the bundle holds it as a plain string", () => {
    expect(datasetJSON).toMatch(/^[\x20-\x7e]*$/);
    expect(datasetJSON).not.toContain("'");
    expect(datasetJSON).toContain("\\u0130smail"); // İsmail, escaped inside the JSON
  });

  it("holds every part of the written records and a version, deeply frozen", () => {
    const { version, ...parts } = dataset;
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(parts).toStrictEqual(datasetParts);
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value !== "object" || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    };
    walk(dataset, "dataset");
    expect(unfrozen).toEqual([]);
  });
});
