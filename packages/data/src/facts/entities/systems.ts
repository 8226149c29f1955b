/** The weapon systems in the story. */
import type { EntityInput } from "./input.js";

export const systems = [
  {
    kind: "entity",
    id: "s-400",
    type: "weapon-system",
    name: "S-400",
    aliases: [
      { text: "S-400s", kind: "variant" },
      { text: "S-400 missile defence system", kind: "variant" },
      { text: "S-400 missile defence systems", kind: "variant" },
      { text: "Russian S-400", kind: "descriptive" },
      { text: "Russian S-400 missile defence systems", kind: "descriptive" },
      { text: "Russian S-400 missile defence system", kind: "descriptive" },
      { text: "state-of-art missile shield", kind: "descriptive" },
      { text: "missile shield", kind: "descriptive" },
    ],
    description:
      "Russian missile defence system that Turkey contracted to buy in April 2017 and acquired; the cause of the US sanctions.",
    provenance: [
      { sourceId: "s02", start: 137, end: 174, exact: "Russian S-400 missile defence systems" },
      { sourceId: "s03", start: 167, end: 203, exact: "Russian S-400 missile defence system" },
      { sourceId: "s04", start: 161, end: 166, exact: "S-400" },
      { sourceId: "s09", start: 184, end: 190, exact: "S-400s" },
      { sourceId: "s11", start: 67, end: 94, exact: "state-of-art missile shield" },
      { sourceId: "s13", start: 35, end: 41, exact: "S-400s" },
      { sourceId: "s14", start: 32, end: 38, exact: "S-400s" },
    ],
    inferred: [
      {
        about: "aliases",
        reasoning:
          's11 says Turkey contracted "to acquire the state-of-art missile shield" without naming it; the shield is read as the S-400, which s02, s03, s09 and s14 say Turkey purchased and acquired, so "state-of-art missile shield" is kept as one of its names.',
      },
    ],
  },
  {
    kind: "entity",
    id: "nato-weapons-systems",
    type: "weapon-system",
    name: "NATO weapons systems",
    aliases: [
      { text: "NATO systems", kind: "short" },
      { text: "its armaments", kind: "descriptive" },
    ],
    description:
      "The weapons systems of NATO, with which the US says the S-400 is incompatible and into which Turkey says it will not be integrated.",
    provenance: [
      { sourceId: "s04", start: 171, end: 191, exact: "NATO weapons systems" },
      { sourceId: "s12", start: 98, end: 110, exact: "NATO systems" },
      { sourceId: "s13", start: 71, end: 83, exact: "NATO systems" },
      { sourceId: "s13", start: 124, end: 137, exact: "its armaments" },
    ],
  },
  {
    kind: "entity",
    id: "f-35",
    type: "weapon-system",
    name: "F-35",
    aliases: [{ text: "F-35 jets", kind: "variant" }],
    description: "Jets that US officials say the S-400 would expose to possible Russian subterfuge.",
    provenance: [{ sourceId: "s12", start: 128, end: 137, exact: "F-35 jets" }],
  },
] as const satisfies readonly EntityInput[];
