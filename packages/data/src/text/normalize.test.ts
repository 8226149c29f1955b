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

  it("reads a word that names an Object.prototype member as the word", () => {
    expect(normalizeWords("constructor toString __proto__")).toEqual(["constructor", "tostring", "proto"]);
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

describe("normalizeWords' one-pass reading of ASCII text", () => {
  // A small seeded generator: the same strings on every run, many shapes of dots and hyphens.
  function* strings(count: number, seed = 7) {
    const alphabet = "ab1 -.'s,!?S4F0".split("");
    let state = seed;
    for (let k = 0; k < count; k++) {
      let text = "";
      const length = 1 + (k % 24);
      for (let i = 0; i < length; i++) {
        state = (state * 1103515245 + 12345) % 2147483648;
        text += alphabet[state % alphabet.length];
      }
      yield text;
    }
  }

  it("reads the same words as the regular expressions, on every record's text and many made-up strings", async () => {
    const { wordsByRegex } = await import("./normalize.js");
    const { dataset } = await import("../facts/index.js");
    const texts = [
      ...dataset.sources.map((s) => s.text),
      ...dataset.statements.map((s) => s.summary),
      ...dataset.claims.map((c) => c.text),
      "U.S.-Turkey ties, the S-400s, F-35s and president-elect Biden's a-b-c 1.2-3 x.-y a--b -s- .s.",
      ...strings(5000),
    ];
    for (const text of texts) {
      const folded = text
        .toLowerCase()
        .replace(/['’‘`´ʼ]s(?![a-z0-9])/g, "")
        .replace(/['’‘`´ʼ“”„"«»]/g, "");
      if (/[^\x20-\x7e]/.test(folded)) continue;
      expect(normalizeWords(text), text).toEqual(wordsByRegex(folded));
    }
  });
});
