import { describe, expect, it } from "vitest";
import { dataset } from "../facts/index.js";
import { createQueries, search } from "../index.js";
import { DatasetIndex } from "../indexes/dataset-index.js";
import type { Dataset } from "../model/record.js";
import { searchTablesJSON } from "./bundled-search-tables.js";
import { SearchIndex, searchIndexOf } from "./search-index.js";
import { type SearchTables, searchTablesOf } from "./search-tables.js";

const shipped = JSON.parse(searchTablesJSON) as SearchTables;

/** What a search index holds, as plain data to compare. */
const contents = (ix: SearchIndex) => ({
  ids: ix.records.map((r) => r.id),
  kinds: [...ix.kinds],
  norms: [...ix.norms],
  postings: [...ix.postings].map(([term, p]) => [term, [...p.docs], [...p.weights]]),
  idf: [...ix.idf],
  entityPhrases: ix.entityPhrases.toJSON(),
  entityNames: ix.entityNames.toJSON(),
  entityDoc: [...ix.entityDoc],
  entityDocs: [...ix.entityDocs].map(([id, docs]) => [id, [...docs]]),
  docEntities: ix.docEntities,
  entityTypeBits: [...ix.entityTypeBits],
  docTypeMasks: [...ix.docTypeMasks],
  nearMisses: ["demri", "cavusolgu", "sanctoins"].map((t) => ix.vocabulary.nearMisses(t)),
});

const queries = [
  "Who heads the SSB?",
  "When did Turkey sign the contract with Russia?",
  "Biden",
  "What does SSB stand for?",
  "sanctoins on turky",
];

describe("the search tables shipped with the bundled dataset", () => {
  it("are exactly what the runtime works out from the dataset (rerun the build if this fails)", () => {
    expect(shipped).toEqual(searchTablesOf(new DatasetIndex(dataset)));
  });

  it("give the same search index as building it from the records", () => {
    const index = new DatasetIndex(dataset);
    const fromShipped = searchIndexOf(index);
    const fromRecords = new SearchIndex(index);
    expect(contents(fromShipped)).toEqual(contents(fromRecords));
    // The shipped index ranks over the frozen records themselves, not copies of them.
    expect(fromShipped.records.every((r, i) => r === fromRecords.records[i])).toBe(true);
  });

  it("are not used for another dataset, which is indexed from its own records", () => {
    const copy = structuredClone(dataset) as Dataset;
    const other = createQueries(copy);
    for (const q of queries) {
      expect(other.search(q).map((h) => [h.id, h.score])).toEqual(search(q).map((h) => [h.id, h.score]));
    }
    // Without its first statement, the shipped tables would point every document one record off.
    const [dropped, ...rest] = dataset.statements;
    const fewer = { ...structuredClone(dataset), statements: structuredClone(rest) } as Dataset;
    const ix = searchIndexOf(new DatasetIndex(fewer));
    expect(ix.records).toHaveLength(shipped.ids.length - 1);
    expect(ix.records.map((r) => r.id)).not.toContain(dropped?.id);
    expect(contents(ix)).toEqual(contents(new SearchIndex(new DatasetIndex(fewer))));
    expect(createQueries(fewer).search("Who heads the SSB?")[0]?.id).not.toBe(dropped?.id);
  });
});
