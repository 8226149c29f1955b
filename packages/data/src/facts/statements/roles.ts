/** Statements of who is who: offices, party affiliations, memberships and whom groups represent. */
import type { Statement } from "../../model/statement.js";

export const roleStatements = [
  {
    kind: "statement",
    id: "st-demir-heads-ssb",
    subject: "ismail-demir",
    predicate: "head-of",
    object: { kind: "entity", id: "ssb" },
    qualifiers: [
      { property: "role", value: { kind: "string", value: "head" }, note: '"SSB head" (s05)' },
      { property: "role", value: { kind: "string", value: "chief" }, note: '"its chief" (s09)' },
    ],
    summary: "Ismail Demir is the head (chief) of Turkey's SSB.",
    provenance: [
      { sourceId: "s05", start: 192, end: 213, exact: "SSB head Ismail Demir" },
      {
        sourceId: "s09",
        start: 55,
        end: 113,
        exact: "Defence Industry Directorate (SSB), its chief Ismail Demir",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-cavusoglu-foreign-minister",
    subject: "mevlut-cavusoglu",
    predicate: "foreign-minister-of",
    object: { kind: "entity", id: "turkey" },
    qualifiers: [{ property: "role", value: { kind: "string", value: "Foreign Minister" } }],
    summary: "Mevlut Cavusoglu is Turkey's Foreign Minister.",
    provenance: [
      { sourceId: "s01", start: 179, end: 221, exact: "Turkey's Foreign Minister Mevlut Cavusoglu" },
      { sourceId: "s02", start: 176, end: 209, exact: "Foreign Minister Mevlut Cavusoglu" },
      { sourceId: "s05", start: 0, end: 33, exact: "Foreign Minister Mevlut Cavusoglu" },
    ],
  },
  {
    kind: "statement",
    id: "st-biden-president-elect",
    subject: "joe-biden",
    predicate: "president-elect-of",
    object: { kind: "entity", id: "united-states" },
    qualifiers: [{ property: "role", value: { kind: "string", value: "President-elect" } }],
    summary: "Joe Biden is the President-elect of the United States.",
    provenance: [
      { sourceId: "s10", start: 112, end: 137, exact: "President-elect Joe Biden" },
      { sourceId: "s15", start: 118, end: 151, exact: "the incoming Biden administration" },
    ],
    inferred: [
      {
        about: "object",
        reasoning:
          's10 says "President-elect Joe Biden" without naming the country. The sentence is about relations between Ankara and Washington, he is to replace the incumbent Donald Trump, and s15 sets "the incoming Biden administration" beside "the United States", so the office is read as the US presidency.',
      },
    ],
  },
  {
    kind: "statement",
    id: "st-biden-democrat",
    subject: "joe-biden",
    predicate: "member-of-party",
    object: { kind: "entity", id: "democratic-party" },
    qualifiers: [],
    summary: "Joe Biden is a Democrat.",
    provenance: [{ sourceId: "s10", start: 101, end: 137, exact: "Democratic President-elect Joe Biden" }],
  },
  {
    kind: "statement",
    id: "st-trump-incumbent",
    subject: "donald-trump",
    predicate: "incumbent-president-of",
    object: { kind: "entity", id: "united-states" },
    qualifiers: [{ property: "role", value: { kind: "string", value: "incumbent" } }],
    summary: "Donald Trump is the incumbent US president, to be replaced by Joe Biden.",
    provenance: [
      { sourceId: "s10", start: 174, end: 217, exact: "replacing Republican incumbent Donald Trump" },
    ],
    inferred: [
      {
        about: "object",
        reasoning:
          's10 calls Trump only "incumbent"; the President-elect Joe Biden is replacing him on taking office, so the office he holds is read as the US presidency.',
      },
    ],
  },
  {
    kind: "statement",
    id: "st-trump-republican",
    subject: "donald-trump",
    predicate: "member-of-party",
    object: { kind: "entity", id: "republican-party" },
    qualifiers: [],
    summary: "Donald Trump is a Republican.",
    provenance: [{ sourceId: "s10", start: 184, end: 217, exact: "Republican incumbent Donald Trump" }],
  },
  {
    kind: "statement",
    id: "st-biden-replaces-trump",
    subject: "joe-biden",
    predicate: "replaces",
    object: { kind: "entity", id: "donald-trump" },
    qualifiers: [
      { property: "time", value: { kind: "string", value: "Jan. 20" }, note: "takes office on Jan. 20" },
      {
        property: "status",
        value: { kind: "string", value: "scheduled" },
        note: '"gears up to take office"',
      },
    ],
    summary: "Joe Biden is gearing up to take office on Jan. 20, replacing Donald Trump.",
    provenance: [
      {
        sourceId: "s10",
        start: 128,
        end: 217,
        exact: "Joe Biden gears up to take office on Jan. 20, replacing Republican incumbent Donald Trump",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-biden-administration-led-by-biden",
    subject: "biden-administration",
    predicate: "led-by",
    object: { kind: "entity", id: "joe-biden" },
    qualifiers: [{ property: "status", value: { kind: "string", value: "incoming" } }],
    summary: "The incoming Biden administration is Joe Biden's.",
    provenance: [{ sourceId: "s15", start: 118, end: 151, exact: "the incoming Biden administration" }],
  },
  {
    kind: "statement",
    id: "st-biden-administration-us-government",
    subject: "biden-administration",
    predicate: "government-of",
    object: { kind: "entity", id: "united-states" },
    qualifiers: [{ property: "status", value: { kind: "string", value: "incoming" } }],
    summary: "The incoming Biden administration will be the government of the United States.",
    provenance: [
      {
        sourceId: "s15",
        start: 72,
        end: 169,
        exact:
          "improve ties with the United States and hoped the incoming Biden administration would do the same",
      },
      { sourceId: "s10", start: 128, end: 172, exact: "Joe Biden gears up to take office on Jan. 20" },
    ],
    inferred: [
      {
        about: "object",
        reasoning:
          's15 hopes "the incoming Biden administration would do the same" as Turkey in improving ties "with the United States", and s10 has Biden about to take office, so the administration is read as the incoming US government.',
      },
    ],
  },
  {
    kind: "statement",
    id: "st-turkey-nato-ally",
    subject: "turkey",
    predicate: "member-of",
    object: { kind: "entity", id: "nato" },
    qualifiers: [{ property: "role", value: { kind: "string", value: "ally" }, note: '"NATO ally Turkey"' }],
    summary: "Turkey is a NATO ally.",
    provenance: [{ sourceId: "s09", start: 36, end: 52, exact: "NATO ally Turkey" }],
  },
  {
    kind: "statement",
    id: "st-ssb-part-of-turkey",
    subject: "ssb",
    predicate: "part-of",
    object: { kind: "entity", id: "turkey" },
    qualifiers: [
      {
        property: "role",
        value: { kind: "string", value: "defence industry agency" },
        note: '"Turkey\'s defence industry"',
      },
    ],
    summary:
      "The SSB (Defense Industries Presidency, Defence Industry Directorate) is Turkey's defence industry agency.",
    provenance: [
      { sourceId: "s01", start: 71, end: 115, exact: "Turkey’s Defense Industries Presidency (SSB)" },
      { sourceId: "s03", start: 116, end: 141, exact: "Turkey's defence industry" },
      { sourceId: "s05", start: 136, end: 180, exact: "Turkey’s Defense Industries Presidency (SSB)" },
      { sourceId: "s09", start: 46, end: 89, exact: "Turkey’s Defence Industry Directorate (SSB)" },
    ],
  },
  {
    kind: "statement",
    id: "st-three-officials-employed-by-ssb",
    subject: "three-other-ssb-officials",
    predicate: "employed-by",
    object: { kind: "entity", id: "ssb" },
    qualifiers: [
      { property: "count", value: { kind: "number", value: 3 }, note: "three other officials (employees)" },
    ],
    summary:
      "Three other officials (employees) of the SSB, besides its head Ismail Demir, are targeted by the sanctions.",
    provenance: [
      {
        sourceId: "s05",
        start: 182,
        end: 239,
        exact: "including SSB head Ismail Demir and three other officials",
      },
      { sourceId: "s09", start: 91, end: 139, exact: "its chief Ismail Demir and three other employees" },
    ],
  },
  {
    kind: "statement",
    id: "st-us-officials-of-us",
    subject: "us-officials",
    predicate: "represents",
    object: { kind: "entity", id: "united-states" },
    qualifiers: [],
    summary: "The US officials who voiced opposition speak for the United States.",
    provenance: [{ sourceId: "s12", start: 0, end: 12, exact: "US officials" }],
  },
  {
    kind: "statement",
    id: "st-turkish-officials-of-turkey",
    subject: "turkish-officials",
    predicate: "represents",
    object: { kind: "entity", id: "turkey" },
    qualifiers: [],
    summary: "The Turkish officials who agreed to the US proposal act for Turkey.",
    provenance: [{ sourceId: "s03", start: 0, end: 17, exact: "Turkish officials" }],
  },
  {
    kind: "statement",
    id: "st-experts-from-turkey",
    subject: "experts-from-both-countries",
    predicate: "represents",
    object: { kind: "entity", id: "turkey" },
    qualifiers: [],
    summary: "Some of the negotiating experts are from Turkey and represent it.",
    provenance: [
      { sourceId: "s01", start: 120, end: 147, exact: "experts from both countries" },
      { sourceId: "s02", start: 0, end: 47, exact: "Turkey and the United States have started talks" },
    ],
    inferred: [
      {
        about: "object",
        reasoning:
          's01 says "experts from both countries"; s02 names the two sides of the talks as Turkey and the United States.',
      },
    ],
  },
  {
    kind: "statement",
    id: "st-experts-from-us",
    subject: "experts-from-both-countries",
    predicate: "represents",
    object: { kind: "entity", id: "united-states" },
    qualifiers: [],
    summary: "Some of the negotiating experts are from the United States and represent it.",
    provenance: [
      { sourceId: "s01", start: 120, end: 147, exact: "experts from both countries" },
      { sourceId: "s02", start: 0, end: 47, exact: "Turkey and the United States have started talks" },
    ],
    inferred: [
      {
        about: "object",
        reasoning:
          's01 says "experts from both countries"; s02 names the two sides of the talks as Turkey and the United States.',
      },
    ],
  },
] as const satisfies readonly Statement[];
