import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "../facts/index.js";
import { canonicalJson, fnv1a64 } from "../hash.js";
import { meta } from "../index.js";
import type { Dataset } from "../model/record.js";
import { bundledHashJSON } from "./bundled-hash.js";
import { createQueries } from "./index.js";

describe("meta", () => {
  it("counts the records of each kind", () => {
    expect(meta().counts).toEqual({
      source: dataset.sources.length,
      entity: dataset.entities.length,
      statement: dataset.statements.length,
      event: dataset.events.length,
      topic: dataset.topics.length,
      claim: dataset.claims.length,
      quote: dataset.quotes.length,
    });
    expect(meta().version).toBe(dataset.version);
  });

  it("gives a 16-hex-digit hash that is stable across calls and indexes", () => {
    expect(meta().hash).toMatch(/^[0-9a-f]{16}$/);
    expect(meta()).toBe(meta());
    expect(createQueries(dataset).meta().hash).toBe(meta().hash);
  });

  it("changes the hash when any record changes", () => {
    const [first, ...rest] = dataset.sources;
    if (first === undefined) throw new Error("no sources");
    const changed: Dataset = { ...dataset, sources: [{ ...first, text: `${first.text} ` }, ...rest] };
    expect(createQueries(changed).meta().hash).not.toBe(meta().hash);
  });

  it("gives the bundled dataset the hash the runtime computes for any dataset", () => {
    expect(meta().hash).toBe(fnv1a64(canonicalJson(dataset)));
    // A copy is hashed from its records, and comes to the same hash; another version to another.
    expect(createQueries(structuredClone(dataset) as Dataset).meta().hash).toBe(meta().hash);
    const bumped = { ...structuredClone(dataset), version: "99.0.0" } as Dataset;
    expect(createQueries(bumped).meta().hash).toBe(fnv1a64(canonicalJson(bumped)));
    expect(createQueries(bumped).meta().hash).not.toBe(meta().hash);
  });

  it("ships the hash of the records as they read now (rerun the build if this fails)", () => {
    const text = canonicalJson(dataset);
    const tail = `${JSON.stringify(dataset.version)}}`;
    expect(text.endsWith(`"version":${tail}`)).toBe(true);
    expect(JSON.parse(bundledHashJSON)).toEqual({
      before: fnv1a64(text.slice(0, text.length - tail.length)),
      after: "}",
    });
  });

  it("gives the built bundle, stamped with the package's version, the hash of its own dataset", async () => {
    const built = new URL("../../dist/index.js", import.meta.url);
    if (!existsSync(built)) throw new Error("dist/index.js is missing: build first (pnpm turbo run build)");
    const bundle = (await import(built.href)) as typeof import("../index.js");
    expect(bundle.dataset.version).not.toBe(dataset.version);
    expect(bundle.meta().hash).toBe(fnv1a64(canonicalJson(bundle.dataset)));
    expect(bundle.meta().counts).toEqual(meta().counts);
  });
});
