import { describe, expect, it } from "vitest";
import { dataset } from "../facts/index.js";
import { meta } from "../index.js";
import type { Dataset } from "../model/record.js";
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
});
