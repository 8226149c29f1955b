/** Statements of what was done: the purchase, the sanctions, the working group and the talks. */
import type { Statement } from "../../model/statement.js";

export const storyStatements = [
  {
    kind: "statement",
    id: "st-turkey-contract-with-russia",
    subject: "turkey",
    predicate: "signed-contract-with",
    object: { kind: "entity", id: "russia" },
    qualifiers: [
      { property: "time", value: { kind: "date", value: "2017-04" }, note: '"In April 2017"' },
      {
        property: "purpose",
        value: { kind: "entity", id: "s-400" },
        note: "to acquire the state-of-art missile shield",
      },
    ],
    summary: "In April 2017 Turkey signed a contract with Russia to acquire the S-400.",
    provenance: [
      {
        sourceId: "s11",
        start: 0,
        end: 95,
        exact:
          "In April 2017, Turkey signed a contract with Russia to acquire the state-of-art missile shield.",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-turkey-purchases-s400",
    subject: "turkey",
    predicate: "purchases",
    object: { kind: "entity", id: "s-400" },
    qualifiers: [
      { property: "counterparty", value: { kind: "entity", id: "russia" }, note: "bought from Russia" },
      {
        property: "status",
        value: { kind: "string", value: "acquired" },
        note: '"following its acquisition of the S-400s"',
      },
    ],
    summary: "Turkey bought the Russian S-400 missile defence system and has acquired it.",
    provenance: [
      {
        sourceId: "s02",
        start: 116,
        end: 174,
        exact: "Ankara’s purchase of Russian S-400 missile defence systems",
      },
      {
        sourceId: "s03",
        start: 147,
        end: 203,
        exact: "its purchase of the Russian S-400 missile defence system",
      },
      { sourceId: "s09", start: 161, end: 190, exact: "its acquisition of the S-400s" },
      {
        sourceId: "s11",
        start: 15,
        end: 94,
        exact: "Turkey signed a contract with Russia to acquire the state-of-art missile shield",
      },
      { sourceId: "s14", start: 12, end: 38, exact: "its purchase of the S-400s" },
    ],
    inferred: [
      {
        about: "subject",
        reasoning:
          's03 and s09 say "its purchase" and "its acquisition", where "its" may be Turkey or its defence industry (SSB); s02 (Ankara’s purchase), s11 and s14 name Turkey as the buyer, so the buyer is recorded as Turkey.',
      },
    ],
  },
  {
    kind: "statement",
    id: "st-us-sanctions-ssb",
    subject: "united-states",
    predicate: "sanctions",
    object: { kind: "entity", id: "ssb" },
    qualifiers: [
      {
        property: "also-targets",
        value: { kind: "entity", id: "ismail-demir" },
        note: "SSB head (chief) Ismail Demir",
      },
      {
        property: "also-targets",
        value: { kind: "entity", id: "three-other-ssb-officials" },
        note: "three other officials (employees)",
      },
      {
        property: "count",
        value: { kind: "number", value: 3 },
        note: "other officials targeted besides Demir",
      },
      {
        property: "reason",
        value: { kind: "entity", id: "s-400" },
        note: "imposed over Turkey's purchase of the Russian S-400, following its acquisition",
      },
      {
        property: "time",
        value: { kind: "date", value: "2020-12" },
        note: '"earlier this month", "this month": month inferred, see ev-us-sanctions-imposed',
      },
    ],
    summary:
      "The United States sanctioned Turkey's SSB, its head Ismail Demir and three other officials over Turkey's purchase of the Russian S-400.",
    provenance: [
      {
        sourceId: "s01",
        start: 49,
        end: 115,
        exact: "sanctions that target Turkey’s Defense Industries Presidency (SSB)",
      },
      {
        sourceId: "s02",
        start: 88,
        end: 174,
        exact: "U.S. sanctions imposed over Ankara’s purchase of Russian S-400 missile defence systems",
      },
      {
        sourceId: "s03",
        start: 86,
        end: 203,
        exact:
          "its sanctions imposed against Turkey's defence industry over its purchase of the Russian S-400 missile defence system",
      },
      { sourceId: "s04", start: 82, end: 123, exact: "the sanctions, imposed earlier this month" },
      {
        sourceId: "s05",
        start: 108,
        end: 239,
        exact:
          "the sanctions, which target Turkey’s Defense Industries Presidency (SSB), including SSB head Ismail Demir and three other officials",
      },
      {
        sourceId: "s09",
        start: 0,
        end: 190,
        exact:
          "Washington slapped the sanctions on NATO ally Turkey’s Defence Industry Directorate (SSB), its chief Ismail Demir and three other employees this month following its acquisition of the S-400s",
      },
    ],
    inferred: [
      {
        about: "qualifiers.time",
        reasoning:
          'The text says only "earlier this month" (s04) and "this month" (s09). The month is taken from the dating of the cluster to late December 2020 in the source README, not from the text.',
      },
      {
        about: "subject",
        reasoning:
          "s01, s04 and s05 do not say who imposed the sanctions; s02 (U.S. sanctions), s03 (a US proposal … on its sanctions) and s09 (Washington slapped the sanctions) do.",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-us-sanctions-demir",
    subject: "united-states",
    predicate: "sanctions",
    object: { kind: "entity", id: "ismail-demir" },
    qualifiers: [
      { property: "role", value: { kind: "string", value: "SSB head" }, note: "targeted as head of the SSB" },
    ],
    summary: "The US sanctions target SSB head Ismail Demir.",
    provenance: [
      {
        sourceId: "s05",
        start: 123,
        end: 213,
        exact: "which target Turkey’s Defense Industries Presidency (SSB), including SSB head Ismail Demir",
      },
      {
        sourceId: "s09",
        start: 0,
        end: 113,
        exact:
          "Washington slapped the sanctions on NATO ally Turkey’s Defence Industry Directorate (SSB), its chief Ismail Demir",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-us-sanctions-three-officials",
    subject: "united-states",
    predicate: "sanctions",
    object: { kind: "entity", id: "three-other-ssb-officials" },
    qualifiers: [
      { property: "count", value: { kind: "number", value: 3 }, note: "three other officials (employees)" },
    ],
    summary: "The US sanctions target three other SSB officials besides Ismail Demir.",
    provenance: [
      {
        sourceId: "s05",
        start: 182,
        end: 239,
        exact: "including SSB head Ismail Demir and three other officials",
      },
      {
        sourceId: "s09",
        start: 0,
        end: 139,
        exact:
          "Washington slapped the sanctions on NATO ally Turkey’s Defence Industry Directorate (SSB), its chief Ismail Demir and three other employees",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-working-group-concerns-sanctions",
    subject: "joint-working-group",
    predicate: "concerns",
    object: { kind: "entity", id: "ssb" },
    qualifiers: [
      { property: "subject", value: { kind: "string", value: "the US sanctions on the SSB" } },
      { property: "participant", value: { kind: "entity", id: "turkey" } },
      { property: "participant", value: { kind: "entity", id: "united-states" } },
    ],
    summary:
      "The joint working group of Turkey and the United States is on the US sanctions that target the SSB.",
    provenance: [
      {
        sourceId: "s01",
        start: 24,
        end: 115,
        exact: "a joint working group on sanctions that target Turkey’s Defense Industries Presidency (SSB)",
      },
      {
        sourceId: "s02",
        start: 0,
        end: 102,
        exact:
          "Turkey and the United States have started talks to form a joint working group regarding U.S. sanctions",
      },
      {
        sourceId: "s03",
        start: 61,
        end: 141,
        exact: "a joint working group on its sanctions imposed against Turkey's defence industry",
      },
      {
        sourceId: "s05",
        start: 83,
        end: 180,
        exact:
          "a joint working group on the sanctions, which target Turkey’s Defense Industries Presidency (SSB)",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-turkey-proposed-working-group",
    subject: "turkey",
    predicate: "proposes",
    object: { kind: "entity", id: "joint-working-group" },
    qualifiers: [
      { property: "time", value: { kind: "string", value: "earlier" }, note: "before the US proposal" },
      { property: "stated-by", value: { kind: "entity", id: "mevlut-cavusoglu" } },
    ],
    summary: "Turkey had itself earlier proposed a joint working group on the sanctions.",
    provenance: [
      {
        sourceId: "s01",
        start: 0,
        end: 58,
        exact: "Ankara earlier proposed a joint working group on sanctions",
      },
      {
        sourceId: "s05",
        start: 44,
        end: 121,
        exact: "Turkey had itself had earlier proposed a joint working group on the sanctions",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-turkey-advocates-working-group",
    subject: "turkey",
    predicate: "advocates",
    object: { kind: "entity", id: "joint-working-group" },
    qualifiers: [],
    summary: "Turkey advocates the joint working group.",
    provenance: [{ sourceId: "s04", start: 0, end: 41, exact: "Such a working group, advocated by Turkey" }],
  },
  {
    kind: "statement",
    id: "st-us-proposed-working-group",
    subject: "united-states",
    predicate: "proposes",
    object: { kind: "entity", id: "joint-working-group" },
    qualifiers: [
      { property: "time", value: { kind: "string", value: "now" }, note: "after Turkey's earlier proposal" },
      {
        property: "stated-by",
        value: { kind: "entity", id: "mevlut-cavusoglu" },
        note: '"Now the proposal came from the US"',
      },
    ],
    summary: "The United States has now proposed setting up a joint working group on its sanctions.",
    provenance: [
      { sourceId: "s03", start: 33, end: 82, exact: "a US proposal of setting up a joint working group" },
      { sourceId: "s06", start: 1, end: 34, exact: "Now the proposal came from the US" },
    ],
  },
  {
    kind: "statement",
    id: "st-turkey-agrees-to-working-group",
    subject: "turkey",
    predicate: "agrees-to",
    object: { kind: "entity", id: "joint-working-group" },
    qualifiers: [
      { property: "proposed-by", value: { kind: "entity", id: "united-states" }, note: "the US proposal" },
      {
        property: "participant",
        value: { kind: "entity", id: "turkish-officials" },
        note: "Turkish officials agreed",
      },
      { property: "reason", value: { kind: "string", value: "we naturally always favor dialogue" } },
      { property: "stated-by", value: { kind: "entity", id: "mevlut-cavusoglu" }, note: '"we said yes"' },
    ],
    summary: 'Turkey agreed to the US proposal of a joint working group ("we said yes").',
    provenance: [
      {
        sourceId: "s03",
        start: 0,
        end: 82,
        exact: "Turkish officials have agreed to a US proposal of setting up a joint working group",
      },
      { sourceId: "s06", start: 36, end: 86, exact: "As we naturally always favor dialogue, we said yes" },
    ],
  },
  {
    kind: "statement",
    id: "st-turkey-us-negotiate",
    subject: "turkey",
    predicate: "negotiates-with",
    object: { kind: "entity", id: "united-states" },
    qualifiers: [
      {
        property: "subject",
        value: { kind: "entity", id: "joint-working-group" },
        note: "talks to form a joint working group",
      },
      { property: "level", value: { kind: "string", value: "experts" }, note: '"at the level of experts"' },
      { property: "participant", value: { kind: "entity", id: "experts-from-both-countries" } },
      {
        property: "status",
        value: { kind: "string", value: "begun" },
        note: '"kickstarted", "started", "began"',
      },
      { property: "stated-by", value: { kind: "entity", id: "mevlut-cavusoglu" } },
    ],
    summary:
      "Turkey and the United States have begun talks at the level of experts to form the joint working group.",
    provenance: [
      {
        sourceId: "s01",
        start: 120,
        end: 177,
        exact: "experts from both countries have kickstarted negotiations",
      },
      {
        sourceId: "s02",
        start: 0,
        end: 77,
        exact: "Turkey and the United States have started talks to form a joint working group",
      },
      { sourceId: "s06", start: 92, end: 134, exact: "negotiations began at the level of experts" },
    ],
  },
  {
    kind: "statement",
    id: "st-working-group-could-lift-sanctions",
    subject: "joint-working-group",
    predicate: "could-lead-to",
    object: { kind: "string", value: "lifting the sanctions" },
    qualifiers: [
      {
        property: "condition",
        value: {
          kind: "string",
          value: "compatibility issues between the S-400 and NATO weapons systems are addressed",
        },
      },
      {
        property: "subject",
        value: { kind: "entity", id: "s-400" },
        note: "the compatibility issues concern the S-400",
      },
      {
        property: "subject",
        value: { kind: "entity", id: "nato-weapons-systems" },
        note: "and NATO weapons systems",
      },
    ],
    summary:
      "The working group could point the way to lifting the sanctions, if compatibility issues between the S-400 and NATO weapons systems are addressed.",
    provenance: [
      {
        sourceId: "s04",
        start: 0,
        end: 205,
        exact:
          "Such a working group, advocated by Turkey, could point the way forward to lifting the sanctions, imposed earlier this month, if compatibility issues between the S-400 and NATO weapons systems are addressed",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-us-opposes-s400-deployment",
    subject: "united-states",
    predicate: "opposes",
    object: { kind: "entity", id: "s-400" },
    qualifiers: [
      { property: "scope", value: { kind: "string", value: "deployment" }, note: '"their deployment"' },
      { property: "stated-by", value: { kind: "entity", id: "us-officials" } },
      {
        property: "reason",
        value: { kind: "string", value: "they would be incompatible with NATO systems" },
      },
      {
        property: "reason",
        value: { kind: "string", value: "they would expose F-35 jets to possible Russian subterfuge" },
      },
    ],
    summary:
      "US officials oppose the deployment of the S-400s, saying they would be incompatible with NATO systems and expose F-35 jets to possible Russian subterfuge.",
    provenance: [
      {
        sourceId: "s12",
        start: 0,
        end: 168,
        exact:
          "US officials have voiced opposition to their deployment, claiming they would be incompatible with NATO systems and would expose F-35 jets to possible Russian subterfuge",
      },
    ],
    inferred: [
      {
        about: "object",
        reasoning:
          's12 says "their deployment"; the sentence before (s11) is about the missile shield Turkey contracted to buy, the S-400.',
      },
    ],
  },
  {
    kind: "statement",
    id: "st-turkey-us-relations-fraught",
    subject: "turkey",
    predicate: "relations-with",
    object: { kind: "entity", id: "united-states" },
    qualifiers: [
      { property: "status", value: { kind: "string", value: "fraught" } },
      {
        property: "time",
        value: { kind: "string", value: "a delicate moment" },
        note: "the sanctions come as Biden gears up to take office on Jan. 20",
      },
    ],
    summary:
      "The sanctions come at a delicate moment in the fraught relationship between Ankara and Washington, as Joe Biden prepares to take office.",
    provenance: [
      {
        sourceId: "s10",
        start: 0,
        end: 97,
        exact:
          "The sanctions come at a delicate moment in the fraught relationship between Ankara and Washington",
      },
    ],
  },
  {
    kind: "statement",
    id: "st-turkey-ready-to-improve-ties",
    subject: "turkey",
    predicate: "ready-to",
    object: { kind: "string", value: "take steps to improve ties with the United States" },
    qualifiers: [
      { property: "stated-by", value: { kind: "entity", id: "mevlut-cavusoglu" } },
      { property: "counterparty", value: { kind: "entity", id: "united-states" } },
    ],
    summary: "Turkey is ready to take steps to improve ties with the United States.",
    provenance: [
      {
        sourceId: "s15",
        start: 38,
        end: 107,
        exact: "Turkey was ready to take steps to improve ties with the United States",
      },
    ],
  },
] as const satisfies readonly Statement[];
