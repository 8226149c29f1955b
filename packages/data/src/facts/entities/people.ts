/** The people and groups of people in the story. */
import type { EntityInput } from "./input.js";

export const people = [
  {
    kind: "entity",
    id: "mevlut-cavusoglu",
    type: "person",
    name: "Mevlüt Çavuşoğlu",
    nameNote:
      "Canonical spelling with Turkish diacritics (ü, Ç, ş, ğ) is editorial; every sentence of the text prints it without them, as Mevlut Cavusoglu or Cavusoglu.",
    aliases: [
      { text: "Mevlut Cavusoglu", kind: "ascii" },
      { text: "Cavusoglu", kind: "short" },
      { text: "Çavuşoğlu", kind: "short" },
      { text: "Foreign Minister Mevlut Cavusoglu", kind: "descriptive" },
      { text: "Turkey's Foreign Minister", kind: "descriptive" },
      { text: "Turkey's Foreign Minister Mevlut Cavusoglu", kind: "descriptive" },
    ],
    description:
      "Turkey's Foreign Minister; announced the joint working group talks with the United States and called the sanctions a misstep.",
    provenance: [
      { sourceId: "s01", start: 179, end: 221, exact: "Turkey's Foreign Minister Mevlut Cavusoglu" },
      { sourceId: "s02", start: 176, end: 209, exact: "Foreign Minister Mevlut Cavusoglu" },
      { sourceId: "s05", start: 0, end: 33, exact: "Foreign Minister Mevlut Cavusoglu" },
      { sourceId: "s06", start: 137, end: 146, exact: "Cavusoglu" },
      { sourceId: "s07", start: 80, end: 87, exact: "he said" },
      { sourceId: "s08", start: 43, end: 54, exact: "he stressed" },
      { sourceId: "s15", start: 0, end: 9, exact: "Cavusoglu" },
    ],
    inferred: [
      {
        about: "provenance",
        reasoning:
          's07 and s08 name the speaker only as "he"; they follow s06, whose speaker is Cavusoglu, and carry on his remarks about the sanctions, so "he" is read as Cavusoglu.',
      },
    ],
  },
  {
    kind: "entity",
    id: "ismail-demir",
    type: "person",
    name: "İsmail Demir",
    nameNote: "Dotted capital İ restored editorially; the text spells it Ismail.",
    aliases: [
      { text: "Ismail Demir", kind: "ascii" },
      { text: "Demir", kind: "short" },
      { text: "SSB head Ismail Demir", kind: "descriptive" },
      { text: "SSB chief", kind: "descriptive" },
    ],
    description: "Head (chief) of Turkey's SSB, sanctioned by the United States together with the agency.",
    provenance: [
      { sourceId: "s05", start: 192, end: 213, exact: "SSB head Ismail Demir" },
      { sourceId: "s09", start: 91, end: 113, exact: "its chief Ismail Demir" },
    ],
  },
  {
    kind: "entity",
    id: "joe-biden",
    type: "person",
    name: "Joe Biden",
    aliases: [
      { text: "Biden", kind: "short" },
      { text: "President-elect Joe Biden", kind: "descriptive" },
      { text: "Democratic President-elect Joe Biden", kind: "descriptive" },
    ],
    description: "Democratic President-elect, gearing up to take office on Jan. 20 and replace Donald Trump.",
    provenance: [
      { sourceId: "s10", start: 101, end: 137, exact: "Democratic President-elect Joe Biden" },
      { sourceId: "s15", start: 131, end: 136, exact: "Biden" },
    ],
  },
  {
    kind: "entity",
    id: "donald-trump",
    type: "person",
    name: "Donald Trump",
    aliases: [
      { text: "Trump", kind: "short" },
      { text: "Republican incumbent Donald Trump", kind: "descriptive" },
    ],
    description: "Republican incumbent whom Joe Biden is to replace on taking office on Jan. 20.",
    provenance: [{ sourceId: "s10", start: 184, end: 217, exact: "Republican incumbent Donald Trump" }],
  },
  {
    kind: "entity",
    id: "three-other-ssb-officials",
    type: "group",
    name: "Three other SSB officials",
    aliases: [
      { text: "three other officials", kind: "variant" },
      { text: "three other employees", kind: "variant" },
    ],
    description:
      "The three SSB officials (employees), besides its head Ismail Demir, whom the US sanctions also target; the text does not name them.",
    provenance: [
      { sourceId: "s05", start: 218, end: 239, exact: "three other officials" },
      { sourceId: "s09", start: 118, end: 139, exact: "three other employees" },
    ],
  },
  {
    kind: "entity",
    id: "us-officials",
    type: "group",
    name: "US officials",
    aliases: [],
    description:
      "Officials of the United States who voiced opposition to the deployment of the S-400s; the text does not name them.",
    provenance: [{ sourceId: "s12", start: 0, end: 12, exact: "US officials" }],
  },
  {
    kind: "entity",
    id: "turkish-officials",
    type: "group",
    name: "Turkish officials",
    aliases: [],
    description:
      "Officials of Turkey who agreed to the US proposal of a joint working group; the text does not name them.",
    provenance: [{ sourceId: "s03", start: 0, end: 17, exact: "Turkish officials" }],
  },
  {
    kind: "entity",
    id: "experts-from-both-countries",
    type: "group",
    name: "Experts from both countries",
    aliases: [
      { text: "experts from both countries", kind: "variant" },
      { text: "the level of experts", kind: "descriptive" },
    ],
    description:
      "Turkish and US experts who began the negotiations on the joint working group; the text does not name them.",
    provenance: [
      { sourceId: "s01", start: 120, end: 147, exact: "experts from both countries" },
      { sourceId: "s06", start: 111, end: 134, exact: "at the level of experts" },
    ],
  },
] as const satisfies readonly EntityInput[];
