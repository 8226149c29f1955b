import { describe, expect, it } from "vitest";
import { synonymTablesJSON } from "./bundled-synonyms.js";
import { normalizeWords } from "./normalize.js";
import { PhraseTable, searchTerms, stemsOfWords, synonymExpansion, synonymTablesOf } from "./terms.js";

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

  it("gives each occurrence's range, longest first at each start, and skips ambiguous phrases on request", () => {
    const table = new PhraseTable<string>();
    table.add(["air", "defens", "system"], "system");
    table.add(["air", "defens"], "air-defense");
    table.add(["defens"], "defense");
    table.add(["defens"], "department");
    expect(table.spans(["air", "defens", "system"])).toEqual([
      { start: 0, end: 3, values: ["system"] },
      { start: 0, end: 2, values: ["air-defense"] },
      { start: 1, end: 2, values: ["defense", "department"] },
    ]);
    expect(table.spans(["air", "system"])).toEqual([]);
    expect(table.matches(["air", "defens"], true).map((m) => m.value)).toEqual(["air-defense"]);
    expect(table.matches(["defens"])).toEqual([
      { value: "defense", terms: ["defens"], ambiguous: true },
      { value: "department", terms: ["defens"], ambiguous: true },
    ]);
  });

  it("is the same table after a round trip through its JSON form, which it does not share", () => {
    const table = new PhraseTable<string>();
    table.add(["air", "defens"], "air-defense");
    table.add(["defens"], "defense");
    const json = table.toJSON();
    const copy = new PhraseTable(json);
    expect(copy.toJSON()).toEqual(json);
    expect(copy.spans(["air", "defens"])).toEqual(table.spans(["air", "defens"]));
    copy.add(["defens"], "department");
    expect(table.find(["defens"])).toEqual(["defense"]);
    expect(new PhraseTable(json).find(["defens"])).toEqual(["defense"]);
  });
});

describe("the synonym tables shipped with the package", () => {
  it("are exactly what the thesaurus gives (rerun the build if this fails)", () => {
    expect(JSON.parse(synonymTablesJSON)).toEqual(synonymTablesOf());
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
