/** Statements of what things are: the S-400, NATO's weapons systems, the F-35. */
import type { Statement } from "../../model/statement.js";

export const thingStatements = [
  {
    kind: "statement",
    id: "st-nato-weapons-systems-of-nato",
    subject: "nato-weapons-systems",
    predicate: "part-of",
    object: { kind: "entity", id: "nato" },
    qualifiers: [],
    summary: "NATO has weapons systems (its armaments).",
    provenance: [
      { sourceId: "s04", start: 171, end: 191, exact: "NATO weapons systems" },
      { sourceId: "s12", start: 98, end: 110, exact: "NATO systems" },
      { sourceId: "s13", start: 71, end: 83, exact: "NATO systems" },
      { sourceId: "s13", start: 108, end: 137, exact: "the alliance or its armaments" },
    ],
  },
  {
    kind: "statement",
    id: "st-s400-missile-defence-system",
    subject: "s-400",
    predicate: "instance-of",
    object: { kind: "string", value: "missile defence system" },
    qualifiers: [],
    summary: "The S-400 is a (state-of-art) missile defence system.",
    provenance: [
      { sourceId: "s02", start: 145, end: 174, exact: "S-400 missile defence systems" },
      { sourceId: "s03", start: 175, end: 203, exact: "S-400 missile defence system" },
      { sourceId: "s11", start: 63, end: 94, exact: "the state-of-art missile shield" },
    ],
    inferred: [
      {
        about: "provenance",
        reasoning:
          's11 says "the state-of-art missile shield" without naming it; it is read as the S-400, which s02, s03, s09 and s14 say Turkey purchased and acquired.',
      },
    ],
  },
  {
    kind: "statement",
    id: "st-s400-russian",
    subject: "s-400",
    predicate: "described-as",
    object: { kind: "string", value: "Russian" },
    qualifiers: [],
    summary:
      'The outlets call the S-400 "Russian" (the Russian S-400); the text does not say where it is made.',
    provenance: [
      { sourceId: "s02", start: 137, end: 150, exact: "Russian S-400" },
      { sourceId: "s03", start: 167, end: 180, exact: "Russian S-400" },
    ],
  },
  {
    kind: "statement",
    id: "st-s400-air-defence-system",
    subject: "s-400",
    predicate: "instance-of",
    object: { kind: "string", value: "air defence system" },
    qualifiers: [],
    summary:
      "The S-400 is an air defence system: Turkey bought it because it could not procure air defence systems from any NATO ally on satisfactory terms.",
    provenance: [
      { sourceId: "s14", start: 16, end: 38, exact: "purchase of the S-400s" },
      { sourceId: "s14", start: 100, end: 119, exact: "air defence systems" },
    ],
    inferred: [
      {
        about: "object",
        reasoning:
          's14 does not call the S-400 an air defence system in so many words; it says the purchase was a necessity because Turkey could not procure "air defence systems" from any NATO ally, so the S-400 is read as the air defence system it bought instead (s02 and s03 call it a missile defence system).',
      },
    ],
  },
  {
    kind: "statement",
    id: "st-f35-jet",
    subject: "f-35",
    predicate: "instance-of",
    object: { kind: "string", value: "jet" },
    qualifiers: [],
    summary: "The F-35 is a jet.",
    provenance: [{ sourceId: "s12", start: 128, end: 137, exact: "F-35 jets" }],
  },
] as const satisfies readonly Statement[];
