/** The entities of the story. Ids here are the only valid `EntityId`s. */
import { people } from "./entities/people.js";
import { states } from "./entities/states.js";
import { systems } from "./entities/systems.js";

export const entityList = [...states, ...people, ...systems] as const;
