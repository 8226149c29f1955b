/** A tiny hand-made dataset for tests that need records the real data does not have yet (events, claims, quotes). */
import { dataset } from "../facts/index.js";
import type { Claim } from "../model/claim.js";
import type { Event } from "../model/event.js";
import type { Quote } from "../model/quote.js";
import type { Dataset } from "../model/record.js";
import type { SourceSpan } from "../model/span.js";

function span(sourceId: "s02" | "s08" | "s10" | "s11" | "s12" | "s13", exact: string): SourceSpan {
  const text = dataset.sources.find((s) => s.id === sourceId)?.text ?? "";
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in ${sourceId}`);
  return { sourceId, start, end: start + exact.length, exact };
}

const events: Event[] = [
  {
    kind: "event",
    id: "ev-z-inauguration",
    title: "Biden takes office",
    summary: "Joe Biden takes office on Jan. 20.",
    participants: [{ entity: "joe-biden", role: "president-elect" }],
    date: {
      value: "2021-01-20",
      precision: "day",
      earliest: "2021-01-20",
      latest: "2021-01-20",
      textAllows: { earliest: "2021-01-20", latest: "2021-01-20" },
      basis: "inferred",
      reasoning: "Jan. 20 after December 2020.",
    },
    status: "scheduled",
    provenance: [span("s10", "take office on Jan. 20")],
  },
  {
    kind: "event",
    id: "ev-b-sanctions",
    title: "US sanctions the SSB",
    summary: "Washington slapped the sanctions this month.",
    participants: [
      { entity: "united-states", role: "sanctioning party" },
      { entity: "ssb", role: "target" },
    ],
    date: {
      value: "2020-12",
      precision: "month",
      earliest: "2020-12-01",
      latest: "2020-12-31",
      textAllows: { earliest: "2020-12-01", latest: "2020-12-31" },
      basis: "inferred",
      reasoning: "this month",
    },
    status: "happened",
    provenance: [span("s02", "sanctions")],
  },
  {
    kind: "event",
    id: "ev-a-talks",
    title: "Talks begin",
    summary: "Experts began talks after the sanctions.",
    participants: [{ entity: "turkey", role: "negotiating party" }],
    date: {
      value: "2020-12",
      precision: "month",
      earliest: "2020-12-01",
      latest: "2020-12-31",
      textAllows: { earliest: "2020-12-01", latest: "2020-12-31" },
      basis: "inferred",
      reasoning: "this month",
      after: ["ev-b-sanctions"],
    },
    status: "happened",
    provenance: [span("s02", "started talks")],
  },
  {
    kind: "event",
    id: "ev-a-wednesday",
    title: "Cavusoglu speaks",
    summary: "Cavusoglu said on Wednesday.",
    participants: [{ entity: "mevlut-cavusoglu", role: "speaker" }],
    date: {
      value: "2020-12-16",
      precision: "day",
      earliest: "2020-12-16",
      latest: "2020-12-16",
      textAllows: { earliest: "2020-12-16", latest: "2020-12-16" },
      basis: "inferred",
      reasoning: "Wednesday",
    },
    status: "happened",
    provenance: [span("s02", "said on Wednesday")],
  },
  {
    kind: "event",
    id: "ev-c-year",
    title: "Policy review of 2020",
    summary: "A meeting reviewing foreign policy developments in 2020.",
    participants: [{ entity: "turkey", role: "host" }],
    date: {
      value: "2020",
      precision: "year",
      earliest: "2020-01-01",
      latest: "2020-12-31",
      textAllows: { earliest: "2020-01-01", latest: "2020-12-31" },
      basis: "stated",
    },
    status: "happened",
    provenance: [span("s02", "Turkey")],
  },
  {
    kind: "event",
    id: "ev-contract",
    title: "Contract signed",
    summary: "In April 2017, Turkey signed a contract with Russia.",
    participants: [
      { entity: "turkey", role: "buyer" },
      { entity: "russia", role: "seller" },
    ],
    date: {
      value: "2017-04",
      precision: "month",
      earliest: "2017-04-01",
      latest: "2017-04-30",
      textAllows: { earliest: "2017-04-01", latest: "2017-04-30" },
      basis: "stated",
    },
    status: "happened",
    provenance: [span("s11", "In April 2017, Turkey signed a contract with Russia")],
  },
];

const claims: Claim[] = [
  {
    kind: "claim",
    id: "cl-us-incompatible",
    claimant: "united-states",
    speaker: "us-officials",
    topic: "s400-nato-compatibility",
    stance: "against",
    text: "The S-400 would be incompatible with NATO systems.",
    respondsTo: [],
    provenance: [span("s12", "incompatible with NATO systems")],
  },
  {
    kind: "claim",
    id: "cl-turkey-not-integrated",
    claimant: "turkey",
    topic: "s400-nato-compatibility",
    stance: "for",
    text: "The S-400s would not be integrated into NATO systems.",
    respondsTo: ["cl-us-incompatible"],
    provenance: [span("s13", "would not be integrated into NATO systems")],
  },
  {
    kind: "claim",
    id: "cl-turkey-no-threat",
    claimant: "turkey",
    topic: "s400-nato-compatibility",
    stance: "for",
    text: "The S-400 poses no threat to the alliance.",
    respondsTo: ["cl-us-incompatible"],
    provenance: [span("s13", "poses no threat to the alliance")],
  },
];

const quotes: Quote[] = [
  {
    kind: "quote",
    id: "q-attack",
    speaker: "mevlut-cavusoglu",
    onBehalfOf: "turkey",
    mode: "direct",
    text: "It is an attack on our sovereign rights",
    provenance: [span("s08", "It is an attack on our sovereign rights")],
  },
];

/** The real sources, entities, statements and topics, with the events, claims and quotes above. */
export const tinyDataset: Dataset = {
  ...dataset,
  events,
  claims,
  quotes,
};
