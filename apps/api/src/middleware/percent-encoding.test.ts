import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { malformedPart } from "./percent-encoding.js";

describe("malformedPart", () => {
  it("finds broken escapes in the path and the query", () => {
    expect(malformedPart("http://h/v1/entities/%ZZ")).toBe("%ZZ");
    expect(malformedPart("http://h/v1/search?q=%E0%A4%A")).toBe("%E0%A4%A");
    expect(malformedPart("http://h/v1/search?q=ok&limit=%")).toBe("%");
    expect(malformedPart("http://h/v1/search?%C3%28=1")).toBe("%C3%28");
  });

  it("accepts well-formed text of any script, plus signs and encoded slashes", () => {
    expect(malformedPart("http://h/v1/search?q=a+b%2Fc")).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(
          malformedPart(`http://h/v1/x/${encodeURIComponent(text)}?q=${encodeURIComponent(text)}`),
        ).toBeUndefined();
      }),
    );
  });
});
