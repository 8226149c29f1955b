import { describe, expect, it } from "vitest";
import { dataset } from "../facts/index.js";
import { answer, createQueries } from "../index.js";
import { DatasetIndex } from "../indexes/dataset-index.js";
import type { Dataset } from "../model/record.js";
import { AnswerIndex, answerIndexOf } from "./answer-index.js";
import { type AnswerTables, answerTablesOf, splitJoined } from "./answer-tables.js";
import { answerTablesJSON } from "./bundled-answer-tables.js";

const shipped = JSON.parse(answerTablesJSON) as AnswerTables;

/** What an answer index holds, as plain data to compare. */
const contents = (ax: AnswerIndex) => ({
  candidates: ax.candidates.map((c) => ({
    id: c.record.id,
    entities: [...c.entities],
    terms: [...c.terms],
    noteTerms: [...c.noteTerms],
    relationTerms: [...c.relationTerms],
  })),
  idf: [...ax.idf],
  postings: [...ax.postings],
  entityPostings: [...ax.entityPostings],
  names: ax.names.toJSON(),
  descriptions: ax.descriptions.toJSON(),
  runs: [...ax.entities.keys()].map((id) => [id, ax.nameRunsOf(id)]),
  known: ax.candidates.flatMap((c) => [...c.terms]).filter((t) => ax.knownTerm(t)),
  nearMisses: ["demri", "cavusolgu", "sanctoins"].map((t) => [ax.nameNearMiss(t), ax.nearMisses(t)]),
  wordNearMisses: ["heads", "sugested", "goverment", "officals", "turkey"].map((w) => ax.wordNearMiss(w)),
});

const questions = [
  "Who heads the SSB?",
  "When did Turkey sign the contract with Russia?",
  "How many other officials did the US sanction?",
  "What did cavusoglu call the sanctions?",
  "How much did Turkey pay?",
];

describe("the answer tables shipped with the bundled dataset", () => {
  it("are exactly what the runtime works out from the dataset (rerun the build if this fails)", () => {
    expect(shipped).toEqual(answerTablesOf(dataset));
  });

  it("give the same answer index as building it from the records", () => {
    const index = new DatasetIndex(dataset);
    expect(contents(answerIndexOf(index))).toEqual(contents(new AnswerIndex(index)));
  });

  it("are not used for another dataset, which is indexed from its own records", () => {
    const copy = structuredClone(dataset) as Dataset;
    const queries = createQueries(copy);
    for (const q of questions) expect(queries.answer(q)).toEqual(answer(q));
    // Without its first statement, the shipped tables would point every candidate one record off.
    const [dropped, ...rest] = dataset.statements;
    const fewer = { ...structuredClone(dataset), statements: structuredClone(rest) } as Dataset;
    const ax = answerIndexOf(new DatasetIndex(fewer));
    expect(ax.candidates).toHaveLength(shipped.candidates.length - 1);
    expect(ax.candidates.map((c) => c.record.id)).not.toContain(dropped?.id);
    expect(contents(ax)).toEqual(contents(new AnswerIndex(new DatasetIndex(fewer))));
  });
});

describe("the answer tables' compact parts", () => {
  it("join only terms that hold no space, so splitting gives them back", () => {
    for (const c of answerTablesOf(dataset).candidates)
      for (const joined of [c.terms, c.noteTerms]) {
        const words = splitJoined(joined);
        expect(words.join(" "), c.id).toBe(joined);
        expect(
          words.every((w) => /^\S+$/.test(w)),
          c.id,
        ).toBe(true);
      }
    expect(splitJoined("")).toEqual([]);
  });

  it("give each term the inverse document frequency of its candidates' own words", () => {
    const ax = answerIndexOf(new DatasetIndex(dataset));
    const n = ax.candidates.length;
    const df = new Map<string, number>();
    for (const c of ax.candidates) for (const t of c.terms) df.set(t, (df.get(t) ?? 0) + 1);
    expect(ax.idf.size).toBe(df.size);
    for (const [term, count] of df)
      expect(ax.idf.get(term), term).toBe(Math.log(1 + (n - count + 0.5) / (count + 0.5)));
  });
});

describe("the reading of misspelt function words", () => {
  it("is worked out per dataset: a word one dataset's records use is no misspelling there", () => {
    // Bundled: "Woud" is no word of the records, so it reads as "would" and the question as empty.
    expect(answer("Who is Woud?")).toBeNull();
    const copy = structuredClone(dataset) as Dataset;
    const cavusoglu = copy.entities.find((e) => e.id === "mevlut-cavusoglu");
    if (cavusoglu === undefined) throw new Error("no Cavusoglu in the dataset");
    (cavusoglu.aliases as { text: string; kind: string }[]).push({ text: "Woud", kind: "short" });
    expect(createQueries(copy).answer("Who is Woud?")?.text).toBe("Foreign Minister of Turkey");
  });
});
