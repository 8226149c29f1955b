/** The events of the story, each dated only as precisely as the text allows. */
import type { Event } from "../model/event.js";

const decemberFromReadme =
  'The text names no month for it; the source README dates the cluster to late December 2020, and the sanctions were imposed "earlier this month" (s04) / "this month" (s09), so "this month" is read as December 2020.';

export const events = [
  {
    kind: "event",
    id: "ev-s400-contract-signed",
    title: "Turkey signs a contract with Russia for the S-400",
    summary:
      "In April 2017 Turkey signed a contract with Russia to acquire the S-400, a state-of-art missile shield.",
    participants: [
      { entity: "turkey", role: "buyer" },
      { entity: "russia", role: "seller" },
      { entity: "s-400", role: "item bought" },
    ],
    date: {
      value: "2017-04",
      precision: "month",
      earliest: "2017-04-01",
      latest: "2017-04-30",
      basis: "stated",
      expression: { sourceId: "s11", start: 0, end: 13, exact: "In April 2017" },
    },
    status: "happened",
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
    kind: "event",
    id: "ev-us-sanctions-imposed",
    title: "The US sanctions Turkey's SSB, its head Ismail Demir and three other officials",
    summary:
      "Washington imposed sanctions on NATO ally Turkey's defence industry agency SSB, its chief Ismail Demir and three other employees, over Turkey's purchase of the Russian S-400 and following its acquisition of the S-400s.",
    participants: [
      { entity: "united-states", role: "sanctioning party" },
      { entity: "ssb", role: "target" },
      { entity: "ismail-demir", role: "target" },
      { entity: "three-other-ssb-officials", role: "target" },
      { entity: "turkey", role: "country of the targets" },
      { entity: "s-400", role: "cause" },
    ],
    date: {
      value: "2020-12",
      precision: "month",
      earliest: "2020-12-01",
      latest: "2020-12-30",
      basis: "inferred",
      expression: { sourceId: "s04", start: 105, end: 123, exact: "earlier this month" },
      reasoning: `${decemberFromReadme} The latest bound is the last Wednesday of that month (30 December): the sanctions came before Cavusoglu's remarks "on Wednesday" about them (ev-cavusoglu-remarks). No day is given.`,
      relativeTo: ["ev-cavusoglu-remarks"],
    },
    status: "happened",
    provenance: [
      { sourceId: "s04", start: 82, end: 123, exact: "the sanctions, imposed earlier this month" },
      {
        sourceId: "s09",
        start: 0,
        end: 190,
        exact:
          "Washington slapped the sanctions on NATO ally Turkey’s Defence Industry Directorate (SSB), its chief Ismail Demir and three other employees this month following its acquisition of the S-400s",
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
      {
        sourceId: "s05",
        start: 108,
        end: 239,
        exact:
          "the sanctions, which target Turkey’s Defense Industries Presidency (SSB), including SSB head Ismail Demir and three other officials",
      },
      {
        sourceId: "s01",
        start: 49,
        end: 115,
        exact: "sanctions that target Turkey’s Defense Industries Presidency (SSB)",
      },
      { sourceId: "s10", start: 0, end: 39, exact: "The sanctions come at a delicate moment" },
    ],
  },
  {
    kind: "event",
    id: "ev-us-proposes-working-group",
    title: "The US proposes a joint working group on its sanctions",
    summary:
      "The United States proposed setting up a joint working group with Turkey on its sanctions, after Turkey had itself proposed one earlier.",
    participants: [
      { entity: "united-states", role: "proposer" },
      { entity: "turkey", role: "addressee" },
      { entity: "joint-working-group", role: "proposed body" },
    ],
    date: {
      value: "2020-12",
      precision: "month",
      earliest: "2020-12-01",
      latest: "2020-12-30",
      basis: "inferred",
      expression: { sourceId: "s06", start: 1, end: 4, exact: "Now" },
      reasoning:
        'The text gives no date, only "Now" (s06). The proposal is of a working group "on its sanctions imposed" (s03), so it came after the sanctions (ev-us-sanctions-imposed, December 2020, itself inferred from the source README), and Cavusoglu reported it in his remarks "on Wednesday" (ev-cavusoglu-remarks, at the latest 30 December 2020). No day can be given.',
      relativeTo: ["ev-us-sanctions-imposed", "ev-cavusoglu-remarks"],
      after: ["ev-us-sanctions-imposed"],
    },
    status: "happened",
    provenance: [
      { sourceId: "s03", start: 33, end: 82, exact: "a US proposal of setting up a joint working group" },
      { sourceId: "s06", start: 1, end: 34, exact: "Now the proposal came from the US" },
    ],
  },
  {
    kind: "event",
    id: "ev-turkey-accepts-working-group",
    title: "Turkey agrees to the US proposal of a joint working group",
    summary:
      'Turkish officials agreed to the US proposal of a joint working group on the sanctions: "we said yes".',
    participants: [
      { entity: "turkey", role: "party agreeing" },
      { entity: "turkish-officials", role: "agreed for Turkey" },
      { entity: "united-states", role: "proposer" },
      { entity: "joint-working-group", role: "proposed body" },
    ],
    date: {
      value: "2020-12",
      precision: "month",
      earliest: "2020-12-01",
      latest: "2020-12-30",
      basis: "inferred",
      expression: { sourceId: "s06", start: 75, end: 86, exact: "we said yes" },
      reasoning:
        'Turkey said yes to the US proposal (ev-us-proposes-working-group, December 2020 by inference) before Cavusoglu reported it "on Wednesday" (ev-cavusoglu-remarks); the text gives no date of its own.',
      relativeTo: ["ev-us-proposes-working-group", "ev-cavusoglu-remarks"],
      after: ["ev-us-proposes-working-group"],
    },
    status: "happened",
    provenance: [
      {
        sourceId: "s03",
        start: 0,
        end: 82,
        exact: "Turkish officials have agreed to a US proposal of setting up a joint working group",
      },
      { sourceId: "s06", start: 75, end: 86, exact: "we said yes" },
    ],
  },
  {
    kind: "event",
    id: "ev-expert-talks-begin",
    title: "Turkish and US experts begin talks on forming the joint working group",
    summary:
      "Turkey and the United States started talks, at the level of experts, to form a joint working group on the US sanctions.",
    participants: [
      { entity: "turkey", role: "negotiating party" },
      { entity: "united-states", role: "negotiating party" },
      { entity: "experts-from-both-countries", role: "negotiators" },
      { entity: "joint-working-group", role: "subject" },
    ],
    date: {
      value: "2020-12",
      precision: "month",
      earliest: "2020-12-01",
      latest: "2020-12-30",
      basis: "inferred",
      expression: { sourceId: "s01", start: 148, end: 164, exact: "have kickstarted" },
      reasoning:
        'The talks had already begun ("have kickstarted", "have started", "began") when Cavusoglu spoke "on Wednesday" (ev-cavusoglu-remarks) and followed Turkey\'s yes to the US proposal (ev-turkey-accepts-working-group), both December 2020 by inference from the source README\'s dating; the text gives no date of its own.',
      relativeTo: ["ev-turkey-accepts-working-group", "ev-cavusoglu-remarks"],
      after: ["ev-turkey-accepts-working-group"],
    },
    status: "ongoing",
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
    kind: "event",
    id: "ev-cavusoglu-remarks",
    title: "Cavusoglu reviews 2020's foreign policy and announces the working group talks",
    summary:
      "At a meeting reviewing foreign policy developments in 2020, Foreign Minister Mevlut Cavusoglu said talks on a joint working group had begun, called the sanctions a misstep and an attack on Turkey's sovereign rights, and said Turkey was ready to improve ties with the United States.",
    participants: [
      { entity: "mevlut-cavusoglu", role: "speaker" },
      { entity: "turkey", role: "represented by the speaker" },
    ],
    date: {
      value: "2020-12",
      precision: "month",
      earliest: "2020-12-02",
      latest: "2020-12-30",
      basis: "inferred",
      expression: { sourceId: "s02", start: 215, end: 227, exact: "on Wednesday" },
      reasoning:
        's02 and s15 say only that Cavusoglu spoke "on Wednesday"; s06 places his words at a meeting reviewing foreign policy developments "in 2020". The month rests on the source README\'s dating of the cluster to late December 2020 and on the sanctions he spoke about being imposed "earlier this month" (s04). The bounds are the first and last Wednesdays of December 2020 (2 and 30 December); the text does not say which Wednesday.',
      after: ["ev-expert-talks-begin", "ev-us-sanctions-imposed"],
    },
    status: "happened",
    provenance: [
      { sourceId: "s02", start: 176, end: 227, exact: "Foreign Minister Mevlut Cavusoglu said on Wednesday" },
      { sourceId: "s15", start: 0, end: 32, exact: "Cavusoglu also said on Wednesday" },
      {
        sourceId: "s06",
        start: 137,
        end: 214,
        exact: "Cavusoglu said during a meeting reviewing foreign policy developments in 2020",
      },
      { sourceId: "s01", start: 179, end: 230, exact: "Turkey's Foreign Minister Mevlut Cavusoglu has said" },
      { sourceId: "s05", start: 0, end: 38, exact: "Foreign Minister Mevlut Cavusoglu said" },
      {
        sourceId: "s07",
        start: 80,
        end: 148,
        exact: "he said imposing sanctions is a misstep both politically and legally",
      },
      { sourceId: "s08", start: 43, end: 54, exact: "he stressed" },
    ],
    inferred: [
      {
        about: "provenance",
        reasoning:
          'The outlets report the same remarks (the working group talks have begun) as said "on Wednesday" (s02, s15) and at "a meeting reviewing foreign policy developments in 2020" (s06); they are taken as one occasion. s07 and s08 say "he", read as Cavusoglu from s06.',
      },
    ],
  },
  {
    kind: "event",
    id: "ev-biden-takes-office",
    title: "Joe Biden takes office, replacing Donald Trump",
    summary:
      "Democratic President-elect Joe Biden is to take office on Jan. 20, replacing Republican incumbent Donald Trump.",
    participants: [
      { entity: "joe-biden", role: "incoming president" },
      { entity: "donald-trump", role: "outgoing incumbent" },
      { entity: "united-states", role: "country" },
    ],
    date: {
      value: "2021-01-20",
      precision: "day",
      earliest: "2021-01-20",
      latest: "2021-01-20",
      basis: "inferred",
      expression: { sourceId: "s10", start: 162, end: 172, exact: "on Jan. 20" },
      reasoning:
        'The text gives the day and month ("Jan. 20") but no year. Biden is President-elect gearing up to take office as the sanctions come, so it is the first Jan. 20 after the sanctions (ev-us-sanctions-imposed, December 2020 by inference from the source README\'s dating): 20 January 2021.',
      relativeTo: ["ev-us-sanctions-imposed"],
      after: ["ev-us-sanctions-imposed"],
    },
    status: "scheduled",
    provenance: [
      {
        sourceId: "s10",
        start: 101,
        end: 217,
        exact:
          "Democratic President-elect Joe Biden gears up to take office on Jan. 20, replacing Republican incumbent Donald Trump",
      },
      { sourceId: "s15", start: 118, end: 151, exact: "the incoming Biden administration" },
    ],
  },
] as const satisfies readonly Event[];
