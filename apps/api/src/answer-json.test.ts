import {
  citing,
  claims,
  dataset,
  entities,
  getRecord,
  positions,
  provenance,
  quotes,
  related,
  search,
  source,
  sources,
  statementsAbout,
  timeline,
  topics,
} from "@s400/data";
import { describe, expect, it } from "vitest";
import { answerBytes, answerJson } from "./answer-json.js";
import { paginate } from "./pagination.js";

/** The fast serializer must give what JSON.stringify gives: the same text, so the same parsed value. */
function expectSameJson(answer: unknown) {
  const fast = answerJson(answer);
  const plain = JSON.stringify(answer);
  expect(JSON.parse(fast)).toEqual(JSON.parse(plain));
  expect(fast).toBe(plain);
  const bytes = answerBytes(answer);
  expect(new TextDecoder().decode(bytes)).toBe(plain);
  expect(bytes).toEqual(new TextEncoder().encode(plain));
}

describe("answerJson", () => {
  const kinds = ["sources", "entities", "statements", "events", "topics", "claims", "quotes"] as const;

  it.each(kinds)("writes every record of %s as JSON.stringify does, twice (cold, then reused)", (kind) => {
    expect(dataset[kind].length).toBeGreaterThan(0);
    for (const record of dataset[kind]) {
      expectSameJson(record);
      expectSameJson(record);
      expectSameJson({ record, provenance: [...provenance(record)] });
    }
  });

  it("writes search answers as JSON.stringify does", () => {
    const questions = [
      "Who heads the Defence Industry Directorate?",
      "S-400",
      "sanctions CAATSA",
      "Çavuşoğlu",
      "Ankara NATO",
      "nothing matches zzzz",
    ];
    for (const q of questions) {
      expectSameJson({ results: [...search(q)] });
      expectSameJson({ results: [...search(q, { limit: 100 })] });
      expectSameJson({ results: [...search(q, { types: ["quote", "statement"] })] });
    }
  });

  it("writes list and detail answers as JSON.stringify does", () => {
    const page = { limit: 100 };
    expectSameJson(paginate(entities(), page));
    expectSameJson(paginate(entities(), { limit: 3 }));
    expectSameJson(paginate(statementsAbout("ssb"), page));
    expectSameJson(paginate(related("ssb"), page));
    expectSameJson(paginate(timeline(), page));
    expectSameJson(paginate(claims(), page));
    expectSameJson(paginate(topics(), page));
    expectSameJson(paginate(positions(), page));
    expectSameJson(paginate(quotes(), page));
    expectSameJson(paginate(sources(), page));
    for (const { id } of dataset.sources) expectSameJson({ source: source(id), citing: [...citing(id)] });
    expectSameJson(getRecord("ssb"));
  });

  it("follows JSON.stringify's rules for values outside the dataset", () => {
    expectSameJson({
      text: 'quote " backslash \\ newline \n emoji 😀 lone \ud800',
      numbers: [0, -0, 1.5, 1e21, -1e-7, Number.NaN, Number.POSITIVE_INFINITY],
      flags: [true, false, null],
      gaps: [undefined, () => 1, Symbol("s")],
      skipped: undefined,
      fn: () => 1,
      date: new Date(0),
      nested: { empty: {}, list: [], "odd key \u0001": 1, 2: "two", 1: "one" },
      map: new Map([[1, 2]]),
      withToJson: { toJSON: () => "custom" },
      toJsonUndefined: { toJSON: () => undefined },
      inArray: [{ toJSON: () => undefined }, new Date(1)],
      bigChars: "Çavuşoğlu ☃ 😀".repeat(50),
      bare: Object.assign(Object.create(null), { a: 1 }),
    });
    expect(() => answerJson({ big: 1n })).toThrow(TypeError);
  });

  it("escapes names and strings as JSON.stringify does, however often they repeat", () => {
    const awkward = [
      'quote "',
      "back\\slash",
      "tab\t",
      "\u001f",
      "\u007f",
      "pair 😀",
      "lone \udc00",
      "é",
      "",
    ];
    const answer = Object.fromEntries(awkward.map((text) => [text, text]));
    expectSameJson(answer);
    expectSameJson(answer);
    // More distinct names than the serializer keeps quoted.
    expectSameJson(Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`name ${i} "${i}"`, i])));
  });

  it("writes search hits, and objects shaped almost like them, as JSON.stringify does", () => {
    const [statement, entity] = [dataset.statements[0], dataset.entities[0]];
    if (statement === undefined || entity === undefined) throw new Error("the dataset has records");
    const hit = { type: statement.kind, id: statement.id, score: 1.5, record: statement };
    expectSameJson({ results: [hit, hit] });
    expectSameJson({
      results: [
        { ...hit, type: "entity" },
        { ...hit, id: entity.id },
        { ...hit, record: entity },
      ],
    });
    expectSameJson([
      { ...hit, score: Number.NaN },
      { ...hit, score: "1" },
      { ...hit, record: { ...statement } },
    ]);
    const { type, id, score, record } = hit;
    expectSameJson([
      { id, type, score, record },
      { type, id, score, record, extra: 1 },
      { type, id, record, score },
    ]);
    expectSameJson({ type: 'quote "', id: "x\n", score: 0, record: { kind: 'quote "', id: "x\n" } });
  });

  it("writes answers of any size, records among them, as JSON.stringify does", () => {
    const records = [...dataset.statements, ...dataset.entities];
    // About 1 KB, 200 KB and 2 MB: within, above and far above the buffer the serializer keeps.
    const text = "Ş".repeat(100);
    for (const size of [1, 200, 2_000]) {
      const answer = {
        items: Array.from({ length: size }, (_, i) => ({ text, record: records[i % records.length] })),
      };
      const plain = JSON.stringify(answer);
      expect(answerJson(answer)).toBe(plain);
      const bytes = answerBytes(answer);
      expect(bytes.byteLength).toBe(new TextEncoder().encode(plain).byteLength);
      expect(new TextDecoder().decode(bytes)).toBe(plain);
    }
  });
});
