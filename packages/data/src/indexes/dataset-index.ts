/** Lookup tables over one dataset, each built once on first use so every lookup after that is O(1). */
import type { Claim, Topic } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { Event } from "../model/event.js";
import type { EntityId } from "../model/ids.js";
import type { Quote } from "../model/quote.js";
import type { Dataset, S400Record } from "../model/record.js";
import type { Source } from "../model/source.js";
import type { Provenance } from "../model/span.js";
import type { Qualifier, Statement, Value } from "../model/statement.js";
import { nameKey } from "../text/normalize.js";
import { inTimelineOrder } from "./event-order.js";

/** A record kind that carries provenance, in the order `citing()` lists them. */
export type CitingRecord = Entity | Statement | Event | Claim | Quote;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function freezeLists<K, V>(map: Map<K, V[]>): Map<K, readonly V[]> {
  for (const list of map.values()) Object.freeze(list);
  return map;
}

/** The entity ids a value refers to, if it is an entity. */
function entityOf(value: Value): string | undefined {
  return value.kind === "entity" ? value.id : undefined;
}

/**
 * Whom a position is by: a claim's claimant and speaker, a quote's speaker and the party spoken for
 * (absent ones left out); nobody for any other record.
 */
export function holdersOf(record: S400Record): readonly EntityId[] {
  const by: readonly (EntityId | undefined)[] =
    record.kind === "claim"
      ? [record.claimant, record.speaker]
      : record.kind === "quote"
        ? [record.speaker, record.onBehalfOf]
        : [];
  return by.filter((id): id is EntityId => id !== undefined);
}

/**
 * Every entity a statement mentions: its subject, its object and its qualifier values (those `keep`
 * keeps: all by default), without repeats.
 */
export function statementEntities(
  statement: Statement,
  keep: (qualifier: Qualifier) => boolean = () => true,
): readonly string[] {
  const ids = new Set<string>([statement.subject]);
  const object = entityOf(statement.object);
  if (object !== undefined) ids.add(object);
  for (const qualifier of statement.qualifiers) {
    if (!keep(qualifier)) continue;
    const id = entityOf(qualifier.value);
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}

/** The index of a dataset: maps from ids and normalised names to records, built lazily. */
export class DatasetIndex {
  readonly dataset: Dataset;
  #records?: Map<string, S400Record>;
  #entityKeys?: Map<string, Entity>;
  #sources?: Map<string, Source>;
  #topics?: Map<string, Topic>;
  #citing?: Map<string, readonly CitingRecord[]>;
  #statementsByEntity?: Map<string, readonly Statement[]>;
  #eventsInOrder?: readonly Event[];

  constructor(dataset: Dataset) {
    this.dataset = dataset;
  }

  /** Every record by id. */
  get records(): ReadonlyMap<string, S400Record> {
    if (this.#records === undefined) {
      const map = new Map<string, S400Record>();
      const { sources, entities, statements, events, topics, claims, quotes } = this.dataset;
      for (const list of [sources, entities, statements, events, topics, claims, quotes]) {
        for (const record of list as readonly S400Record[])
          if (!map.has(record.id)) map.set(record.id, record);
      }
      this.#records = map;
    }
    return this.#records;
  }

  /** Entities by the key of their id, canonical name and every alias. Ids win over names, names over aliases. */
  get entityKeys(): ReadonlyMap<string, Entity> {
    if (this.#entityKeys === undefined) {
      const map = new Map<string, Entity>();
      const add = (text: string, entity: Entity) => {
        const key = nameKey(text);
        if (key !== "" && !map.has(key)) map.set(key, entity);
      };
      const { entities } = this.dataset;
      for (const entity of entities) add(entity.id, entity);
      for (const entity of entities) {
        add(entity.name, entity);
        // "Presidency of Defense Industries (SSB)" is also found without its parenthesis.
        add(entity.name.replace(/\s*\([^)]*\)\s*/g, " "), entity);
      }
      for (const entity of entities) for (const alias of entity.aliases) add(alias.text, entity);
      this.#entityKeys = map;
    }
    return this.#entityKeys;
  }

  /** Sources by id. */
  get sources(): ReadonlyMap<string, Source> {
    this.#sources ??= new Map(this.dataset.sources.map((source) => [source.id, source]));
    return this.#sources;
  }

  /** Topics by id. */
  get topics(): ReadonlyMap<string, Topic> {
    this.#topics ??= new Map(this.dataset.topics.map((topic) => [topic.id, topic]));
    return this.#topics;
  }

  /** For each source id, the records whose provenance cites it, entities first, then statements, events, claims, quotes. */
  get citing(): ReadonlyMap<string, readonly CitingRecord[]> {
    if (this.#citing === undefined) {
      const map = new Map<string, CitingRecord[]>();
      const { entities, statements, events, claims, quotes } = this.dataset;
      for (const list of [
        entities,
        statements,
        events,
        claims,
        quotes,
      ] as readonly (readonly CitingRecord[])[]) {
        for (const record of list) {
          for (const sourceId of citedSources(record.provenance)) push(map, sourceId, record);
        }
      }
      this.#citing = freezeLists(map);
    }
    return this.#citing;
  }

  /** For each entity id, the statements that mention it as subject, object or qualifier value. */
  get statementsByEntity(): ReadonlyMap<string, readonly Statement[]> {
    if (this.#statementsByEntity === undefined) {
      const map = new Map<string, Statement[]>();
      for (const statement of this.dataset.statements) {
        for (const id of statementEntities(statement)) push(map, id, statement);
      }
      this.#statementsByEntity = freezeLists(map);
    }
    return this.#statementsByEntity;
  }

  /** Every event in timeline order (see `inTimelineOrder`). */
  get eventsInOrder(): readonly Event[] {
    this.#eventsInOrder ??= Object.freeze(inTimelineOrder(this.dataset.events));
    return this.#eventsInOrder;
  }
}

/** The distinct source ids a provenance cites, in order. */
export function citedSources(provenance: Provenance): readonly string[] {
  if (provenance.length === 1) return [provenance[0].sourceId];
  return [...new Set(provenance.map((span) => span.sourceId))];
}
