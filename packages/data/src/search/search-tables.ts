/** What the search index reads off a dataset's records, worked out once as plain data: weighted term postings, lengths and entity links. */
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { Entity } from "../model/entity.js";
import type { Dataset, S400Record } from "../model/record.js";
import { memoizedSearchTerms, PhraseTable, type PhraseTableJSON } from "../text/terms.js";
import { entityDescriptions, entityOtherNames } from "../text/thesaurus.js";
import { fieldWeights, ownWords, type RecordFields, recordFields, referencedEntities } from "./documents.js";

/**
 * The search index of a dataset as JSON-able data. It is a pure function of the records, so for the
 * bundled dataset the build works it out once and ships it (`bundled-search-tables.ts`, written by
 * scripts/emit-tables.mjs), and a cold `search()` skips tokenising and stemming every record's
 * fields: about 20 of a first search's 25 ms in a freshly started Node 20.
 */
export interface SearchTables {
  /** The id of each document, in document order (`documentRecords`), checked before shipped tables are used. */
  readonly ids: readonly string[];
  /**
   * For each term, the documents that hold it and its weighted frequency in each (rounded to float32,
   * as the index has always stored it), in the order terms were met.
   */
  readonly postings: readonly (readonly [
    term: string,
    docs: readonly number[],
    weights: readonly number[],
  ])[];
  /** The weighted length of each document (its words' field weights summed; relation phrasings left out). */
  readonly lengths: readonly number[];
  /** Entity names, aliases and thesaurus descriptions, as phrases of terms → entity ids. */
  readonly entityPhrases: PhraseTableJSON<string>;
  /** Entity names and aliases only, as phrases of terms → entity ids. */
  readonly entityNames: PhraseTableJSON<string>;
  /** For each document, the entities it refers to by id or names in its own words (an entity: itself). */
  readonly docEntities: readonly (readonly string[])[];
}

const FIELDS = Object.keys(fieldWeights) as (keyof RecordFields)[];

/** The records a search ranks, in document order: statements, events, claims, quotes, entities, topics, sources. */
export function documentRecords(dataset: Dataset): S400Record[] {
  const { sources, entities, statements, events, topics, claims, quotes } = dataset;
  return [...statements, ...events, ...claims, ...quotes, ...entities, ...topics, ...sources];
}

/** The search tables of a dataset: what `SearchIndex` is built from. */
export function searchTablesOf(index: DatasetIndex): SearchTables {
  const records = documentRecords(index.dataset);
  const entityOf = (id: string): Entity | undefined => {
    const r = index.records.get(id);
    return r?.kind === "entity" ? r : undefined;
  };

  const termsOf = memoizedSearchTerms();
  const phrases = new PhraseTable<string>();
  const names = new PhraseTable<string>();
  for (const entity of index.dataset.entities) {
    for (const name of [
      entity.name,
      entity.name.replace(/\s*\([^)]*\)\s*/g, " "),
      ...entity.aliases.map((a) => a.text),
      ...(entityOtherNames[entity.id] ?? []),
    ]) {
      phrases.add(termsOf(name), entity.id);
      names.add(termsOf(name), entity.id);
    }
    for (const description of entityDescriptions[entity.id] ?? [])
      phrases.add(termsOf(description), entity.id);
  }

  const building = new Map<string, { docs: number[]; weights: number[] }>();
  const lengths: number[] = [];
  const docEntities: (readonly string[])[] = [];
  records.forEach((record, doc) => {
    // A record also refers to the entities its own words name ("The S-400s would not be
    // integrated into NATO systems" names the S-400 and NATO), not only to those it links by id.
    const mentioned: string[] = [];
    if (record.kind !== "entity" && record.kind !== "source") {
      for (const part of ownWords(record)) {
        // A name several entities share cannot be resolved from the words alone: skip it.
        for (const match of phrases.matches(termsOf(part), true)) {
          if (mentioned.includes(match.value)) continue;
          mentioned.push(match.value);
        }
      }
    }
    const fields = recordFields(record, entityOf, mentioned);
    const weights = new Map<string, number>();
    let length = 0;
    for (const field of FIELDS) {
      const w = fieldWeights[field];
      // A relation's phrasings are alternatives, not words the record says: each counts once, and
      // they do not make the record longer (which would push down the very statement they describe).
      const seen = field === "relation" ? new Set<string>() : undefined;
      for (const part of fields[field]) {
        for (const term of termsOf(part)) {
          if (seen !== undefined) {
            if (seen.has(term)) continue;
            seen.add(term);
          } else length += w;
          weights.set(term, (weights.get(term) ?? 0) + w);
        }
      }
    }
    lengths.push(length);
    for (const [term, w] of weights) {
      let p = building.get(term);
      if (p === undefined) {
        p = { docs: [], weights: [] };
        building.set(term, p);
      }
      p.docs.push(doc);
      p.weights.push(w);
    }
    docEntities.push([...new Set([...referencedEntities(record), ...mentioned])]);
  });

  return {
    ids: records.map((r) => r.id),
    postings: [...building].map(([term, p]) => [term, p.docs, p.weights.map(Math.fround)] as const),
    lengths,
    entityPhrases: phrases.toJSON(),
    entityNames: names.toJSON(),
    docEntities,
  };
}
