import { describe, expect, it } from "vitest";
import { errorOf } from "../__fixtures__/errors.js";
import { getRecord, type RecordKind, S400Error, search } from "../index.js";

const ids = (query: string, limit = 3) => search(query, { limit }).map((hit) => hit.id);
const top = (query: string) => search(query, { limit: 1 })[0];

describe("search results", () => {
  it("are hits best first, each with its whole record", () => {
    const hits = search("sanctions on the SSB");
    expect(hits.length).toBeGreaterThan(1);
    for (let i = 1; i < hits.length; i++)
      expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score ?? 0);
    for (const hit of hits) {
      expect(hit.record).toBe(getRecord(hit.id));
      expect(hit.type).toBe(hit.record.kind);
      expect(hit.score).toBeGreaterThan(0);
    }
  });

  it("return at most 10 hits by default, or `limit`", () => {
    expect(search("Turkey").length).toBe(10);
    expect(search("Turkey", { limit: 3 }).length).toBe(3);
    expect(search("Turkey", { limit: 1000 }).length).toBeGreaterThan(10);
  });

  it("narrow to kinds of record with `types`", () => {
    const hits = search("Cavusoglu", { types: ["quote", "claim"], limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.type === "quote" || hit.type === "claim")).toBe(true);
    expect(search("Cavusoglu", { types: [] })).toEqual([]);
  });

  it("are empty for words the records do not hold, or a question of only stopwords", () => {
    expect(search("zebra xylophone")).toEqual([]);
    expect(search("what is it?")).toEqual([]);
  });

  it("are frozen: changing them does not change the next search", () => {
    const hits = search("Who heads the SSB?");
    const first = hits[0];
    expect(Object.isFrozen(hits)).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (hits as unknown as unknown[]).reverse()).toThrow(TypeError);
    expect(() => {
      (first as { score: number }).score = 0;
    }).toThrow(TypeError);
    expect(search("Who heads the SSB?")).toEqual(hits);
  });
});

describe("search arguments", () => {
  it("reject an empty query", () => {
    expect(errorOf(() => search("")).code).toBe("INVALID_ARGUMENT");
    expect(errorOf(() => search("   ")).code).toBe("INVALID_ARGUMENT");
    expect(errorOf(() => search(undefined as unknown as string)).code).toBe("INVALID_ARGUMENT");
  });

  it("reject a limit that is not a positive whole number", () => {
    for (const limit of [0, -1, 1.5, Number.NaN, "3" as unknown as number]) {
      const error = errorOf(() => search("SSB", { limit }));
      expect(error).toBeInstanceOf(S400Error);
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.argument).toBe("limit");
    }
  });

  it("reject unknown kinds of record", () => {
    expect(errorOf(() => search("SSB", { types: ["person" as RecordKind] })).code).toBe("INVALID_ARGUMENT");
    expect(errorOf(() => search("SSB", { types: "entity" as unknown as RecordKind[] })).code).toBe(
      "INVALID_ARGUMENT",
    );
  });
});

describe("search understands the user's words", () => {
  it("ignores diacritics and case in names", () => {
    expect(ids("Çavuşoğlu")).toEqual(ids("cavusoglu"));
    expect(ids("İSMAİL DEMİR")).toEqual(ids("ismail demir"));
  });

  it("treats British and American spellings alike", () => {
    expect(ids("defence industry")).toEqual(ids("defense industry"));
    expect(ids("Does Turkey favour dialogue?")).toEqual(ids("Does Turkey favor dialogue?"));
  });

  it("treats inflections alike", () => {
    expect(ids("sanctioned")).toEqual(ids("sanctions"));
    expect(ids("sanctioning")).toEqual(ids("sanction"));
    expect(ids("proposals")).toEqual(ids("proposed"));
  });

  it("finds records through synonyms and descriptions", () => {
    expect(
      search("penalties", { limit: 3 }).every((hit) => /sanction/i.test(JSON.stringify(hit.record))),
    ).toBe(true);
    expect(ids("fighter jet")).toContain("f-35");
    expect(ids("Who is the outgoing president?")).toEqual(expect.arrayContaining(["st-trump-incumbent"]));
    expect(ids("procurement agency")).toContain("ssb");
    expect(ids("air defense system", 5)).toContain("s-400");
    expect(ids("Who is the Turkish foreign minister?")).toContain("st-cavusoglu-foreign-minister");
  });

  it("forgives a typo in a word the records use", () => {
    expect(ids("Who is Mevlut Cavusolgu?")).toContain("mevlut-cavusoglu");
    expect(
      search("sanctons on the SSB", { limit: 3 }).every((hit) =>
        /sanction/i.test(JSON.stringify(hit.record)),
      ),
    ).toBe(true);
  });

  it("favours the kind of record a question asks for", () => {
    expect(top("When will Biden take office?")?.type).toBe("event");
    expect(top("What did Cavusoglu say about sovereign rights?")?.type).toBe("quote");
    expect(top("Who runs the SSB?")?.id).toBe("st-demir-heads-ssb");
  });
});

describe("search() reads 'kind of' as 'type of'", () => {
  it("ranks the statement of what the S-400 is first for 'what kind of weapon'", () => {
    const [first] = search("What kind of weapon is the S-400?");
    expect(first?.record.kind).toBe("statement");
    expect(first?.record.kind === "statement" && first.record.predicate).toBe("instance-of");
  });
});

describe("search() favours positions when the question asks how someone described something", () => {
  it("ranks a claim of the minister's first for 'how did the minister describe'", () => {
    const [first] = search("How did Turkey's top diplomat describe the sanctions?");
    expect(first?.record.kind).toBe("claim");
  });
});

describe("search() favours quotes when the question asks where remarks were made", () => {
  it("ranks the quote whose occasion answers first", () => {
    const [first] = search("Where did the minister make his comments about the US proposal?");
    expect(first?.id).toBe("q-cavusoglu-proposal-came-from-us");
  });
});

describe("search() reads 'where … from' as asking whence", () => {
  it("ranks the statement of the S-400's origin first", () => {
    expect(search("Where are the S-400 missiles from?")[0]?.id).toBe("st-s400-russian");
    // An act "from" someone is no origin.
    expect(search("From which country did Turkey buy the S-400?")[0]?.id).not.toBe("st-s400-russian");
  });
});
