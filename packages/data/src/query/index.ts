/** The queries over the bundled dataset: one function per question a user asks. */

import { dataset } from "../facts/index.js";
import type { Claim, Topic } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { Event } from "../model/event.js";
import type { Quote } from "../model/quote.js";
import type { S400Record } from "../model/record.js";
import type { Source } from "../model/source.js";
import type { Statement } from "../model/statement.js";
import type { SearchHit, SearchOptions } from "../search/search.js";
import type { ClaimsOptions, Position } from "./claims.js";
import { createQueries } from "./create-queries.js";
import type { EntitiesOptions } from "./entities.js";
import type { DatasetMeta } from "./meta.js";
import type { QuotesOptions } from "./quotes.js";
import type { ProvenanceView } from "./records.js";
import type { Neighbour, StatementsOptions } from "./statements.js";
import type { TimelineOptions } from "./timeline.js";

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
export function getEntity(idOrName: string): Entity {
  return bundled.getEntity(idOrName);
}

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
export function findEntity(idOrName: string): Entity | undefined {
  return bundled.findEntity(idOrName);
}

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
export function entities(options?: EntitiesOptions): readonly Entity[] {
  return bundled.entities(options);
}

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
export function statementsAbout(entity: string, options?: StatementsOptions): readonly Statement[] {
  return bundled.statementsAbout(entity, options);
}

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
export function related(entity: string): readonly Neighbour[] {
  return bundled.related(entity);
}

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
export function timeline(options?: TimelineOptions): readonly Event[] {
  return bundled.timeline(options);
}

/**
 * The topics the parties take positions on.
 *
 * @example
 * ```ts
 * import { topics } from "@s400/data";
 * console.assert(topics().some((t) => t.id === "s400-nato-compatibility"));
 * ```
 */
export function topics(): readonly Topic[] {
  return bundled.topics();
}

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
export function claims(options?: ClaimsOptions): readonly Claim[] {
  return bundled.claims(options);
}

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
export function positions(topic?: string): readonly Position[] {
  return bundled.positions(topic);
}

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
export function quotes(options?: QuotesOptions): readonly Quote[] {
  return bundled.quotes(options);
}

/**
 * The 15 source sentences in file order.
 *
 * @example
 * ```ts
 * import { sources } from "@s400/data";
 * console.assert(sources().length === 15);
 * ```
 */
export function sources(): readonly Source[] {
  return bundled.sources();
}

/**
 * One source sentence by id (`s01` … `s15`); `NOT_FOUND` otherwise.
 *
 * @example
 * ```ts
 * import { source } from "@s400/data";
 * console.assert(source("s11").text.startsWith("In April 2017"));
 * ```
 */
export function source(id: string): Source {
  return bundled.source(id);
}

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
export function citing(sourceId: string): readonly S400Record[] {
  return bundled.citing(sourceId);
}

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
export function getRecord(id: string): S400Record {
  return bundled.getRecord(id);
}

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
export function provenance(recordOrId: S400Record | string): readonly ProvenanceView[] {
  return bundled.provenance(recordOrId);
}

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
export function search(query: string, options?: SearchOptions): readonly SearchHit[] {
  return bundled.search(query, options);
}

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
export function meta(): DatasetMeta {
  return bundled.meta();
}
