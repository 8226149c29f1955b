import { describe, expect, it } from "vitest";
import { dataset } from "../facts/index.js";
import { normalizeWords } from "./normalize.js";
import {
  entityDescriptions,
  entityOtherNames,
  spellingVariants,
  stopwords,
  synonymGroups,
} from "./thesaurus.js";

describe("the thesaurus", () => {
  it("maps each spelling variant straight to a spelling that is not itself a variant", () => {
    for (const [variant, canonical] of Object.entries(spellingVariants)) {
      expect(variant).not.toBe(canonical);
      expect(spellingVariants[canonical], `${variant} → ${canonical} chains`).toBeUndefined();
      expect(variant).toMatch(/^[a-z0-9]+$/);
    }
  });

  it("has synonym groups of at least two distinct members, none empty after normalising", () => {
    for (const group of synonymGroups()) {
      expect(group.length, group.join(", ")).toBeGreaterThanOrEqual(2);
      for (const member of group) expect(normalizeWords(member).length, member).toBeGreaterThan(0);
    }
  });

  it("lists no one-word synonym that the search would drop as a stopword", () => {
    for (const group of synonymGroups()) {
      for (const member of group) {
        const words = normalizeWords(member);
        if (words.length === 1) expect(stopwords.has(words[0] ?? ""), member).toBe(false);
      }
    }
  });

  it("describes only entities that exist", () => {
    const ids = new Set<string>(dataset.entities.map((e) => e.id));
    for (const id of Object.keys(entityDescriptions)) expect(ids.has(id), id).toBe(true);
    for (const id of Object.keys(entityOtherNames)) expect(ids.has(id), id).toBe(true);
  });

  it("keeps the question words as stopwords, so questions and keywords meet the same records", () => {
    for (const word of ["who", "what", "when", "why", "how", "which"]) expect(stopwords.has(word)).toBe(true);
  });
});
