/** Offset pagination behind an opaque cursor, shared by every list route. */
import { z } from "@hono/zod-openapi";
import { PAGE_SIZE_MAX } from "@s400/data";
import { integerParam } from "./params.js";
import { invalidQueryParameter } from "./problem.js";

const CURSOR_PREFIX = "o:";

/** Items per list page when the client does not say (search answers default to `PAGE_SIZE_DEFAULT`). */
export const DEFAULT_LIMIT = 20;
/** The most items a page may hold: the kit's one bound, shared with search. */
export const MAX_LIMIT = PAGE_SIZE_MAX;

/** The `limit` and `cursor` query parameters of every list route. */
export const pageQuery = {
  limit: integerParam("limit", {
    min: 1,
    max: MAX_LIMIT,
    default: DEFAULT_LIMIT,
    description: `Items per page, 1 to ${MAX_LIMIT}.`,
    example: DEFAULT_LIMIT,
  }),
  cursor: z
    .string({ error: (issue) => (Array.isArray(issue.input) ? "must be given once" : "must be text") })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "not a cursor this API handed out.")
    .optional()
    .openapi({
      param: { name: "cursor", in: "query", example: encodeCursor(DEFAULT_LIMIT) },
      description: "Opaque cursor from a previous page's `nextCursor`; omit it for the first page.",
    }),
};

/** Encodes an offset as an opaque, URL-safe cursor. */
export function encodeCursor(offset: number): string {
  return btoa(`${CURSOR_PREFIX}${offset}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes a cursor to an offset, or throws a 400 for anything this API did not hand out. */
export function decodeCursor(cursor: string): number {
  const invalid = () => invalidQueryParameter("cursor", "not a cursor this API handed out.");
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    throw invalid();
  }
  const match = /^o:(0|[1-9][0-9]{0,8})$/.exec(text);
  if (!match?.[1]) throw invalid();
  return Number(match[1]);
}

/** Cuts one page out of `all`. A cursor past the end of the list is a client error, not an empty page. */
export function paginate<T>(all: readonly T[], page: { limit: number; cursor?: string | undefined }) {
  const offset = page.cursor === undefined ? 0 : decodeCursor(page.cursor);
  if (offset > all.length) {
    throw invalidQueryParameter("cursor", "points past the end of the list.");
  }
  const end = offset + page.limit;
  return {
    items: all.slice(offset, end),
    total: all.length,
    nextCursor: end < all.length ? encodeCursor(end) : null,
  };
}
