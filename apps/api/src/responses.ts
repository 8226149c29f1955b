/**
 * The responses every operation documents: its 200 (with the caching headers), 304 for a matching
 * `If-None-Match`, 400 (every route can meet malformed percent-encoding), 404 where an id or name
 * can miss, 405 for other methods and 500; each error with the problem schema.
 */
import type { z } from "@hono/zod-openapi";
import { PROBLEM_MEDIA_TYPE, ProblemSchema } from "./problem.js";

/** Response headers shared by the operations, registered once as `components.headers`. */
export const responseHeaders = {
  ETag: {
    description:
      "Strong validator of the answer: the same for the same dataset version, URL, representation (JSON or JSON-LD) and `Content-Encoding` (a CDN that compresses may make it weak, `W/`). Send it back in `If-None-Match`.",
    schema: { type: "string", pattern: '^(W/)?"[0-9a-f]{16}"$' },
  },
  "Cache-Control": {
    description:
      "`public, max-age=300, s-maxage=86400, stale-while-revalidate=86400` on answers, `public, max-age=60` on 4xx, `no-store` on 5xx and on `/healthz`.",
    schema: { type: "string" },
  },
  Vary: {
    description:
      "`Accept-Encoding`: the answer may be sent compressed; on a record or an entity, `Accept, Accept-Encoding`: it is JSON or JSON-LD by `Accept`.",
    schema: { type: "string" },
  },
  "X-Request-Id": {
    description:
      "The request's id: the one the client sent in `X-Request-Id` if it is 1 to 255 characters of `A-Z a-z 0-9 _ - =`, else a new UUID.",
    schema: { type: "string", pattern: "^[A-Za-z0-9_=-]{1,255}$" },
  },
  Allow: {
    description: "The methods the path answers: `GET, HEAD, OPTIONS`.",
    schema: { type: "string" },
  },
  "Access-Control-Allow-Origin": {
    description: "`*`: any origin may read the answer.",
    schema: { type: "string" },
  },
} as const;

type HeaderName = keyof typeof responseHeaders;

const refs = (...names: HeaderName[]) =>
  Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

const problem = (description: string, ...headers: HeaderName[]) =>
  ({
    description,
    headers: refs("Cache-Control", "X-Request-Id", "Access-Control-Allow-Origin", ...headers),
    content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
  }) as const;

/** What {@link responsesOf} needs to know about an operation. */
export interface ResponsesOptions<T extends z.ZodType, N extends string | undefined, M extends string> {
  /** The 200 answer, and its media type if it is not `application/json` (e.g. `application/ld+json`). */
  ok: { description: string; schema: T; mediaType?: M };
  /** When the route answers 400 besides malformed percent-encoding (a parameter it validates). */
  badRequest?: string;
  /** When the route answers 404 (an id, name or alias that names nothing). */
  notFound?: N;
  /** Whether the 200 carries an ETag and can be answered 304 (not `/healthz`). */
  cached?: boolean;
}

type ProblemResponse = ReturnType<typeof problem>;

/** Every response of a GET operation, for `createRoute({ responses })`; 404 only where `notFound` says why. */
export function responsesOf<
  T extends z.ZodType,
  N extends string | undefined = undefined,
  M extends string = "application/json",
>(options: ResponsesOptions<T, N, M>) {
  const cached = options.cached ?? true;
  const badRequest = options.badRequest
    ? `${options.badRequest} Also: the path or query has malformed percent-encoding.`
    : "The path or query has malformed percent-encoding.";
  const responses = {
    200: {
      description: options.ok.description,
      headers: cached
        ? refs("ETag", "Cache-Control", "Vary", "X-Request-Id", "Access-Control-Allow-Origin")
        : refs("Cache-Control", "X-Request-Id", "Access-Control-Allow-Origin"),
      content: { [options.ok.mediaType ?? "application/json"]: { schema: options.ok.schema } } as Record<
        M,
        { schema: T }
      >,
    },
    ...(cached
      ? {
          304: {
            description: "Not modified: `If-None-Match` lists the answer's `ETag` (or is `*`). No body.",
            headers: refs("ETag", "Cache-Control", "Vary", "X-Request-Id"),
          },
        }
      : {}),
    400: problem(badRequest),
    ...(options.notFound === undefined ? {} : { 404: problem(options.notFound) }),
    405: problem("The method is not GET, HEAD or OPTIONS.", "Allow"),
    500: problem("Something failed on the server; quote the `requestId` if you report it."),
  };
  // The spread of an optional 404 widens to "maybe"; say exactly when it is there, for the typed client.
  return responses as Omit<typeof responses, 404> & (N extends string ? { 404: ProblemResponse } : unknown);
}
