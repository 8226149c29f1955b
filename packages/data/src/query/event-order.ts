/** The one order of events on a timeline, shared by `timeline()` and the index. */
import type { DatePrecision } from "../model/date.js";
import type { Event } from "../model/event.js";

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2 };

/**
 * Orders events by the earliest day they can fall on; on a tie the coarser date comes first (a
 * year before a month before a day, so "December 2020" heads the days inside it); then by id, so
 * the order never depends on the order of the data.
 */
export function compareEvents(a: Event, b: Event): number {
  if (a.date.earliest !== b.date.earliest) return a.date.earliest < b.date.earliest ? -1 : 1;
  const byPrecision = PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision];
  if (byPrecision !== 0) return byPrecision;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
