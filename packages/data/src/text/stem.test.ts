import { describe, expect, it } from "vitest";
import { stem } from "./stem.js";

describe("stem", () => {
  it.each([
    ["sanction", "sanctions", "sanctioned", "sanctioning"],
    ["impose", "imposed", "imposing", "imposes"],
    ["slap", "slapped", "slapping"],
    ["propose", "proposed", "proposal", "proposals"],
    ["purchase", "purchased", "purchases", "purchasing"],
    ["agree", "agreed", "agrees", "agreeing"],
    // "-eed" is the word's own ending: every form of "succeed" meets, and "need" keeps its d.
    ["succeed", "succeeded", "succeeding", "succeeds"],
    ["proceed", "proceeding", "proceeds"],
    ["need", "needed", "needs", "needing"],
    ["compatible", "compatibility"],
    ["integrate", "integrated", "integration"],
    ["negotiate", "negotiations", "negotiating"],
    ["official", "officials"],
    ["penalty", "penalties"],
    // A short word's silent e comes back once an ending is off: "taking" meets "take".
    ["take", "taking", "takes"],
    ["name", "named", "naming", "names"],
    ["vote", "voted", "voting"],
    // Irregular past forms meet their plain form.
    ["come", "came", "coming"],
    ["begin", "began", "begun"],
    ["sell", "sold", "selling"],
  ])("maps the forms of %s to one stem", (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it("stems a word that names an Object.prototype member as a word", () => {
    for (const word of ["constructor", "tostring", "valueof", "hasownproperty"])
      expect(typeof stem(word)).toBe("string");
  });

  it("keeps short words and words with digits as they are", () => {
    expect(stem("us")).toBe("us");
    expect(stem("s400")).toBe("s400");
    expect(stem("f35")).toBe("f35");
  });

  it("keeps different words of the story apart", () => {
    const words = [
      "sanction",
      "state",
      "president",
      "presidency",
      "director",
      "directorate",
      "minister",
      "missile",
      "mission",
      "united",
      "aim",
      "hop",
      "hope",
    ];
    expect(new Set(words.map(stem)).size).toBe(words.length);
  });
});
