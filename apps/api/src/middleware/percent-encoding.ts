/** Rejects URLs whose percent-encoding does not decode, instead of letting them through half-decoded. */
import type { MiddlewareHandler } from "hono";
import { problem } from "../problem.js";
import { requestTarget } from "../request-target.js";

/** A part of a URL that is not valid percent-encoded UTF-8, and where it is. */
export interface MalformedPart {
  /** The part as sent. */
  part: string;
  /** In the path, or in the query (a parameter's name or value). */
  in: "path" | "query";
  /** The query parameter it belongs to (as sent), or `(path)`. */
  name: string;
}

const decodes = (text: string) => {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

/** The first part of `url`'s path or query that is not valid percent-encoded UTF-8, if any, and where it is. */
export function findMalformed(url: string): MalformedPart | undefined {
  const target = requestTarget(url);
  if (!target.includes("%")) return undefined;
  // A valid escape never spans "/", "&" or "=", so the parts all decode exactly when the whole does:
  // one call settles the usual, valid URL; only a broken one is taken apart to name the bad part.
  if (decodes(target)) return undefined;
  const queryStart = target.indexOf("?");
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  for (const part of path.split("/")) {
    if (part.includes("%") && !decodes(part)) return { part, in: "path", name: "(path)" };
  }
  if (queryStart === -1) return undefined;
  for (const pair of target.slice(queryStart + 1).split("&")) {
    const [name = "", ...values] = pair.split("=");
    for (const part of [name, ...values]) {
      if (part.includes("%") && !decodes(part.replace(/\+/g, " "))) return { part, in: "query", name };
    }
  }
  return undefined;
}

/** The first part of `url`'s path or query that is not valid percent-encoded UTF-8, if any. */
export function malformedPart(url: string): string | undefined {
  return findMalformed(url)?.part;
}

/** 400 problem for a path or query with a broken `%` escape, such as `%ZZ` or a cut-off UTF-8 sequence. */
export function percentEncoding(): MiddlewareHandler {
  return async (c, next) => {
    const bad = findMalformed(c.req.url);
    if (bad !== undefined) {
      const shown = bad.part.length > 40 ? `${bad.part.slice(0, 40)}…` : bad.part;
      const reason = `“${shown}” is not valid percent-encoded UTF-8; escape each byte as %XX of UTF-8.`;
      const name = bad.name.length > 40 ? `${bad.name.slice(0, 40)}…` : bad.name;
      return problem(c, "malformed-uri", reason, { invalidParams: [{ name, in: bad.in, reason }] });
    }
    await next();
  };
}
