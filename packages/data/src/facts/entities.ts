/** The entities of the story. Ids here are the only valid `EntityId`s. */
import type { Entity } from "../model/entity.js";

type EntityInput = Omit<Entity, "id"> & { readonly id: string };

export const entityList = [
  {
    kind: "entity",
    id: "ssb",
    type: "organization",
    name: "Presidency of Defense Industries (SSB)",
    aliases: [
      { text: "SSB", kind: "abbreviation" },
      { text: "Defense Industries Presidency", kind: "variant" },
      { text: "Defence Industry Directorate", kind: "variant" },
      { text: "Turkey's defence industry", kind: "descriptive" },
    ],
    description: "Turkey's defence industry agency, the target of the US sanctions.",
    provenance: [{ sourceId: "s09", start: 85, end: 88, exact: "SSB" }],
  },
  {
    kind: "entity",
    id: "ismail-demir",
    type: "person",
    name: "İsmail Demir",
    nameNote: "Dotted capital İ restored editorially; the text spells it Ismail.",
    aliases: [{ text: "Ismail Demir", kind: "ascii" }],
    description: "Head of the SSB, sanctioned by the US.",
    provenance: [{ sourceId: "s05", start: 201, end: 213, exact: "Ismail Demir" }],
  },
] as const satisfies readonly EntityInput[];
