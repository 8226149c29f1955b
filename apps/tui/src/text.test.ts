import { describe, expect, it } from "vitest";
import { lineText, seg, truncate, wrap } from "./text.js";

describe("wrap", () => {
  it("breaks at spaces and keeps lines within the width", () => {
    const lines = wrap([seg("the quick brown fox jumps over the lazy dog")], 10).map(lineText);
    expect(lines).toEqual(["the quick", "brown fox", "jumps over", "the lazy", "dog"]);
  });

  it("keeps the style of each run across a break", () => {
    const lines = wrap([seg("cited by "), seg("Cavusoglu said on Wednesday", "mark")], 14);
    expect(lines.map(lineText)).toEqual(["cited by", "Cavusoglu said", "on Wednesday"]);
    expect(lines[1]).toEqual([{ text: "Cavusoglu said", style: "mark" }]);
  });

  it("splits a word longer than the line and indents continuation lines", () => {
    expect(wrap([seg("abcdefghij")], 4).map(lineText)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrap([seg("one two three")], 8, 2).map(lineText)).toEqual(["one two", "  three"]);
  });

  it("starts a new line at a newline", () => {
    expect(wrap([seg("a\nb")], 10).map(lineText)).toEqual(["a", "b"]);
  });
});

describe("truncate", () => {
  it("ends a cut string with an ellipsis", () => {
    expect(truncate("Ismail Demir", 6)).toBe("Ismai…");
    expect(truncate("SSB", 6)).toBe("SSB");
  });
});
