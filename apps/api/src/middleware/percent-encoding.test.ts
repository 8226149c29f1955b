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

/** The part-by-part check alone, without the whole-URL shortcut: the shortcut must never change the answer. */
function partByPart(target: string): string | undefined {
  const queryStart = target.indexOf("?");
  const parts = (queryStart === -1 ? target : target.slice(0, queryStart)).split("/");
  if (queryStart !== -1) {
    for (const pair of target.slice(queryStart + 1).split("&")) parts.push(...pair.split("="));
  }
  for (const part of parts) {
    if (!part.includes("%")) continue;
    try {
      decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return part;
    }
  }
  return undefined;
}

describe("malformedPart's whole-URL shortcut", () => {
  it("gives the part-by-part answer for any mix of escapes and separators", () => {
    const piece = fc.constantFrom(
      "%",
      "%2",
      "%ZZ",
      "%41",
      "%C3",
      "%A9",
      "%E0",
      "%A4",
      "%F0%9F%98%80",
      "/",
      "&",
      "=",
      "?",
      "+",
      "a",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const target = `/v1/${pieces.join("")}`;
        expect(malformedPart(`http://h${target}`)).toBe(partByPart(target));
      }),
      { numRuns: 5_000 },
    );
  });
});
