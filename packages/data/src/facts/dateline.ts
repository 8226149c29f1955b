/** The cluster's dateline: when the reports were published. Editorial metadata, not read from the sentences. */
import type { Dateline } from "../model/date.js";

export const dateline = {
  text: "late December 2020",
  value: "2020-12",
  precision: "month",
  earliest: "2020-12-01",
  latest: "2020-12-31",
  basis: "editorial",
  note: "Given with the cluster by its editors: the reports these 15 sentences come from were published in late December 2020. No sentence says so. The dataset uses only the month, to narrow dates the sentences leave open to December 2020 or January 2021; every date that does says so in its reasoning, next to what the sentences alone allow.",
} as const satisfies Dateline;
