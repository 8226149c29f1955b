/** Statements of the purchase and the sanctions: the S-400 contract and purchase, and whom the US sanctions. */
import type { Statement } from "../../model/statement.js";

export const sanctionStatements = [
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
        end: 94,
        exact:
          "In April 2017, Turkey signed a contract with Russia to acquire the state-of-art missile shield",
      },
    ],
    inferred: [
      {
        about: "qualifiers.purpose",
        reasoning:
          's11 says Turkey contracted "to acquire the state-of-art missile shield" without naming it; the shield is read as the S-400, which s02, s03, s09 and s14 say Turkey purchased and acquired.',
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
      {
        about: "object",
        reasoning:
          's11 says Turkey contracted "to acquire the state-of-art missile shield" without naming it; the shield is read as the S-400 that the other sentences say Turkey purchased.',
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
        note: "imposed over Turkey's S-400 purchase, following its acquisition of the S-400s",
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
          'The text says only "earlier this month" (s04) and "this month" (s09), the month of the reports, which no sentence names: the sentences alone allow December 2020 or January 2021 (see ev-us-sanctions-imposed). The dataset\'s dateline (the reports were published in late December 2020: editorial, not from the sentences) narrows it to December 2020.',
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
      { sourceId: "s05", start: 108, end: 135, exact: "the sanctions, which target" },
      { sourceId: "s05", start: 182, end: 213, exact: "including SSB head Ismail Demir" },
      { sourceId: "s09", start: 0, end: 35, exact: "Washington slapped the sanctions on" },
      { sourceId: "s09", start: 91, end: 113, exact: "its chief Ismail Demir" },
    ],
    inferred: [
      {
        about: "qualifiers.role",
        reasoning:
          's09 says "its chief Ismail Demir" right after the SSB; "its" is read as the SSB\'s, as s05 says "SSB head Ismail Demir".',
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
      { sourceId: "s09", start: 0, end: 35, exact: "Washington slapped the sanctions on" },
      { sourceId: "s09", start: 118, end: 139, exact: "three other employees" },
    ],
  },
] as const satisfies readonly Statement[];
