import { describe, expect, it } from "vitest";
import { errorOf } from "../__fixtures__/errors.js";
import { tinyDataset } from "../__fixtures__/tiny-dataset.js";
import { dataset } from "../facts/index.js";
import { quotes } from "../index.js";
import { createQueries } from "./index.js";

const tiny = createQueries(tinyDataset);

describe("quotes", () => {
  it("lists every quote by default", () => {
    expect(quotes()).toEqual(dataset.quotes);
  });

  it("narrows to a speaker by any of their names, with or without diacritics", () => {
    expect(tiny.quotes({ speaker: "Cavusoglu" }).map((q) => q.id)).toEqual(["q-attack"]);
    expect(tiny.quotes({ speaker: "Çavuşoğlu" })).toEqual(tiny.quotes({ speaker: "cavusoglu" }));
  });

  it("includes what was said on behalf of a party", () => {
    expect(tiny.quotes({ speaker: "Ankara" }).map((q) => q.id)).toEqual(["q-attack"]);
  });

  it("gives an empty list for someone who said nothing, and NOT_FOUND for an unknown speaker", () => {
    expect(tiny.quotes({ speaker: "f-35" })).toEqual([]);
    expect(errorOf(() => quotes({ speaker: "nobody" })).code).toBe("NOT_FOUND");
    expect(errorOf(() => quotes({ speaker: "" })).code).toBe("INVALID_ARGUMENT");
  });
});
