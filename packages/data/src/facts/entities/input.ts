/** The shape entity records are written in, before their ids become the `EntityId` type. */
import type { Entity } from "../../model/entity.js";

export type EntityInput = Omit<Entity, "id"> & { readonly id: string };
