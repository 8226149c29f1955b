import { describe, expect, it } from "vitest";
import { dataset } from "../facts/index.js";
import { predicateLabels, qualifierProperties } from "../model/statement.js";
import { normalizeWords } from "./normalize.js";
import {
  answeredPositionNouns,
  answerTypeNouns,
  frameWords,
  namePhrasings,
  predicatePhrasings,
  qualifierPhrasings,
  relationQuestions,
  respondsToPhrasings,
  subtypeNouns,
} from "./relations.js";
import { stopwords } from "./thesaurus.js";

describe("the relation phrasings", () => {
  it("cover every predicate of the model and every predicate the dataset uses", () => {
    expect(Object.keys(predicatePhrasings).sort()).toEqual(Object.keys(predicateLabels).sort());
    expect(Object.keys(relationQuestions).sort()).toEqual(Object.keys(predicateLabels).sort());
    for (const statement of dataset.statements) {
      expect(predicatePhrasings[statement.predicate].length, statement.predicate).toBeGreaterThan(0);
    }
  });

  it("list only subtype nouns that are type nouns too", () => {
    const typeNouns = new Set<string>(Object.values(answerTypeNouns).flat());
    for (const noun of subtypeNouns) expect(typeNouns.has(noun), noun).toBe(true);
  });

  it("cover every qualifier property", () => {
    expect(Object.keys(qualifierPhrasings).sort()).toEqual([...qualifierProperties].sort());
  });

  it("are plain lower-case words that normalise to something", () => {
    const all = [
      ...Object.values(predicatePhrasings).flat(),
      ...Object.values(qualifierPhrasings).flat(),
      ...Object.values(namePhrasings).flat(),
      ...Object.values(answerTypeNouns).flat(),
      ...frameWords,
      ...respondsToPhrasings,
      ...subtypeNouns,
      ...answeredPositionNouns,
    ];
    for (const phrase of all) {
      expect(phrase, phrase).toMatch(/^[a-z][a-z -]*$/);
      expect(normalizeWords(phrase).length, phrase).toBeGreaterThan(0);
    }
  });

  it("never list a phrase made only of stopwords, which no question could be told apart by", () => {
    for (const [predicate, phrases] of Object.entries(predicatePhrasings)) {
      for (const phrase of phrases) {
        const words = normalizeWords(phrase);
        // A one-word phrasing may be a stopword ("made"): the answer reader keeps it as content.
        if (words.length > 1)
          expect(
            words.some((w) => !stopwords.has(w)),
            `${predicate}: ${phrase}`,
          ).toBe(true);
      }
    }
  });

  it("ask one question per predicate, naming the slot it asks for", () => {
    for (const [predicate, { ask, answers }] of Object.entries(relationQuestions)) {
      expect(ask, predicate).toMatch(/\?$/);
      expect(ask.includes(answers === "subject" ? "{object}" : "{subject}"), predicate).toBe(true);
    }
  });
});
