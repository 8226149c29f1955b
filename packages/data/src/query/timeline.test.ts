import { describe, expect, it } from "vitest";
import { errorOf } from "../__fixtures__/errors.js";
import { tinyDataset } from "../__fixtures__/tiny-dataset.js";
import { timeline } from "../index.js";
import { createQueries } from "./index.js";
import { dateBounds } from "./timeline.js";

const tiny = createQueries(tinyDataset);
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe("dateBounds", () => {
  it("turns a year, month or day into inclusive day bounds", () => {
    expect(dateBounds("2020", "from")).toEqual(["2020-01-01", "2020-12-31"]);
    expect(dateBounds("2020-02", "from")).toEqual(["2020-02-01", "2020-02-29"]);
    expect(dateBounds("2021-02", "from")).toEqual(["2021-02-01", "2021-02-28"]);
    expect(dateBounds("2020-12-16", "from")).toEqual(["2020-12-16", "2020-12-16"]);
  });

  it("rejects anything else", () => {
    for (const bad of ["2020-13", "2021-02-29", "20", "2020/12", "Dec 2020", "", 2020]) {
      expect(errorOf(() => dateBounds(bad, "from")).code).toBe("INVALID_ARGUMENT");
    }
  });
});

describe("timeline", () => {
  it("orders by earliest day, then coarser precision first, then the text's order, then id", () => {
    expect(ids(tiny.timeline())).toEqual([
      "ev-contract",
      "ev-c-year",
      // Same month: the text puts the talks after the sanctions, whatever their ids say.
      "ev-b-sanctions",
      "ev-a-talks",
      "ev-a-wednesday",
      "ev-z-inauguration",
    ]);
  });

  it("matches a month-precision event for a day inside that month, and a day for its month", () => {
    expect(ids(tiny.timeline({ from: "2020-12-16", to: "2020-12-16" }))).toEqual([
      "ev-c-year",
      "ev-b-sanctions",
      "ev-a-talks",
      "ev-a-wednesday",
    ]);
    expect(ids(tiny.timeline({ from: "2020-12", to: "2020-12" }))).toContain("ev-a-wednesday");
    expect(ids(tiny.timeline({ from: "2017-04-10", to: "2017-04-10" }))).toEqual(["ev-contract"]);
  });

  it("keeps open-ended ranges open", () => {
    expect(ids(tiny.timeline({ from: "2021" }))).toEqual(["ev-z-inauguration"]);
    expect(ids(tiny.timeline({ to: "2019" }))).toEqual(["ev-contract"]);
  });

  it("narrows to the events an entity takes part in, by any of its names", () => {
    expect(ids(tiny.timeline({ entity: "Washington" }))).toEqual(["ev-b-sanctions"]);
    expect(ids(tiny.timeline({ entity: "Ankara" }))).toEqual(["ev-contract", "ev-c-year", "ev-a-talks"]);
    expect(ids(tiny.timeline({ entity: "Çavuşoğlu" }))).toEqual(["ev-a-wednesday"]);
    expect(tiny.timeline({ entity: "f-35" })).toEqual([]);
  });

  it("gives an empty list for a range with no events", () => {
    expect(tiny.timeline({ from: "1990", to: "1999" })).toEqual([]);
  });

  it("rejects bad dates, a reversed range and unknown entities", () => {
    expect(errorOf(() => tiny.timeline({ from: "2020-12-32" })).code).toBe("INVALID_ARGUMENT");
    expect(errorOf(() => tiny.timeline({ from: "2021", to: "2020" })).code).toBe("INVALID_ARGUMENT");
    expect(errorOf(() => tiny.timeline({ entity: "nobody" })).code).toBe("NOT_FOUND");
  });

  it("ignores a cycle of `after` links rather than looping", () => {
    const cyclic = createQueries({
      ...tinyDataset,
      events: tinyDataset.events.map((e) =>
        e.id === "ev-b-sanctions" ? { ...e, date: { ...e.date, after: ["ev-a-talks" as const] } } : e,
      ),
    });
    expect(cyclic.timeline()).toHaveLength(tinyDataset.events.length);
  });

  it("orders the real events the same way, and returns frozen lists", () => {
    const events = timeline();
    expect(Object.isFrozen(events)).toBe(true);
    for (let i = 1; i < events.length; i++) {
      expect((events[i - 1]?.date.earliest ?? "") <= (events[i]?.date.earliest ?? "")).toBe(true);
    }
    expect(() => (events as unknown as unknown[]).reverse()).toThrow(TypeError);
  });
});
