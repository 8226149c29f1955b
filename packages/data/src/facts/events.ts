/** The events of the story, each dated only as precisely as the text allows, and narrowed by the dateline only openly. */
import type { Event } from "../model/event.js";

/** What the sentences alone allow for a date in the month of the reports, and what the dateline narrows. */
const textAllowsTurnOfYear =
  'The sentences alone allow December 2020 or 1–19 January 2021: s06 places Cavusoglu\'s remarks at a meeting reviewing foreign policy developments "in 2020", read as held at the end of that year or just after, and in s10 Biden still "gears up to take office on Jan. 20".';
const datelineNarrowsToDecember =
  "The dataset's dateline (the reports were published in late December 2020: editorial, not from the sentences) narrows it to December 2020.";

const shieldIsTheS400 = (about: string) =>
  ({
    about,
    reasoning:
      's11 says Turkey contracted "to acquire the state-of-art missile shield" without naming it; the shield is read as the S-400, which s02, s03, s09 and s14 say Turkey purchased and acquired.',
  }) as const;

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
      textAllows: { earliest: "2017-04-01", latest: "2017-04-30" },
      basis: "stated",
      expression: { sourceId: "s11", start: 0, end: 13, exact: "In April 2017" },
    },
    status: "happened",
    provenance: [
      {
        sourceId: "s11",
        start: 0,
        end: 94,
        exact:
          "In April 2017, Turkey signed a contract with Russia to acquire the state-of-art missile shield",
      },
    ],
    inferred: [shieldIsTheS400("participants"), shieldIsTheS400("title"), shieldIsTheS400("summary")],
  },
  {
    kind: "event",
    id: "ev-turkey-proposes-working-group",
    title: "Turkey proposes a joint working group on the sanctions, before the US does",
    summary:
      'Turkey (Ankara) had itself earlier proposed a joint working group on the sanctions that target the SSB, Foreign Minister Mevlut Cavusoglu said; the US proposal came after it ("Now the proposal came from the US").',
    participants: [
      { entity: "turkey", role: "proposer" },
      { entity: "joint-working-group", role: "proposed body" },
    ],
    date: {
      value: "2017-04/2020-12",
      precision: "month",
      earliest: "2017-04-01",
      latest: "2020-12-30",
      textAllows: { earliest: "2017-04-01", latest: "2021-01-13" },
      basis: "inferred",
      expression: { sourceId: "s01", start: 7, end: 14, exact: "earlier" },
      reasoning:
        'The text says only "earlier" (s01, s05) and gives no date; s06 puts the US proposal after it ("Now the proposal came from the US"), so it came before ev-us-proposes-working-group. It was a working group on the sanctions over Turkey\'s purchase of the S-400, which Turkey contracted to buy in April 2017 (s11, ev-s400-contract-signed), so it is read as no earlier than April 2017. The sentences alone allow April 2017 to 13 January 2021 (the last Wednesday on which Cavusoglu can have reported it); the dataset\'s dateline (the reports were published in late December 2020: editorial, not from the sentences) narrows the end to 30 December 2020. The text does not say whether Turkey proposed it before or after the sanctions were imposed.',
      relativeTo: ["ev-s400-contract-signed", "ev-us-proposes-working-group"],
    },
    status: "happened",
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
      textAllows: { earliest: "2020-12-01", latest: "2021-01-13" },
      basis: "inferred",
      expression: { sourceId: "s04", start: 105, end: 123, exact: "earlier this month" },
      reasoning: `The text says only "earlier this month" (s04) and "this month" (s09): the month of the reports, which no sentence names. ${textAllowsTurnOfYear} The sanctions came before Cavusoglu's remarks "on Wednesday" about them (ev-cavusoglu-remarks), at the latest 13 January 2021. ${datelineNarrowsToDecember} The latest day is then the last Wednesday of December 2020 (30 December). No day is given.`,
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
      textAllows: { earliest: "2020-12-01", latest: "2021-01-13" },
      basis: "inferred",
      expression: { sourceId: "s06", start: 1, end: 4, exact: "Now" },
      reasoning: `The text gives no date, only "Now" (s06), set against Turkey's own proposal "earlier" (s01, s05; ev-turkey-proposes-working-group). The proposal is of a working group "on its sanctions imposed" (s03), so it came after the sanctions (ev-us-sanctions-imposed), and Cavusoglu reported it in his remarks "on Wednesday" (ev-cavusoglu-remarks). ${textAllowsTurnOfYear} ${datelineNarrowsToDecember} No day can be given.`,
      relativeTo: ["ev-us-sanctions-imposed", "ev-cavusoglu-remarks"],
      after: ["ev-us-sanctions-imposed", "ev-turkey-proposes-working-group"],
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
      textAllows: { earliest: "2020-12-01", latest: "2021-01-13" },
      basis: "inferred",
      expression: { sourceId: "s06", start: 75, end: 86, exact: "we said yes" },
      reasoning: `Turkey said yes to the US proposal (ev-us-proposes-working-group) before Cavusoglu reported it "on Wednesday" (ev-cavusoglu-remarks); the text gives no date of its own. ${textAllowsTurnOfYear} ${datelineNarrowsToDecember}`,
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
    inferred: [
      {
        about: "participants",
        reasoning:
          'In s06 Cavusoglu says "we said yes"; "we" is read as Turkey, for which its Foreign Minister speaks (s01, s05), as s03 has "Turkish officials" agree to the US proposal.',
      },
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
      textAllows: { earliest: "2020-12-01", latest: "2021-01-13" },
      basis: "inferred",
      expression: { sourceId: "s01", start: 148, end: 164, exact: "have kickstarted" },
      reasoning: `The talks had already begun ("have kickstarted", "have started", "began") when Cavusoglu spoke "on Wednesday" (ev-cavusoglu-remarks), and followed Turkey's yes to the US proposal (ev-turkey-accepts-working-group); the text gives no date of its own. ${textAllowsTurnOfYear} ${datelineNarrowsToDecember}`,
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
    title: "Cavusoglu speaks at a meeting reviewing foreign policy developments in 2020",
    summary:
      "Speaking on Wednesday, during a meeting reviewing foreign policy developments in 2020, Foreign Minister Mevlut Cavusoglu said talks on a joint working group had begun, called imposing the sanctions a misstep and an attack on Turkey's sovereign rights, and said Turkey was ready to improve ties with the United States.",
    participants: [
      { entity: "mevlut-cavusoglu", role: "speaker" },
      { entity: "turkey", role: "represented by the speaker" },
    ],
    date: {
      value: "2020-12",
      precision: "month",
      earliest: "2020-12-02",
      latest: "2020-12-30",
      textAllows: { earliest: "2020-12-02", latest: "2021-01-13" },
      basis: "inferred",
      expression: { sourceId: "s02", start: 215, end: 227, exact: "on Wednesday" },
      reasoning: `s02 and s15 say only that Cavusoglu spoke "on Wednesday"; s06 places his words at a meeting reviewing foreign policy developments "in 2020". ${textAllowsTurnOfYear} That is a Wednesday from 2 December 2020 to 13 January 2021. ${datelineNarrowsToDecember} The bounds are then the first and last Wednesdays of December 2020 (2 and 30 December); the text does not say which Wednesday.`,
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
      { sourceId: "s08", start: 0, end: 54, exact: "“It is an attack on our sovereign rights,” he stressed" },
    ],
    inferred: [
      {
        about: "provenance",
        reasoning:
          'The outlets report the same remarks (the working group talks have begun) as said "on Wednesday" (s02, s15) and at "a meeting reviewing foreign policy developments in 2020" (s06); they are taken as one occasion. s07 and s08 say "he", read as Cavusoglu, who is speaking in s06 just before.',
      },
      {
        about: "summary",
        reasoning:
          'In s08, "It is an attack on our sovereign rights": "It" is read as the imposing of sanctions, the subject of s07 just before, and "our" as Turkey\'s, for which its Foreign Minister speaks.',
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
      textAllows: { earliest: "2021-01-20", latest: "2021-01-20" },
      basis: "inferred",
      expression: { sourceId: "s10", start: 162, end: 172, exact: "on Jan. 20" },
      reasoning:
        'The text gives the day and month ("Jan. 20") but no year. Biden is President-elect gearing up to take office as the sanctions come (s10), and the sentences alone put the sanctions in December 2020 or in January 2021 before the 20th (ev-us-sanctions-imposed: a meeting reviewing developments "in 2020" discusses them, s06), so it is the next Jan. 20: 20 January 2021. The dateline is not needed for it.',
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
