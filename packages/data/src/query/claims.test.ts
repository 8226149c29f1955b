import { describe, expect, it } from "vitest";
import { errorOf } from "../__fixtures__/errors.js";
import { tinyDataset } from "../__fixtures__/tiny-dataset.js";
import { dataset } from "../facts/index.js";
import { claims, positions, topics } from "../index.js";
import { createQueries } from "./index.js";

const tiny = createQueries(tinyDataset);
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe("topics", () => {
  it("lists every topic", () => {
    expect(topics()).toEqual(dataset.topics);
    expect(ids(topics())).toContain("s400-nato-compatibility");
  });
});

describe("claims", () => {
  it("lists every claim in dataset order by default", () => {
    expect(claims()).toEqual(dataset.claims);
    expect(ids(tiny.claims())).toEqual([
      "cl-us-incompatible",
      "cl-turkey-not-integrated",
      "cl-turkey-no-threat",
    ]);
  });

  it("narrows by party or speaker, by any of their names", () => {
    expect(ids(tiny.claims({ by: "Ankara" }))).toEqual(["cl-turkey-not-integrated", "cl-turkey-no-threat"]);
    expect(ids(tiny.claims({ by: "US officials" }))).toEqual(["cl-us-incompatible"]);
  });

  it("narrows by topic and stance, and gives an empty list when nothing matches", () => {
    expect(ids(tiny.claims({ about: "s400-nato-compatibility", stance: "against" }))).toEqual([
      "cl-us-incompatible",
    ]);
    expect(tiny.claims({ stance: "mixed" })).toEqual([]);
    expect(tiny.claims({ by: "russia" })).toEqual([]);
  });

  it("rejects unknown parties, topics and stances", () => {
    expect(errorOf(() => claims({ by: "nobody" })).code).toBe("NOT_FOUND");
    expect(errorOf(() => claims({ about: "weather" })).code).toBe("NOT_FOUND");
    expect(errorOf(() => claims({ stance: "maybe" as never })).code).toBe("INVALID_ARGUMENT");
  });
});

describe("positions", () => {
  it("sets each party's claims on a topic side by side", () => {
    const [position] = tiny.positions("s400-nato-compatibility");
    expect(position?.topic.id).toBe("s400-nato-compatibility");
    expect(position?.sides.map((s) => [s.party.id, ids(s.claims)])).toEqual([
      ["united-states", ["cl-us-incompatible"]],
      ["turkey", ["cl-turkey-not-integrated", "cl-turkey-no-threat"]],
    ]);
  });

  it("links the claims that answer each other", () => {
    const [position] = tiny.positions("s400-nato-compatibility");
    expect(position?.exchanges.map((e) => [e.claim.id, e.respondsTo.id])).toEqual([
      ["cl-turkey-not-integrated", "cl-us-incompatible"],
      ["cl-turkey-no-threat", "cl-us-incompatible"],
    ]);
  });

  it("covers every topic when none is given; a topic without claims has no sides", () => {
    const all = tiny.positions();
    expect(all.map((p) => p.topic.id)).toEqual(dataset.topics.map((t) => t.id));
    const quiet = all.find((p) => p.topic.id !== "s400-nato-compatibility");
    if (quiet !== undefined) expect(quiet.sides).toEqual([]);
    expect(positions().length).toBe(dataset.topics.length);
  });

  it("rejects an unknown topic", () => {
    expect(errorOf(() => positions("weather")).code).toBe("NOT_FOUND");
    expect(errorOf(() => positions("")).code).toBe("INVALID_ARGUMENT");
  });

  it("hands out frozen positions", () => {
    const [position] = tiny.positions("s400-nato-compatibility");
    if (position === undefined) throw new Error("no position");
    expect(Object.isFrozen(position)).toBe(true);
    expect(Object.isFrozen(position.sides[0]?.claims)).toBe(true);
    expect(() => (position.sides as unknown as unknown[]).pop()).toThrow(TypeError);
  });
});
