import { describe, expect, it } from "vitest";
import { nameKey, normalizeWords } from "./normalize.js";

describe("normalizeWords", () => {
  it("strips diacritics, including the dotted and dotless Turkish i", () => {
    expect(normalizeWords("Mevlüt Çavuşoğlu")).toEqual(["mevlut", "cavusoglu"]);
    expect(normalizeWords("İSMAİL ılık")).toEqual(["ismail", "ilik"]);
  });

  it("drops possessives and typographic quotes", () => {
    expect(normalizeWords("Turkey’s “sovereign” rights")).toEqual(["turkey", "sovereign", "rights"]);
    expect(normalizeWords("Turkey's defence")).toEqual(["turkey", "defense"]);
  });

  it("joins abbreviations and code-like hyphenated words but splits compounds", () => {
    expect(normalizeWords("U.S. S-400s F-35")).toEqual(["us", "s400", "f35"]);
    expect(normalizeWords("President-elect")).toEqual(["president", "elect"]);
  });

  it("maps British spellings to American through the thesaurus", () => {
    expect(normalizeWords("Defence organisation favour")).toEqual(["defense", "organization", "favor"]);
  });
});

describe("nameKey", () => {
  it("ignores spacing, punctuation and case", () => {
    expect(nameKey("S 400")).toBe(nameKey("s-400"));
    expect(nameKey("Defence Industry Directorate")).toBe(nameKey("defense  industry-directorate"));
    expect(nameKey("  ")).toBe("");
  });
});
