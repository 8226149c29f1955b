/** The one order of events on a timeline, shared by `timeline()` and the index. */
import type { DatePrecision } from "../model/date.js";
import type { Event } from "../model/event.js";

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2 };

/**
 * How many events the text places before each event, along the longest chain of `date.after`
 * links: an event always ranks above every event it comes after. Links to unknown events, and any
 * cycle, are ignored rather than trusted.
 */
function textOrderRanks(events: readonly Event[]): Map<string, number> {
  const byId = new Map(events.map((event) => [event.id, event]));
  const ranks = new Map<string, number>();
  const visiting = new Set<string>();
  const rankOf = (event: Event): number => {
    const known = ranks.get(event.id);
    if (known !== undefined) return known;
    if (visiting.has(event.id)) return 0;
    visiting.add(event.id);
    let rank = 0;
    for (const id of event.date.after ?? []) {
      const before = byId.get(id);
      if (before !== undefined) rank = Math.max(rank, rankOf(before) + 1);
    }
    visiting.delete(event.id);
    ranks.set(event.id, rank);
    return rank;
  };
  for (const event of events) rankOf(event);
  return ranks;
}

/**
 * Events in timeline order: by the earliest day each can fall on; on a tie the coarser date comes
 * first (a year before a month before a day, so "December 2020" heads the days inside it); then the
 * order the text gives (`date.after`: an event comes after those it names); then by id, so the order
 * never depends on the order of the data.
 */
export function inTimelineOrder(events: readonly Event[]): Event[] {
  const ranks = textOrderRanks(events);
  return [...events].sort((a, b) => {
    if (a.date.earliest !== b.date.earliest) return a.date.earliest < b.date.earliest ? -1 : 1;
    const byPrecision = PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision];
    if (byPrecision !== 0) return byPrecision;
    const byText = (ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0);
    if (byText !== 0) return byText;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
