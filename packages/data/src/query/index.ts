/**
 * The query surface: one table of query functions over a dataset index, the `Queries` type and
 * `createQueries` derived from it, and the same queries bound to the bundled dataset, documented one
 * by one. Adding a query is a function in its own file plus one entry in the table and one documented
 * export here (see CONTRIBUTING.md).
 */

import { answerIn } from "../answer/answer.js";
import { dataset } from "../facts/index.js";
import { deepFreeze } from "../freeze.js";
import { DatasetIndex } from "../indexes/dataset-index.js";
import type { Dataset } from "../model/record.js";
import { searchIn } from "../search/search.js";
import { claimsIn, positionsIn, topicsIn } from "./claims.js";
import { entitiesIn, findEntityIn, getEntityIn } from "./entities.js";
import { metaOf } from "./meta.js";
import { quotesIn } from "./quotes.js";
import { getRecordIn, provenanceIn, recordWithProvenanceIn } from "./records.js";
import { citingIn, sourceIn, sourcesIn, sourceWithCitingIn } from "./sources.js";
import { relatedIn, statementsAboutIn } from "./statements.js";
import { timelineIn } from "./timeline.js";

/**
 * Every query, as a function of a dataset index and the caller's arguments. The one list of queries:
 * `Queries`, `createQueries` and the package's exports all derive from it.
 */
const queryTable = {
  getEntity: (index: DatasetIndex, idOrName: string) => getEntityIn(index, idOrName),
  findEntity: findEntityIn,
  entities: entitiesIn,
  statementsAbout: statementsAboutIn,
  related: relatedIn,
  timeline: timelineIn,
  topics: topicsIn,
  claims: claimsIn,
  positions: positionsIn,
  quotes: quotesIn,
  sources: sourcesIn,
  source: (index: DatasetIndex, id: string) => sourceIn(index, id),
  sourceWithCiting: sourceWithCitingIn,
  citing: citingIn,
  getRecord: getRecordIn,
  provenance: provenanceIn,
  recordWithProvenance: recordWithProvenanceIn,
  search: searchIn,
  answer: answerIn,
  meta: metaOf,
} satisfies Record<string, (index: DatasetIndex, ...args: never[]) => unknown>;

/** A query of the table with its dataset index bound: what a caller sees. */
type Bound<Q> = Q extends (index: DatasetIndex, ...args: infer A) => infer R ? (...args: A) => R : never;

/** Every query of `@s400/data`, answering over one dataset. See the functions of the same name for each. */
export type Queries = { readonly dataset: Dataset } & {
  readonly [K in keyof typeof queryTable]: Bound<(typeof queryTable)[K]>;
};

/** The names of the queries, in the table's order. */
export type QueryName = keyof typeof queryTable;

/**
 * Binds every query and the search to a dataset of your own (the package's functions are bound to
 * the bundled `dataset`). Indexes are built on first use, once per call of `createQueries`. The
 * dataset is frozen deeply, in place (as the bundled one already is), because queries hand out its
 * records as they are and no caller may change the next caller's answer.
 *
 * @example
 * ```ts
 * import { createQueries, dataset } from "@s400/data";
 * const queries = createQueries(dataset);
 * const ssb = queries.getEntity("SSB");
 * console.assert(ssb.id === "ssb");
 * ```
 */
export function createQueries(dataset: Dataset): Queries {
  deepFreeze(dataset);
  const index = new DatasetIndex(dataset);
  const bound: Record<string, unknown> = { dataset };
  for (const [name, query] of Object.entries(queryTable) as [string, (...args: unknown[]) => unknown][]) {
    bound[name] = (...args: unknown[]) => query(index, ...args);
  }
  // The loop above builds exactly the mapped type; TypeScript cannot follow a loop over keys.
  return Object.freeze(bound) as Queries;
}

const bundled = createQueries(dataset);

/**
 * The entity with this id, canonical name or alias. Case, diacritics, punctuation and spelling
 * variants (Defence/Defense) are ignored. Throws `S400Error` `NOT_FOUND` for an unknown name and
 * `INVALID_ARGUMENT` for an empty one.
 *
 * @example
 * ```ts
 * import { getEntity } from "@s400/data";
 * console.assert(getEntity("Defence Industry Directorate").id === "ssb");
 * console.assert(getEntity("cavusoglu").name === "Mevlüt Çavuşoğlu");
 * console.assert(getEntity("Çavuşoğlu").id === "mevlut-cavusoglu");
 * console.assert(getEntity("Ankara").id === "turkey"); // a place standing for its government
 * ```
 */
export const getEntity: Queries["getEntity"] = bundled.getEntity;

/**
 * Like `getEntity`, but `undefined` for an unknown name.
 *
 * @example
 * ```ts
 * import { findEntity } from "@s400/data";
 * console.assert(findEntity("Defense Industries Presidency")?.id === "ssb");
 * console.assert(findEntity("Atlantis") === undefined);
 * ```
 */
export const findEntity: Queries["findEntity"] = bundled.findEntity;

/**
 * All entities in dataset order, or only those of one type. An unknown type is `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * import { entities } from "@s400/data";
 * const people = entities({ type: "person" });
 * console.assert(people.some((e) => e.id === "ismail-demir"));
 * console.assert(people.every((e) => e.type === "person"));
 * ```
 */
export const entities: Queries["entities"] = bundled.entities;

/**
 * The statements that mention an entity (id, name or alias) as subject, object or qualifier value,
 * in dataset order, optionally with one predicate.
 *
 * @example
 * ```ts
 * import { statementsAbout } from "@s400/data";
 * const [head] = statementsAbout("SSB", { predicate: "head-of" });
 * console.assert(head?.subject === "ismail-demir");
 * console.log(head?.summary);
 * ```
 */
export const statementsAbout: Queries["statementsAbout"] = bundled.statementsAbout;

/**
 * The entities that share a statement with an entity, most linked first, each with the statements
 * linking them.
 *
 * @example
 * ```ts
 * import { related } from "@s400/data";
 * const neighbours = related("ssb");
 * console.assert(neighbours.some((n) => n.entity.id === "ismail-demir"));
 * for (const { entity, statements } of neighbours) console.log(entity.name, statements.length);
 * ```
 */
export const related: Queries["related"] = bundled.related;

/**
 * Events in timeline order: by the earliest day each can fall on, then coarser precision first
 * (year, month, day), then the order the text gives for events whose dates tie (`date.after`),
 * then id. `from` and `to` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive) keep
 * the events whose possible days overlap the range, so a month-precision event matches a query for
 * any day in that month. `entity` keeps the events it takes part in.
 *
 * @example
 * ```ts
 * import { timeline } from "@s400/data";
 * const [first] = timeline();
 * console.assert(first?.date.value === "2017-04"); // the S-400 contract
 * // A day inside December 2020 matches the events dated only to that month.
 * const december = timeline({ from: "2020-12-16", to: "2020-12-16" });
 * console.assert(december.length > 0 && december.every((e) => e.date.earliest <= "2020-12-16"));
 * for (const event of timeline({ entity: "Biden" })) console.log(event.date.value, event.title);
 * ```
 */
export const timeline: Queries["timeline"] = bundled.timeline;

/**
 * The topics the parties take positions on.
 *
 * @example
 * ```ts
 * import { topics } from "@s400/data";
 * console.assert(topics().some((t) => t.id === "s400-nato-compatibility"));
 * ```
 */
export const topics: Queries["topics"] = bundled.topics;

/**
 * Claims in dataset order, narrowed by the party that holds them or the person who voiced them
 * (`by`, id, name or alias), by topic id (`about`) and by `stance`.
 *
 * @example
 * ```ts
 * import { claims } from "@s400/data";
 * const ankara = claims({ by: "Ankara", about: "s400-nato-compatibility" });
 * console.assert(ankara.length > 0 && ankara.every((c) => c.claimant === "turkey"));
 * for (const claim of claims({ about: "s400-nato-compatibility", stance: "against" })) {
 *   console.log(claim.claimant, claim.text);
 * }
 * ```
 */
export const claims: Queries["claims"] = bundled.claims;

/**
 * What each party holds on a topic (or on every topic), side by side, with the claims that answer
 * each other linked as exchanges.
 *
 * @example
 * ```ts
 * import { positions } from "@s400/data";
 * const [position] = positions("s400-nato-compatibility");
 * const parties = position?.sides.map((side) => side.party.id) ?? [];
 * console.assert(parties.includes("turkey") && parties.includes("united-states"));
 * for (const { claim, respondsTo } of position?.exchanges ?? []) {
 *   console.log(`${claim.text} ← answers → ${respondsTo.text}`);
 * }
 * ```
 */
export const positions: Queries["positions"] = bundled.positions;

/**
 * Quotes in dataset order, optionally by one speaker or on behalf of one party (id, name or alias).
 *
 * @example
 * ```ts
 * import { quotes } from "@s400/data";
 * const said = quotes({ speaker: "Çavuşoğlu" });
 * console.assert(said.some((quote) => quote.text.includes("sovereign rights")));
 * console.assert(quotes({ speaker: "ismail-demir" }).length === 0); // named, but never quoted
 * ```
 */
export const quotes: Queries["quotes"] = bundled.quotes;

/**
 * The 15 source sentences in file order.
 *
 * @example
 * ```ts
 * import { sources } from "@s400/data";
 * console.assert(sources().length === 15);
 * ```
 */
export const sources: Queries["sources"] = bundled.sources;

/**
 * One source sentence by id (`s01` … `s15`); `NOT_FOUND` otherwise.
 *
 * @example
 * ```ts
 * import { source } from "@s400/data";
 * console.assert(source("s11").text.startsWith("In April 2017"));
 * ```
 */
export const source: Queries["source"] = bundled.source;

/**
 * The records whose provenance cites a source sentence: entities, then statements, events, claims
 * and quotes, each in dataset order.
 *
 * @example
 * ```ts
 * import { citing } from "@s400/data";
 * const records = citing("s11"); // "In April 2017, Turkey signed a contract with Russia …"
 * console.assert(records.some((r) => r.kind === "event"));
 * console.assert(citing("s09").some((r) => r.id === "ssb"));
 * ```
 */
export const citing: Queries["citing"] = bundled.citing;

/**
 * A source sentence by id together with every record that cites it (`source` and `citing` in one).
 *
 * @example
 * ```ts
 * import { sourceWithCiting } from "@s400/data";
 * const { source, citing } = sourceWithCiting("s11");
 * console.assert(source.text.startsWith("In April 2017") && citing.length > 0);
 * ```
 */
export const sourceWithCiting: Queries["sourceWithCiting"] = bundled.sourceWithCiting;

/**
 * Any record by id: a source, entity, statement, event, topic, claim or quote. `NOT_FOUND` otherwise.
 *
 * @example
 * ```ts
 * import { getRecord } from "@s400/data";
 * const record = getRecord("ismail-demir");
 * console.assert(record.kind === "entity");
 * ```
 */
export const getRecord: Queries["getRecord"] = bundled.getRecord;

/**
 * The spans a record (or record id) rests on, each with its sentence and the text before and after.
 *
 * @example
 * ```ts
 * import { provenance } from "@s400/data";
 * for (const view of provenance("ismail-demir")) {
 *   console.assert(view.before + view.exact + view.after === view.source.text);
 *   console.log(`${view.source.id}: …${view.before.slice(-20)}[${view.exact}]${view.after.slice(0, 20)}…`);
 * }
 * ```
 */
export const provenance: Queries["provenance"] = bundled.provenance;

/**
 * A record (or record id) together with its provenance (`getRecord` and `provenance` in one).
 *
 * @example
 * ```ts
 * import { recordWithProvenance } from "@s400/data";
 * const { record, provenance } = recordWithProvenance("ismail-demir");
 * console.assert(record.kind === "entity" && provenance.length > 0);
 * console.assert(provenance.every((view) => view.source.text.includes(view.exact)));
 * ```
 */
export const recordWithProvenance: Queries["recordWithProvenance"] = bundled.recordWithProvenance;

/**
 * Searches the records for a question or keywords, in the user's own words, best hit first. It
 * understands spelling variants, synonyms and inflections (see the thesaurus), links names in the
 * question to entities, and favours the kind of record a question asks for ("when" → events,
 * "said" → quotes). `limit` defaults to 10; `types` narrows to kinds of record.
 *
 * @example
 * ```ts
 * import { search } from "@s400/data";
 * const [best] = search("Who runs the SSB?");
 * console.assert(best?.id === "st-demir-heads-ssb");
 * const [when] = search("When will Biden be sworn in?", { types: ["event"], limit: 1 });
 * console.assert(when?.record.kind === "event" && when.record.date.value === "2021-01-20");
 * const entitiesOnly = search("air defense system", { types: ["entity"], limit: 3 });
 * console.assert(entitiesOnly.every((hit) => hit.type === "entity"));
 * ```
 */
export const search: Queries["search"] = bundled.search;

/**
 * Answers a question in the user's own words with a short answer, the records that support it and
 * the exact words of the sources that carry it, or `null` when the dataset does not answer it. It
 * links the names in the question to entities (any spelling, case or diacritics, small typos), reads
 * the relation asked about through the phrasings of `text/relations.ts` and the thesaurus, and the
 * type of answer wanted (who → a person or body, when → a date at its precision, how many → a count,
 * which party/country → an entity of that type). A record answers only when it refers to every entity
 * the question names and states every other content word of it; otherwise, or when two records give
 * different answers about equally well, it abstains (`null`). Empty, blank or over-long questions
 * (more than 300 characters) are `INVALID_ARGUMENT`. The answer is deeply frozen plain data.
 *
 * @example
 * ```ts
 * import { answer } from "@s400/data";
 * const head = answer("Who heads the SSB?");
 * console.assert(head?.text === "İsmail Demir");
 * console.assert(head?.value.kind === "entity" && head.value.id === "ismail-demir");
 * console.assert(head?.evidence.some((span) => span.exact.includes("Ismail Demir")));
 * console.assert(answer("when did turkey sign the deal with russia")?.text === "April 2017");
 * console.assert(answer("How much did Turkey pay for the S-400?") === null);
 * ```
 */
export const answer: Queries["answer"] = bundled.answer;

/**
 * The version of the data, a stable content hash (FNV-1a 64-bit hex of canonical JSON) and how many
 * records of each kind there are.
 *
 * @example
 * ```ts
 * import { meta } from "@s400/data";
 * const { version, hash, counts } = meta();
 * console.assert(/^[0-9a-f]{16}$/.test(hash));
 * console.assert(counts.source === 15);
 * console.log(version);
 * ```
 */
export const meta: Queries["meta"] = bundled.meta;
