/** Rejects URLs whose percent-encoding does not decode, instead of letting them through half-decoded. */
import type { MiddlewareHandler } from "hono";
import { problem } from "../problem.js";

/** The first part of `url`'s path or query that is not valid percent-encoded UTF-8, if any. */
export function malformedPart(url: string): string | undefined {
  const pathStart = url.indexOf("/", url.indexOf("//") + 2);
  if (pathStart === -1 || url.indexOf("%", pathStart) === -1) return undefined;
  const hash = url.indexOf("#", pathStart);
  const target = hash === -1 ? url.slice(pathStart) : url.slice(pathStart, hash);
  // A valid escape never spans "/", "&" or "=", so the parts all decode exactly when the whole does:
  // one call settles the usual, valid URL; only a broken one is taken apart to name the bad part.
  try {
    decodeURIComponent(target);
    return undefined;
  } catch {}
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const parts = path.split("/");
  if (queryStart !== -1) {
    for (const pair of target.slice(queryStart + 1).split("&")) parts.push(...pair.split("="));
  }
  for (const part of parts) {
    if (!part.includes("%")) continue;
    try {
      decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return part;
    }
  }
  return undefined;
}

/** 400 problem for a path or query with a broken `%` escape, such as `%ZZ` or a cut-off UTF-8 sequence. */
export function percentEncoding(): MiddlewareHandler {
  return async (c, next) => {
    const bad = malformedPart(c.req.url);
    if (bad !== undefined) {
      const shown = bad.length > 40 ? `${bad.slice(0, 40)}…` : bad;
      return problem(c, "malformed-uri", `“${shown}” is not valid percent-encoded UTF-8.`);
    }
    await next();
  };
}
