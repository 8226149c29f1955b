/** Events on a timeline, filtered by a date range that respects each date's precision. */

import { requireOptions } from "../arguments.js";
import { S400Error } from "../errors.js";
import type { DatasetIndex } from "../indexes/dataset-index.js";
import type { Event } from "../model/event.js";
import { getEntityIn } from "./entities.js";

/** Options of `timeline()`. */
export interface TimelineOptions {
  /** Only events that can fall on or after this date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly from?: string;
  /** Only events that can fall on or before this date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly to?: string;
  /** Only events this entity (id, name or alias) takes part in. */
  readonly entity?: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The inclusive day bounds of a date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * (`"2020-12"` → `["2020-12-01", "2020-12-31"]`). Throws INVALID_ARGUMENT for anything else.
 */
export function dateBounds(value: unknown, name: string): readonly [earliest: string, latest: string] {
  const match = typeof value === "string" ? DATE.exec(value) : null;
  if (match !== null) {
    const [, y, m, d] = match;
    const year = Number(y);
    if (m === undefined) return [`${y}-01-01`, `${y}-12-31`];
    const month = Number(m);
    if (month >= 1 && month <= 12) {
      const last = daysInMonth(year, month);
      if (d === undefined) return [`${y}-${m}-01`, `${y}-${m}-${pad(last)}`];
      const day = Number(d);
      if (day >= 1 && day <= last) return [`${y}-${m}-${d}`, `${y}-${m}-${d}`];
    }
  }
  throw new S400Error(
    "INVALID_ARGUMENT",
    `${name} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`,
    name,
  );
}

/**
 * Events in timeline order (see `inTimelineOrder`: earliest possible day, then coarser precision
 * first, then the order the text gives, then id). `from`/`to` keep every event whose possible days overlap the range, so a
 * month-precision event matches a query for any day in that month, and a day matches its month.
 */
export function timelineIn(index: DatasetIndex, options?: TimelineOptions): readonly Event[] {
  const { from, to, entity } = requireOptions(options);
  const start = from === undefined ? undefined : dateBounds(from, "from")[0];
  const end = to === undefined ? undefined : dateBounds(to, "to")[1];
  if (start !== undefined && end !== undefined && start > end) {
    throw new S400Error("INVALID_ARGUMENT", `from (${from}) is after to (${to})`, "from");
  }
  const who = entity === undefined ? undefined : getEntityIn(index, entity, "entity").id;
  const all = index.eventsInOrder;
  if (start === undefined && end === undefined && who === undefined) return all;
  return Object.freeze(
    all.filter(
      (event) =>
        (start === undefined || event.date.latest >= start) &&
        (end === undefined || event.date.earliest <= end) &&
        (who === undefined || event.participants.some((p) => p.entity === who)),
    ),
  );
}
