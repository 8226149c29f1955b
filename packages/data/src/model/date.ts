/** Dates that keep their precision and say where they came from, and the cluster's dateline they may lean on. */
import type { EventId } from "./ids.js";
import type { SourceSpan } from "./span.js";

/** Every date precision, coarsest first. */
export const datePrecisions = Object.freeze(["year", "month", "day"] as const);

/** How much of a date is known. */
export type DatePrecision = (typeof datePrecisions)[number];

/** Inclusive day bounds, both `YYYY-MM-DD`. */
export interface DayBounds {
  readonly earliest: string;
  readonly latest: string;
}

/**
 * A date as precise as the text allows, and no more.
 *
 * `value` is ISO 8601 cut to its precision (`"2020"`, `"2020-12"`, `"2017-04"`, `"2021-01-20"`), or an ISO 8601
 * interval of two such values (`"2017-04/2020-12"`) when the text gives only bounds and no one period holds them;
 * `earliest` and `latest` are the inclusive day bounds (`YYYY-MM-DD`) the date can fall within.
 */
export interface FuzzyDate {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly earliest: string;
  readonly latest: string;
  /**
   * The inclusive day bounds the 15 sentences alone allow. They equal `earliest` and `latest` unless the dataset's
   * dateline (`Dataset.dateline`, editorial) narrows them; then `reasoning` says what the text allows and what the
   * dateline narrows.
   */
  readonly textAllows: DayBounds;
  /** `stated` when the text gives the date itself ("In April 2017"), `inferred` when we worked it out. */
  readonly basis: "stated" | "inferred";
  /** The words of the text the date comes from ("earlier this month", "on Wednesday", "Jan. 20"). */
  readonly expression?: SourceSpan;
  /** For an inferred date: how it was worked out, step by step. Required when `basis` is `inferred`. */
  readonly reasoning?: string;
  /** Events whose date this one was worked out from. */
  readonly relativeTo?: readonly EventId[];
  /**
   * Events the text places before this one ("Now the proposal came from the US … we said yes, and negotiations
   * began"): the order of events whose bounds are the same, which their dates alone cannot give.
   */
  readonly after?: readonly EventId[];
}

/**
 * When the reports of the cluster were published: editorial metadata given with the cluster, not read from any
 * sentence. Dates that lean on it say so in their reasoning, next to what the sentences alone allow.
 */
export interface Dateline {
  /** The dateline in words: "late December 2020". */
  readonly text: string;
  /** The period the dataset uses, ISO 8601 cut to its precision ("2020-12"), and its inclusive day bounds. */
  readonly value: string;
  readonly precision: DatePrecision;
  readonly earliest: string;
  readonly latest: string;
  /** Always `editorial`: supplied with the cluster, not found in the sentences. */
  readonly basis: "editorial";
  /** What the dateline says, where it comes from, and what the dataset uses it for. */
  readonly note: string;
}
