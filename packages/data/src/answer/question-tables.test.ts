import { describe, expect, it } from "vitest";
import { questionTablesJSON } from "./bundled-question-tables.js";
import { questionTablesOf } from "./question-tables.js";

describe("the question tables shipped with the package", () => {
  it("are exactly what the phrasings give (rerun the build if this fails)", () => {
    expect(JSON.parse(questionTablesJSON)).toEqual(questionTablesOf());
  });

  it("read the phrasings as the reading needs them", () => {
    const tables = questionTablesOf();
    expect(tables.namePhrases.at(-1)?.part).toBe("full"); // "first name" before "name"
    expect(tables.askedPhrases.find((a) => a.property === "proposed-by")?.phrases).toContainEqual([
      "whose",
      "proposal",
    ]);
    expect(tables.answerStopwords).not.toContain("head");
  });
});
