import { describe, expect, it } from "vitest";
import { scaledDataset } from "../../bench/synthetic.mjs";
import { dataset } from "../facts/index.js";
import { createQueries } from "../index.js";

// The bench's scaling run rests on these synthetic datasets; check they are real copies of the story.
describe("scaled datasets for the bench", () => {
  const times = 3;
  const scaled = scaledDataset(dataset, times);
  const queries = createQueries(scaled);

  it("hold every record once per copy, with distinct ids", () => {
    for (const list of [
      "sources",
      "entities",
      "statements",
      "events",
      "topics",
      "claims",
      "quotes",
    ] as const) {
      expect(scaled[list]).toHaveLength(dataset[list].length * times);
      expect(new Set(scaled[list].map((r) => r.id)).size).toBe(scaled[list].length);
    }
  });

  it("point each copy's references at that copy's records", () => {
    expect(queries.getEntity("ssb-c2").kind).toBe("entity");
    expect(queries.citing("s09-c2").map((r) => r.id)).toEqual(queries.citing("s09").map((r) => `${r.id}-c2`));
    expect(queries.statementsAbout("ssb-c1").every((s) => s.id.endsWith("-c1"))).toBe(true);
  });

  it("keep lookups answering and the search finding each copy", () => {
    expect(queries.getEntity("Defence Industry Directorate").id).toBe("ssb");
    const hits = queries.search("Who runs the SSB?", { limit: 3 * times });
    expect(hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(["st-demir-heads-ssb", "st-demir-heads-ssb-c1"]),
    );
  });
});
