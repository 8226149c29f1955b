import type { FuzzyDate } from "@s400/data";
import { describe, expect, it } from "vitest";
import { formatDate } from "./format.js";
import { markSpans } from "./views/marks.js";

describe("formatDate", () => {
  const date = (value: string, precision: FuzzyDate["precision"], basis: FuzzyDate["basis"]): FuzzyDate => ({
    value,
    precision,
    basis,
    earliest: `${value}-01`,
    latest: `${value}-28`,
    textAllows: { earliest: `${value}-01`, latest: `${value}-28` },
  });

  it("shows the precision, and marks an inferred date", () => {
    expect(formatDate(date("2020-12", "month", "inferred"))).toBe("2020-12 (month, inferred)");
    expect(formatDate(date("2017-04", "month", "stated"))).toBe("2017-04 (month)");
    expect(formatDate(date("2021-01-20", "day", "inferred"))).toBe("2021-01-20 (day, inferred)");
  });
});

describe("markSpans", () => {
  it("marks the cited words of this sentence only, merging overlaps", () => {
    const text = "Washington slapped the sanctions on NATO ally Turkey";
    const segments = markSpans(text, "s09", [
      { sourceId: "s09", start: 0, end: 10, exact: "Washington" },
      { sourceId: "s09", start: 36, end: 45, exact: "NATO ally" },
      { sourceId: "s09", start: 41, end: 52, exact: "ally Turkey" },
      { sourceId: "s01", start: 0, end: 6, exact: "Ankara" },
    ]);
    expect(segments).toEqual([
      { text: "Washington", style: "mark" },
      { text: " slapped the sanctions on ", style: "plain" },
      { text: "NATO ally Turkey", style: "mark" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});
