/** The claims of the story: what each party holds on each topic, and which claims answer which. */
import type { Claim } from "../model/claim.js";
import { heIsCavusoglu } from "./readings.js";

const theyAreTheS400s = {
  about: "text",
  reasoning:
    's12 says only "they" and "their deployment"; the sentence before (s11) is about the missile shield Turkey contracted to buy, the S-400, so they are read as the S-400s.',
} as const;

export const claims = [
  {
    kind: "claim",
    id: "cl-us-s400-incompatible-with-nato",
    claimant: "united-states",
    speaker: "us-officials",
    topic: "s400-nato-compatibility",
    stance: "against",
    text: "The S-400s would be incompatible with NATO systems.",
    respondsTo: [],
    provenance: [
      { sourceId: "s12", start: 0, end: 12, exact: "US officials" },
      {
        sourceId: "s12",
        start: 57,
        end: 110,
        exact: "claiming they would be incompatible with NATO systems",
      },
    ],
    inferred: [theyAreTheS400s],
  },
  {
    kind: "claim",
    id: "cl-us-s400-exposes-f35",
    claimant: "united-states",
    speaker: "us-officials",
    topic: "s400-nato-compatibility",
    stance: "against",
    text: "The S-400s would expose F-35 jets to possible Russian subterfuge.",
    respondsTo: [],
    provenance: [
      { sourceId: "s12", start: 0, end: 12, exact: "US officials" },
      {
        sourceId: "s12",
        start: 115,
        end: 168,
        exact: "would expose F-35 jets to possible Russian subterfuge",
      },
    ],
    inferred: [theyAreTheS400s],
  },
  {
    kind: "claim",
    id: "cl-us-opposes-s400-deployment",
    claimant: "united-states",
    speaker: "us-officials",
    topic: "s400-purchase",
    stance: "against",
    text: "The US opposes the deployment of the S-400s.",
    respondsTo: [],
    provenance: [
      {
        sourceId: "s12",
        start: 0,
        end: 55,
        exact: "US officials have voiced opposition to their deployment",
      },
    ],
    inferred: [theyAreTheS400s],
  },
  {
    kind: "claim",
    id: "cl-turkey-s400-not-integrated",
    claimant: "turkey",
    topic: "s400-nato-compatibility",
    stance: "for",
    text: "The S-400s would not be integrated into NATO systems.",
    respondsTo: ["cl-us-s400-incompatible-with-nato"],
    provenance: [
      {
        sourceId: "s13",
        start: 0,
        end: 83,
        exact: "Turkey, however, stressed that the S-400s would not be integrated into NATO systems",
      },
    ],
  },
  {
    kind: "claim",
    id: "cl-turkey-s400-no-threat",
    claimant: "turkey",
    topic: "s400-nato-compatibility",
    stance: "for",
    text: "The S-400 poses no threat to NATO or its armaments.",
    respondsTo: ["cl-us-s400-exposes-f35"],
    provenance: [
      { sourceId: "s13", start: 89, end: 137, exact: "poses no threat to the alliance or its armaments" },
    ],
    inferred: [
      {
        about: "text",
        reasoning:
          'In s13 "poses" is singular after "the S-400s would not be integrated"; it is read as the S-400 (system) posing no threat. Grammatically it could also be Turkey that "poses no threat to the alliance"; either way it is Turkey\'s answer to the US objections of s12.',
      },
      {
        about: "respondsTo",
        reasoning:
          'The "however" of s13 sets Turkey\'s words against the US claims of s12, but it stands before "would not be integrated", not before "poses no threat". "No threat to the alliance or its armaments" is paired with "would expose F-35 jets to possible Russian subterfuge", the one US claim of a danger to NATO\'s armaments.',
      },
    ],
  },
  {
    kind: "claim",
    id: "cl-turkey-purchase-a-necessity",
    claimant: "turkey",
    topic: "s400-purchase",
    stance: "for",
    text: "Buying the S-400s was not a choice but a necessity.",
    respondsTo: ["cl-us-opposes-s400-deployment"],
    provenance: [
      {
        sourceId: "s14",
        start: 0,
        end: 71,
        exact: "Turkey says its purchase of the S-400s was not a choice but a necessity",
      },
    ],
    inferred: [
      {
        about: "respondsTo",
        reasoning:
          "s14 does not say whom it answers; it comes after the US opposition to the deployment (s12) and Turkey's rebuttal (s13) and justifies the purchase the US opposes.",
      },
    ],
  },
  {
    kind: "claim",
    id: "cl-turkey-no-nato-alternative",
    claimant: "turkey",
    topic: "s400-purchase",
    stance: "for",
    text: "Turkey was unable to procure air defence systems from any NATO ally on satisfactory terms.",
    respondsTo: ["cl-us-opposes-s400-deployment"],
    provenance: [
      { sourceId: "s14", start: 0, end: 11, exact: "Turkey says" },
      {
        sourceId: "s14",
        start: 75,
        end: 160,
        exact: "it was unable to procure air defence systems from any NATO ally on satisfactory terms",
      },
    ],
    inferred: [
      {
        about: "respondsTo",
        reasoning:
          "Given in s14 as the reason the purchase was a necessity, against the US opposition to it (s12).",
      },
    ],
  },
  {
    kind: "claim",
    id: "cl-turkey-sanctions-a-misstep",
    claimant: "turkey",
    speaker: "mevlut-cavusoglu",
    topic: "sanctions-legitimacy",
    stance: "against",
    text: "Imposing sanctions is a misstep both politically and legally.",
    respondsTo: [],
    provenance: [
      {
        sourceId: "s07",
        start: 88,
        end: 148,
        exact: "imposing sanctions is a misstep both politically and legally",
      },
    ],
    inferred: [heIsCavusoglu],
  },
  {
    kind: "claim",
    id: "cl-turkey-sanctions-attack-sovereign-rights",
    claimant: "turkey",
    speaker: "mevlut-cavusoglu",
    topic: "sanctions-legitimacy",
    stance: "against",
    text: "The sanctions are an attack on Turkey's sovereign rights.",
    respondsTo: [],
    provenance: [{ sourceId: "s08", start: 1, end: 40, exact: "It is an attack on our sovereign rights" }],
    inferred: [
      heIsCavusoglu,
      {
        about: "text",
        reasoning:
          '"It" is read as the imposing of the sanctions, the subject of the sentence before (s07); "our" as Turkey\'s, for which the Foreign Minister speaks.',
      },
    ],
  },
  {
    kind: "claim",
    id: "cl-turkey-opinions-differ-on-severity",
    claimant: "turkey",
    speaker: "mevlut-cavusoglu",
    topic: "sanctions-severity",
    stance: "neutral",
    text: "Opinions differ as to whether the sanctions are heavy or not.",
    respondsTo: [],
    provenance: [
      {
        sourceId: "s07",
        start: 0,
        end: 78,
        exact: "Underscoring that opinions differ as to whether the sanctions are heavy or not",
      },
    ],
    inferred: [heIsCavusoglu],
  },
  {
    kind: "claim",
    id: "cl-turkey-proposed-working-group",
    claimant: "turkey",
    speaker: "mevlut-cavusoglu",
    topic: "working-group-dialogue",
    stance: "for",
    text: "Turkey had itself earlier proposed a joint working group on the sanctions.",
    respondsTo: [],
    provenance: [
      {
        sourceId: "s05",
        start: 0,
        end: 121,
        exact:
          "Foreign Minister Mevlut Cavusoglu said that Turkey had itself had earlier proposed a joint working group on the sanctions",
      },
      {
        sourceId: "s01",
        start: 0,
        end: 58,
        exact: "Ankara earlier proposed a joint working group on sanctions",
      },
      { sourceId: "s01", start: 179, end: 230, exact: "Turkey's Foreign Minister Mevlut Cavusoglu has said" },
    ],
  },
  {
    kind: "claim",
    id: "cl-turkey-advocates-working-group",
    claimant: "turkey",
    topic: "working-group-dialogue",
    stance: "for",
    text: "Turkey advocates such a joint working group on the sanctions.",
    respondsTo: [],
    provenance: [{ sourceId: "s04", start: 0, end: 41, exact: "Such a working group, advocated by Turkey" }],
  },
  {
    kind: "claim",
    id: "cl-us-proposes-working-group",
    claimant: "united-states",
    topic: "working-group-dialogue",
    stance: "for",
    text: "A joint working group with Turkey should be set up on the sanctions.",
    respondsTo: [],
    provenance: [
      { sourceId: "s03", start: 33, end: 82, exact: "a US proposal of setting up a joint working group" },
      { sourceId: "s06", start: 1, end: 34, exact: "Now the proposal came from the US" },
    ],
    inferred: [
      {
        about: "text",
        reasoning:
          "No US speaker is quoted; the US position is read from its proposal, as reported in s03 and by Cavusoglu in s06.",
      },
    ],
  },
  {
    kind: "claim",
    id: "cl-turkey-favors-dialogue",
    claimant: "turkey",
    speaker: "mevlut-cavusoglu",
    topic: "working-group-dialogue",
    stance: "for",
    text: "Turkey naturally always favors dialogue, so it said yes to the US proposal.",
    respondsTo: ["cl-us-proposes-working-group"],
    provenance: [
      { sourceId: "s06", start: 36, end: 86, exact: "As we naturally always favor dialogue, we said yes" },
      { sourceId: "s06", start: 137, end: 151, exact: "Cavusoglu said" },
      { sourceId: "s03", start: 0, end: 46, exact: "Turkish officials have agreed to a US proposal" },
    ],
    inferred: [
      {
        about: "text",
        reasoning:
          'In s06 Cavusoglu says "we"; "we" is read as Turkey, for which its Foreign Minister speaks (s01, s05), as s03 has "Turkish officials" agree to the US proposal.',
      },
    ],
  },
  {
    kind: "claim",
    id: "cl-turkey-ready-to-improve-ties",
    claimant: "turkey",
    speaker: "mevlut-cavusoglu",
    topic: "turkey-us-ties",
    stance: "for",
    text: "Turkey is ready to take steps to improve ties with the United States.",
    respondsTo: [],
    provenance: [
      {
        sourceId: "s15",
        start: 0,
        end: 107,
        exact:
          "Cavusoglu also said on Wednesday that Turkey was ready to take steps to improve ties with the United States",
      },
    ],
  },
  {
    kind: "claim",
    id: "cl-turkey-hopes-biden-reciprocates",
    claimant: "turkey",
    speaker: "mevlut-cavusoglu",
    topic: "turkey-us-ties",
    stance: "for",
    text: "Turkey hopes the incoming Biden administration will also take steps to improve ties.",
    respondsTo: [],
    provenance: [
      { sourceId: "s15", start: 0, end: 32, exact: "Cavusoglu also said on Wednesday" },
      {
        sourceId: "s15",
        start: 112,
        end: 169,
        exact: "hoped the incoming Biden administration would do the same",
      },
    ],
  },
] as const satisfies readonly Claim[];
