/** The quotes of the story: direct speech word for word, reported speech in the outlets' words. */
import type { Quote } from "../model/quote.js";
import { heIsCavusoglu } from "./readings.js";

const meeting = "a meeting reviewing foreign policy developments in 2020";
const occasionFromS06 = {
  about: "occasion",
  reasoning:
    "s07 names no occasion; it continues the remarks that s06 places at a meeting reviewing foreign policy developments in 2020.",
} as const;
const sameOccasion = {
  about: "event",
  reasoning:
    'The outlets report Cavusoglu\'s remarks on the working group and the sanctions as said "on Wednesday" (s02, s15) and at a meeting reviewing foreign policy developments in 2020 (s06); they are taken as one occasion, ev-cavusoglu-remarks.',
} as const;

export const quotes = [
  {
    kind: "quote",
    id: "q-cavusoglu-proposal-came-from-us",
    speaker: "mevlut-cavusoglu",
    onBehalfOf: "turkey",
    mode: "direct",
    text: "Now the proposal came from the US. As we naturally always favor dialogue, we said yes, and negotiations began at the level of experts",
    occasion: meeting,
    event: "ev-cavusoglu-remarks",
    provenance: [
      {
        sourceId: "s06",
        start: 0,
        end: 215,
        exact:
          "“Now the proposal came from the US. As we naturally always favor dialogue, we said yes, and negotiations began at the level of experts,” Cavusoglu said during a meeting reviewing foreign policy developments in 2020.",
      },
    ],
    inferred: [sameOccasion],
  },
  {
    kind: "quote",
    id: "q-cavusoglu-attack-on-sovereign-rights",
    speaker: "mevlut-cavusoglu",
    onBehalfOf: "turkey",
    mode: "direct",
    text: "It is an attack on our sovereign rights",
    occasion: meeting,
    event: "ev-cavusoglu-remarks",
    provenance: [
      {
        sourceId: "s08",
        start: 0,
        end: 55,
        exact: "“It is an attack on our sovereign rights,” he stressed.",
      },
    ],
    inferred: [
      heIsCavusoglu,
      {
        about: "occasion",
        reasoning:
          "s08 gives no occasion; it continues the remarks s06 places at the meeting reviewing 2020's foreign policy.",
      },
      sameOccasion,
    ],
  },
  {
    kind: "quote",
    id: "q-cavusoglu-turkey-proposed-earlier",
    speaker: "mevlut-cavusoglu",
    onBehalfOf: "turkey",
    mode: "indirect",
    text: "Turkey had itself had earlier proposed a joint working group on the sanctions",
    event: "ev-cavusoglu-remarks",
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
    inferred: [sameOccasion],
  },
  {
    kind: "quote",
    id: "q-cavusoglu-talks-started",
    speaker: "mevlut-cavusoglu",
    onBehalfOf: "turkey",
    mode: "indirect",
    text: "Turkey and the United States have started talks to form a joint working group regarding U.S. sanctions imposed over Ankara’s purchase of Russian S-400 missile defence systems",
    occasion: "on Wednesday",
    event: "ev-cavusoglu-remarks",
    provenance: [
      {
        sourceId: "s02",
        start: 0,
        end: 227,
        exact:
          "Turkey and the United States have started talks to form a joint working group regarding U.S. sanctions imposed over Ankara’s purchase of Russian S-400 missile defence systems, Foreign Minister Mevlut Cavusoglu said on Wednesday",
      },
      {
        sourceId: "s01",
        start: 120,
        end: 230,
        exact:
          "experts from both countries have kickstarted negotiations, Turkey's Foreign Minister Mevlut Cavusoglu has said",
      },
    ],
    inferred: [sameOccasion],
  },
  {
    kind: "quote",
    id: "q-cavusoglu-opinions-differ",
    speaker: "mevlut-cavusoglu",
    onBehalfOf: "turkey",
    mode: "indirect",
    text: "opinions differ as to whether the sanctions are heavy or not",
    occasion: meeting,
    event: "ev-cavusoglu-remarks",
    provenance: [
      {
        sourceId: "s07",
        start: 0,
        end: 78,
        exact: "Underscoring that opinions differ as to whether the sanctions are heavy or not",
      },
    ],
    inferred: [heIsCavusoglu, occasionFromS06, sameOccasion],
  },
  {
    kind: "quote",
    id: "q-cavusoglu-sanctions-a-misstep",
    speaker: "mevlut-cavusoglu",
    onBehalfOf: "turkey",
    mode: "indirect",
    text: "imposing sanctions is a misstep both politically and legally",
    occasion: meeting,
    event: "ev-cavusoglu-remarks",
    provenance: [
      {
        sourceId: "s07",
        start: 80,
        end: 148,
        exact: "he said imposing sanctions is a misstep both politically and legally",
      },
    ],
    inferred: [heIsCavusoglu, occasionFromS06, sameOccasion],
  },
  {
    kind: "quote",
    id: "q-cavusoglu-ready-to-improve-ties",
    speaker: "mevlut-cavusoglu",
    onBehalfOf: "turkey",
    mode: "indirect",
    text: "Turkey was ready to take steps to improve ties with the United States and hoped the incoming Biden administration would do the same",
    occasion: "on Wednesday",
    event: "ev-cavusoglu-remarks",
    provenance: [
      {
        sourceId: "s15",
        start: 0,
        end: 170,
        exact:
          "Cavusoglu also said on Wednesday that Turkey was ready to take steps to improve ties with the United States and hoped the incoming Biden administration would do the same.",
      },
    ],
  },
  {
    kind: "quote",
    id: "q-us-officials-oppose-deployment",
    speaker: "us-officials",
    onBehalfOf: "united-states",
    mode: "indirect",
    text: "they would be incompatible with NATO systems and would expose F-35 jets to possible Russian subterfuge",
    provenance: [
      {
        sourceId: "s12",
        start: 0,
        end: 169,
        exact:
          "US officials have voiced opposition to their deployment, claiming they would be incompatible with NATO systems and would expose F-35 jets to possible Russian subterfuge.",
      },
    ],
  },
  {
    kind: "quote",
    id: "q-turkey-s400-not-integrated",
    speaker: "turkey",
    mode: "indirect",
    text: "the S-400s would not be integrated into NATO systems, and poses no threat to the alliance or its armaments",
    provenance: [
      {
        sourceId: "s13",
        start: 0,
        end: 138,
        exact:
          "Turkey, however, stressed that the S-400s would not be integrated into NATO systems, and poses no threat to the alliance or its armaments.",
      },
    ],
  },
  {
    kind: "quote",
    id: "q-turkey-purchase-a-necessity",
    speaker: "turkey",
    mode: "indirect",
    text: "its purchase of the S-400s was not a choice but a necessity as it was unable to procure air defence systems from any NATO ally on satisfactory terms",
    provenance: [
      {
        sourceId: "s14",
        start: 0,
        end: 161,
        exact:
          "Turkey says its purchase of the S-400s was not a choice but a necessity as it was unable to procure air defence systems from any NATO ally on satisfactory terms.",
      },
    ],
  },
] as const satisfies readonly Quote[];
