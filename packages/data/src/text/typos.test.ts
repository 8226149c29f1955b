import { describe, expect, it } from "vitest";
import { Vocabulary, withinEdits } from "./typos.js";

describe("withinEdits", () => {
  it("counts insertions, deletions, substitutions and swaps as one edit each", () => {
    expect(withinEdits("sanction", "sanction", 0)).toBe(true);
    expect(withinEdits("sancton", "sanction", 1)).toBe(true);
    expect(withinEdits("sanctiion", "sanction", 1)).toBe(true);
    expect(withinEdits("sanctoin", "sanction", 1)).toBe(true);
    expect(withinEdits("cavusolgu", "cavusoglu", 1)).toBe(true);
    expect(withinEdits("sanctn", "sanction", 1)).toBe(false);
    expect(withinEdits("sanctn", "sanction", 2)).toBe(true);
    expect(withinEdits("missile", "mission", 1)).toBe(false);
  });
});

describe("Vocabulary.nearMisses", () => {
  const vocabulary = new Vocabulary(["sanction", "cavusoglu", "minister", "missil", "ties", "tie"]);

  it("finds the known words a misspelt word was meant to be", () => {
    expect(vocabulary.nearMisses("sancton")).toEqual(["sanction"]);
    expect(vocabulary.nearMisses("cavusolgu")).toEqual(["cavusoglu"]);
    expect(vocabulary.nearMisses("minsiter")).toEqual(["minister"]);
  });

  it("leaves short words and words with another first letter alone", () => {
    expect(vocabulary.nearMisses("tiez")).toEqual([]);
    expect(vocabulary.nearMisses("xanction")).toEqual([]);
    expect(vocabulary.nearMisses("tei")).toEqual([]);
  });

  it("finds a four-letter word only with two neighbouring letters swapped", () => {
    const short = new Vocabulary(["sign", "sing", "song", "sine"]);
    expect(short.nearMisses("sgin")).toEqual(["sign"]);
    expect(short.nearMisses("snig")).toEqual(["sing"]);
    // One letter off is too common among short words: "sine" is no near miss of "sins".
    expect(short.nearMisses("sins")).toEqual([]);
  });
});
