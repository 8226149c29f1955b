import { describe, expect, it } from "vitest";
import { normalizeWords } from "./normalize.js";
import { PhraseTable, searchTerms, stemsOfWords, synonymExpansion } from "./terms.js";

describe("searchTerms", () => {
  it("drops stopwords and stems the rest", () => {
    expect(searchTerms("Who sanctioned the Defence Industries?")).toEqual(["sanction", "defens", "industry"]);
  });
});

describe("PhraseTable", () => {
  it("finds every phrase in a run of terms, longest phrases included, each value once", () => {
    const table = new PhraseTable<string>();
    table.add(["air", "defens"], "air-defense");
    table.add(["defens"], "defense");
    table.add(["defens"], "defense");
    expect(table.find(["russian", "air", "defens", "system"])).toEqual(["air-defense", "defense"]);
    expect(table.find(["air"])).toEqual([]);
  });
});

describe("synonymExpansion", () => {
  const expand = (query: string) => {
    const words = normalizeWords(query);
    return synonymExpansion(stemsOfWords(words), searchTerms(query));
  };

  it("brings in a word's synonym group, without the word itself", () => {
    const [penalty] = expand("penalties");
    expect(penalty?.triggers).toEqual(["penalty"]);
    expect(penalty?.members).toContainEqual(["sanction"]);
    expect(penalty?.members).not.toContainEqual(["penalty"]);
  });

  it("matches phrases on all words, stopwords included", () => {
    expect(expand("Turkey had to buy them").some((e) => e.members.some((m) => m[0] === "necessity"))).toBe(
      true,
    );
  });

  it("keeps a phrase member whole", () => {
    const [missile] = expand("missile");
    expect(missile?.members).toContainEqual(["air", "defens"]);
  });

  it("adds nothing for words outside the thesaurus", () => {
    expect(expand("zebra")).toEqual([]);
  });
});
