/** Statements about an entity, and the entities linked to it by statements. */

import { requireOptions, requirePredicate } from "../arguments.js";
import { type DatasetIndex, statementEntities } from "../indexes/dataset-index.js";
import type { Entity } from "../model/entity.js";
import type { Predicate, Statement } from "../model/statement.js";
import { getEntityIn } from "./entities.js";

/** Options of `statementsAbout()`. */
export interface StatementsOptions {
  /** Only statements with this predicate. */
  readonly predicate?: Predicate;
}

/** An entity linked to another, with the statements that link them. */
export interface Neighbour {
  readonly entity: Entity;
  readonly statements: readonly Statement[];
}

const EMPTY: readonly Statement[] = Object.freeze([]);

/** Statements that mention the entity as subject, object or qualifier value, in dataset order. */
export function statementsAboutIn(
  index: DatasetIndex,
  entity: string,
  options?: StatementsOptions,
): readonly Statement[] {
  const { predicate } = requireOptions(options);
  const wanted = predicate === undefined ? undefined : requirePredicate(predicate);
  const { id } = getEntityIn(index, entity, "entity");
  const all = index.statementsByEntity.get(id) ?? EMPTY;
  return wanted === undefined
    ? all
    : Object.freeze(all.filter((statement) => statement.predicate === wanted));
}

/**
 * The entities that share a statement with the entity, most linked first (ties in the order their
 * first linking statement appears in the dataset),
 * each with the statements that link them.
 */
export function relatedIn(index: DatasetIndex, entity: string): readonly Neighbour[] {
  const self = getEntityIn(index, entity, "entity");
  const links = new Map<string, Statement[]>();
  for (const statement of index.statementsByEntity.get(self.id) ?? EMPTY) {
    for (const id of statementEntities(statement)) {
      if (id === self.id) continue;
      const list = links.get(id);
      if (list === undefined) links.set(id, [statement]);
      else list.push(statement);
    }
  }
  const neighbours: Neighbour[] = [];
  for (const [id, statements] of links) {
    const neighbour = index.records.get(id);
    if (neighbour?.kind !== "entity") continue;
    neighbours.push(Object.freeze({ entity: neighbour, statements: Object.freeze(statements) }));
  }
  // Array#sort is stable, so equally linked neighbours keep the order they were first met in.
  neighbours.sort((a, b) => b.statements.length - a.statements.length);
  return Object.freeze(neighbours);
}
