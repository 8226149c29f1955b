/** The countries, the alliance, the governments' bodies and the political parties in the story. */
import type { EntityInput } from "./input.js";

export const states = [
  {
    kind: "entity",
    id: "turkey",
    type: "country",
    name: "Turkey",
    aliases: [
      { text: "Ankara", kind: "metonym" },
      { text: "Turkish", kind: "demonym" },
      { text: "NATO ally Turkey", kind: "descriptive" },
    ],
    description:
      'NATO ally that bought the Russian S-400 missile defence system; its defence industry agency SSB is under US sanctions. The text uses "Ankara" for its government.',
    provenance: [
      { sourceId: "s01", start: 0, end: 6, exact: "Ankara" },
      { sourceId: "s01", start: 71, end: 77, exact: "Turkey" },
      { sourceId: "s01", start: 179, end: 185, exact: "Turkey" },
      { sourceId: "s02", start: 0, end: 6, exact: "Turkey" },
      { sourceId: "s02", start: 116, end: 122, exact: "Ankara" },
      { sourceId: "s03", start: 0, end: 7, exact: "Turkish" },
      { sourceId: "s03", start: 116, end: 122, exact: "Turkey" },
      { sourceId: "s04", start: 35, end: 41, exact: "Turkey" },
      { sourceId: "s05", start: 44, end: 50, exact: "Turkey" },
      { sourceId: "s05", start: 136, end: 142, exact: "Turkey" },
      { sourceId: "s09", start: 36, end: 52, exact: "NATO ally Turkey" },
      { sourceId: "s10", start: 76, end: 82, exact: "Ankara" },
      { sourceId: "s11", start: 15, end: 21, exact: "Turkey" },
      { sourceId: "s13", start: 0, end: 6, exact: "Turkey" },
      { sourceId: "s14", start: 0, end: 6, exact: "Turkey" },
      { sourceId: "s15", start: 38, end: 44, exact: "Turkey" },
    ],
  },
  {
    kind: "entity",
    id: "united-states",
    type: "country",
    name: "United States",
    aliases: [
      { text: "US", kind: "abbreviation" },
      { text: "U.S.", kind: "abbreviation" },
      { text: "the United States", kind: "variant" },
      { text: "Washington", kind: "metonym" },
    ],
    description:
      'Imposed the sanctions on Turkey\'s SSB over its purchase of the S-400 and proposed the joint working group. The text uses "Washington" for its government.',
    provenance: [
      { sourceId: "s02", start: 11, end: 28, exact: "the United States" },
      { sourceId: "s02", start: 88, end: 92, exact: "U.S." },
      { sourceId: "s03", start: 35, end: 37, exact: "US" },
      { sourceId: "s06", start: 28, end: 34, exact: "the US" },
      { sourceId: "s09", start: 0, end: 10, exact: "Washington" },
      { sourceId: "s10", start: 87, end: 97, exact: "Washington" },
      { sourceId: "s12", start: 0, end: 2, exact: "US" },
      { sourceId: "s15", start: 90, end: 107, exact: "the United States" },
    ],
  },
  {
    kind: "entity",
    id: "russia",
    type: "country",
    name: "Russia",
    aliases: [{ text: "Russian", kind: "demonym" }],
    description: "The country of the S-400, with which Turkey signed a contract in April 2017 to acquire it.",
    provenance: [
      { sourceId: "s02", start: 137, end: 144, exact: "Russian" },
      { sourceId: "s03", start: 167, end: 174, exact: "Russian" },
      { sourceId: "s11", start: 45, end: 51, exact: "Russia" },
      { sourceId: "s12", start: 150, end: 157, exact: "Russian" },
    ],
  },
  {
    kind: "entity",
    id: "nato",
    type: "alliance",
    name: "NATO",
    aliases: [{ text: "the alliance", kind: "descriptive" }],
    description:
      "The alliance of which Turkey is an ally; the US says the S-400 is incompatible with its systems.",
    provenance: [
      { sourceId: "s04", start: 171, end: 175, exact: "NATO" },
      { sourceId: "s09", start: 36, end: 40, exact: "NATO" },
      { sourceId: "s12", start: 98, end: 102, exact: "NATO" },
      { sourceId: "s13", start: 71, end: 75, exact: "NATO" },
      { sourceId: "s13", start: 108, end: 120, exact: "the alliance" },
      { sourceId: "s14", start: 129, end: 133, exact: "NATO" },
    ],
  },
  {
    kind: "entity",
    id: "ssb",
    type: "organization",
    name: "Defense Industries Presidency",
    aliases: [
      { text: "SSB", kind: "abbreviation" },
      { text: "Defence Industries Presidency", kind: "variant" },
      { text: "Defence Industry Directorate", kind: "variant" },
      { text: "Defense Industry Directorate", kind: "variant" },
      { text: "Turkey’s Defense Industries Presidency", kind: "descriptive" },
      { text: "Turkey’s Defence Industry Directorate", kind: "descriptive" },
      { text: "Turkey's defence industry", kind: "descriptive" },
    ],
    description:
      "Turkey's defence industry agency (SSB), target of the US sanctions over the S-400 purchase, together with its head Ismail Demir and three other officials.",
    provenance: [
      { sourceId: "s01", start: 80, end: 115, exact: "Defense Industries Presidency (SSB)" },
      { sourceId: "s03", start: 116, end: 141, exact: "Turkey's defence industry" },
      { sourceId: "s05", start: 145, end: 180, exact: "Defense Industries Presidency (SSB)" },
      { sourceId: "s05", start: 192, end: 195, exact: "SSB" },
      { sourceId: "s09", start: 55, end: 89, exact: "Defence Industry Directorate (SSB)" },
    ],
  },
  {
    kind: "entity",
    id: "joint-working-group",
    type: "body",
    name: "Turkey–US joint working group on the sanctions",
    nameNote:
      'Descriptive name given editorially; the text calls it "a joint working group" and "such a working group".',
    aliases: [
      { text: "joint working group", kind: "variant" },
      { text: "working group", kind: "short" },
    ],
    description:
      "A joint working group of Turkey and the United States on the sanctions, being formed: proposed earlier by Turkey, now proposed by the US and agreed to by Turkey; talks to form it have begun at expert level. It could point the way to lifting the sanctions if the S-400's compatibility issues with NATO systems are addressed.",
    provenance: [
      { sourceId: "s01", start: 26, end: 45, exact: "joint working group" },
      { sourceId: "s02", start: 58, end: 77, exact: "joint working group" },
      { sourceId: "s03", start: 63, end: 82, exact: "joint working group" },
      { sourceId: "s04", start: 0, end: 20, exact: "Such a working group" },
      { sourceId: "s05", start: 85, end: 104, exact: "joint working group" },
    ],
  },
  {
    kind: "entity",
    id: "biden-administration",
    type: "organization",
    name: "Biden administration",
    aliases: [
      { text: "incoming Biden administration", kind: "variant" },
      { text: "the incoming Biden administration", kind: "descriptive" },
    ],
    description:
      "The incoming US administration of Joe Biden, which Turkey hopes will also take steps to improve ties.",
    provenance: [{ sourceId: "s15", start: 118, end: 151, exact: "the incoming Biden administration" }],
  },
  {
    kind: "entity",
    id: "democratic-party",
    type: "political-party",
    name: "Democratic Party",
    nameNote:
      'The text says only "Democratic" (of Joe Biden); "Democratic Party" names the party editorially.',
    aliases: [
      { text: "Democratic", kind: "demonym" },
      // The noun of the text's adjective ("Is Trump a Democrat?"), not a name the text gives.
      { text: "Democrat", kind: "variant" },
    ],
    description: "The party of President-elect Joe Biden.",
    provenance: [{ sourceId: "s10", start: 101, end: 111, exact: "Democratic" }],
  },
  {
    kind: "entity",
    id: "republican-party",
    type: "political-party",
    name: "Republican Party",
    nameNote:
      'The text says only "Republican" (of Donald Trump); "Republican Party" names the party editorially.',
    aliases: [{ text: "Republican", kind: "demonym" }],
    description: "The party of the incumbent Donald Trump.",
    provenance: [{ sourceId: "s10", start: 184, end: 194, exact: "Republican" }],
  },
] as const satisfies readonly EntityInput[];
