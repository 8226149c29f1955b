/** Statements of the positions and ties around the sanctions: the US opposition to the S-400, the fraught relationship and Turkey's readiness to improve ties. */
import type { Statement } from "../../model/statement.js";

export const storyStatements = [
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
