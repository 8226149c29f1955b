/** How many results a list or a search hands out: one pair of numbers for the library, the API and the TUI. */

/** How many hits `search()` returns, and how many items an API page holds, when no limit is given. */
export const PAGE_SIZE_DEFAULT = 10;

/** The largest page the API hands out (`limit` above it is an error). */
export const PAGE_SIZE_MAX = 100;
