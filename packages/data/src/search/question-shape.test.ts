import { describe, expect, it } from "vitest";
import { entityTypes } from "../model/entity.js";
import { recordKinds } from "../model/record.js";
import { normalizeWords } from "../text/normalize.js";
import { answerTypes, kindWeights, shapeTerms } from "./question-shape.js";

const bit = (type: (typeof entityTypes)[number]) => 1 << entityTypes.indexOf(type);
const weightOf = (question: string, kind: (typeof recordKinds)[number]) =>
  kindWeights(normalizeWords(question))[recordKinds.indexOf(kind)];

describe("question shapes", () => {
  it("read the type of entity a question asks for", () => {
    expect(answerTypes(normalizeWords("Who runs the SSB?")) & bit("person")).not.toBe(0);
    expect(answerTypes(normalizeWords("Which country sold the S-400?"))).toBe(bit("country"));
    expect(answerTypes(normalizeWords("What party is Trump from?"))).toBe(bit("political-party"));
    expect(answerTypes(normalizeWords("Sanctions on the SSB"))).toBe(0);
    // The type noun may follow other words, up to the verb.
    expect(answerTypes(normalizeWords("Which Russian weapon system did Turkey buy?"))).toBe(
      bit("weapon-system"),
    );
    expect(answerTypes(normalizeWords("What did the president say?"))).toBe(0);
  });

  it("favour the kind of record a question asks for, and raw sentences least", () => {
    expect(weightOf("When did it happen?", "event")).toBeGreaterThan(
      weightOf("When did it happen?", "statement") ?? 0,
    );
    expect(weightOf("What did he say?", "quote")).toBeGreaterThan(weightOf("What did he say?", "event") ?? 0);
    expect(weightOf("SSB", "source")).toBeLessThan(weightOf("SSB", "statement") ?? 0);
  });

  it("add what the answer to a why, when or how-many question carries", () => {
    expect(shapeTerms(normalizeWords("Why was Turkey sanctioned?"))).toContain("reason");
    expect(shapeTerms(normalizeWords("How many officials?"))).toEqual(["count"]);
    expect(shapeTerms(normalizeWords("Sanctions"))).toEqual([]);
  });
});
