/** How many results a list or a search hands out: one pair of numbers for the library, the API and the TUI. */

/** How many hits a search returns when no limit is given: `search()`, `/v1/search` and `s400 search` alike. */
export const PAGE_SIZE_DEFAULT = 10;

/** The most results one call hands out: a search's `limit` and an API page's `limit` are at most this. */
export const PAGE_SIZE_MAX = 100;
