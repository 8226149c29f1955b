import { describe, expect, it } from "vitest";
import { answer, source } from "../index.js";
import { READ_FACTOR } from "./read.js";

describe("answer() reading a sentence when no record holds the answer as a field", () => {
  it("answers with the sentence's own words, cited exactly, from the records that cite them", () => {
    const found = answer("Which sort of rights did Cavusoglu say the sanctions attack?");
    expect(found?.text).toBe("sovereign");
    expect(found?.value).toEqual({ kind: "string", value: "sovereign" });
    expect(found?.evidence).toHaveLength(1);
    for (const span of found?.evidence ?? []) {
      expect(source(span.sourceId).text.slice(span.start, span.end)).toBe(span.exact);
      expect(span.exact).toBe("sovereign");
    }
    // The quote that says it is among the records that support it.
    expect(found?.because.some((r) => r.kind === "quote")).toBe(true);
    expect(found?.confidence).toBeLessThanOrEqual(READ_FACTOR);
    expect(answer("What kind of relationship do Ankara and Washington have?")?.text).toBe("fraught");
  });

  it("is less sure than a record that states the answer, and gives nothing under minConfidence", () => {
    const question = "What kind of relationship do Ankara and Washington have?";
    const found = answer(question);
    expect(found).not.toBeNull();
    expect(answer(question, { minConfidence: (found?.confidence ?? 0) + 0.01 })).toBeNull();
  });

  it("abstains where the sentence's words are not about what the question names", () => {
    // "Russian" in "Russian S-400" does not make the US sanctions ones on Russia.
    expect(answer("Who sanctioned Russia?")).toBeNull();
    // Moscow says nothing in the text; what others say about the sanctions is not its position.
    expect(answer("What did Moscow say about the sanctions?")).toBeNull();
    // No price in the text: a name next to "contract" is not one.
    expect(answer("What was the price of the April 2017 contract?")).toBeNull();
    // The text names the systems Turkey could not get only by their kind.
    expect(answer("Which air defence systems did Turkey want to buy from NATO?")).toBeNull();
    // Turkish officials agreed to a US proposal; Washington agreed to nothing.
    expect(answer("What did Washington agree to?")).toBeNull();
    // "Defense" and "Minister" are in one sentence, but never together.
    expect(answer("Who is the defence minister of Turkey?")).toBeNull();
  });

  it("abstains on what the records name only as a description or a group", () => {
    // The text never names the three other officials, and no record says whose president-elect Biden is.
    expect(answer("What are the names of the three other officials the US sanctioned?")).toBeNull();
    expect(answer("Who is the US president-elect?")?.text ?? null).not.toBe("Turkey");
  });

  it("hands out a frozen answer, read the same however the question is typed", () => {
    const found = answer("which sort of rights did cavusoglu say the sanctions attack");
    expect(found?.text).toBe("sovereign");
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(found?.evidence[0])).toBe(true);
    expect(answer("Which sort of rights did Cavusoglu say the sanctions attack?")).toEqual(found);
  });
});
