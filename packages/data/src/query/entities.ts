/** Entities by id, name or alias, and by type. */

import { requireOneOf, requireOptions, requireText } from "../arguments.js";
import { S400Error } from "../errors.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { Entity, EntityType } from "../model/entity.js";
import { entityTypes } from "../model/entity.js";
import { nameKey } from "../text/normalize.js";

/** Options of `entities()`. */
export interface EntitiesOptions {
  /** Only entities of this type. */
  readonly type?: EntityType;
}

/** The entity with this id, canonical name or alias (case, diacritics and spelling variants ignored), if any. */
export function findEntityIn(index: DatasetIndex, idOrName: string): Entity | undefined {
  requireText(idOrName, "idOrName");
  return index.entityKeys.get(nameKey(idOrName));
}

/** Like `findEntityIn`, but an unknown name is a NOT_FOUND error. */
export function getEntityIn(index: DatasetIndex, idOrName: string, argument = "idOrName"): Entity {
  requireText(idOrName, argument);
  const entity = index.entityKeys.get(nameKey(idOrName));
  if (entity === undefined) {
    throw new S400Error("NOT_FOUND", `No entity is called ${JSON.stringify(idOrName)}`, argument);
  }
  return entity;
}

/** All entities in dataset order, or those of one type. */
export function entitiesIn(index: DatasetIndex, options?: EntitiesOptions): readonly Entity[] {
  const { type } = requireOptions(options);
  const all = index.dataset.entities;
  if (type === undefined) return Object.isFrozen(all) ? all : Object.freeze([...all]);
  const wanted = requireOneOf(type, entityTypes, "type");
  return Object.freeze(all.filter((entity) => entity.type === wanted));
}
