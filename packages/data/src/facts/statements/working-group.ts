/** Statements of the joint working group: both proposals, Turkey's agreement, the expert talks and what the group could lead to. */
import type { Statement } from "../../model/statement.js";

export const workingGroupStatements = [
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
      {
        property: "status",
        value: { kind: "string", value: "being formed" },
        note: '"have started talks to form"; "negotiations began"',
      },
    ],
    summary:
      "The joint working group that Turkey and the United States have started talks to form is to be on the US sanctions that target the SSB.",
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
      {
        sourceId: "s04",
        start: 0,
        end: 95,
        exact:
          "Such a working group, advocated by Turkey, could point the way forward to lifting the sanctions",
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
      { sourceId: "s01", start: 179, end: 230, exact: "Turkey's Foreign Minister Mevlut Cavusoglu has said" },
      {
        sourceId: "s05",
        start: 0,
        end: 121,
        exact:
          "Foreign Minister Mevlut Cavusoglu said that Turkey had itself had earlier proposed a joint working group on the sanctions",
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
      {
        property: "time",
        value: { kind: "string", value: "now" },
        note: "after Turkey had proposed one itself",
      },
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
      { sourceId: "s04", start: 0, end: 20, exact: "Such a working group" },
      { sourceId: "s04", start: 43, end: 95, exact: "could point the way forward to lifting the sanctions" },
      {
        sourceId: "s04",
        start: 125,
        end: 205,
        exact: "if compatibility issues between the S-400 and NATO weapons systems are addressed",
      },
    ],
  },
] as const satisfies readonly Statement[];
