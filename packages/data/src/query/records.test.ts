import { describe, expect, it } from "vitest";
import { errorOf } from "../__fixtures__/errors.js";
import { dataset } from "../facts/index.js";
import { getRecord, provenance } from "../index.js";
import type { S400Record } from "../model/record.js";

const all: S400Record[] = [
  ...dataset.sources,
  ...dataset.entities,
  ...dataset.statements,
  ...dataset.events,
  ...dataset.topics,
  ...dataset.claims,
  ...dataset.quotes,
];

describe("getRecord", () => {
  it("finds a record of every kind by its id", () => {
    const seen = new Set<string>();
    for (const record of all) {
      // Ids are unique across kinds except where the data reuses one; the first kind listed wins.
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      expect(getRecord(record.id)).toBe(record);
    }
  });

  it("throws NOT_FOUND for an unknown id and INVALID_ARGUMENT for an empty one", () => {
    expect(errorOf(() => getRecord("st-nothing")).code).toBe("NOT_FOUND");
    expect(errorOf(() => getRecord("")).code).toBe("INVALID_ARGUMENT");
  });
});

describe("provenance", () => {
  it("splits each cited sentence around its span", () => {
    for (const record of all) {
      for (const view of provenance(record)) {
        expect(view.before + view.exact + view.after).toBe(view.source.text);
        expect(view.exact).toBe(view.span.exact);
        expect(view.source.id).toBe(view.span.sourceId);
      }
    }
  });

  it("accepts a record or its id", () => {
    expect(provenance("ssb")).toEqual(provenance(getRecord("ssb")));
    const ssb = getRecord("ssb");
    if (ssb.kind !== "entity") throw new Error("ssb is not an entity");
    expect(provenance("ssb")).toHaveLength(ssb.provenance.length);
  });

  it("treats a source as its own provenance and gives a topic none", () => {
    const [view] = provenance("s08");
    expect(view?.exact).toBe(view?.source.text);
    expect(view?.before).toBe("");
    const topic = dataset.topics[0];
    if (topic !== undefined) expect(provenance(topic)).toEqual([]);
  });

  it("rejects an unknown id or something that is not a record", () => {
    expect(errorOf(() => provenance("nope")).code).toBe("NOT_FOUND");
    expect(errorOf(() => provenance(null as unknown as string)).code).toBe("INVALID_ARGUMENT");
  });

  it("returns frozen views", () => {
    const views = provenance("ssb");
    expect(Object.isFrozen(views)).toBe(true);
    expect(Object.isFrozen(views[0])).toBe(true);
  });
});
