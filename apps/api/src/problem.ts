/** RFC 9457 problem details: the one shape every 4xx and 5xx response of the API takes. */
import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { requestTarget } from "./request-target.js";
import { ProblemSchema } from "./schemas/envelopes.js";

export { ProblemSchema };

/** The media type of every error body. */
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** The kinds of problem the API reports; each `type` URI points at its explanation on `/docs`. */
export const problemTypes = {
  "invalid-parameter": { status: 400, title: "Invalid parameter" },
  "malformed-uri": { status: 400, title: "Malformed percent-encoding" },
  "not-found": { status: 404, title: "Not found" },
  "route-not-found": { status: 404, title: "No such route" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "internal-error": { status: 500, title: "Internal server error" },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

/** One kind of problem, e.g. `"not-found"`. */
export type ProblemType = keyof typeof problemTypes;

/** The `type` URI of a problem kind: a reference into the docs page, relative to the API's origin. */
export function problemTypeUri(type: ProblemType): string {
  return `/docs#problem-${type}`;
}

/** A problem body. */
export type Problem = z.infer<typeof ProblemSchema>;

/** Extra members and headers for {@link problem}. */
export interface ProblemOptions {
  invalidParams?: Problem["invalidParams"];
  headers?: Record<string, string>;
}

/** Builds a problem+json response for `c`'s request. */
export function problem(
  c: Context,
  type: ProblemType,
  detail: string,
  options: ProblemOptions = {},
): Response {
  const { status, title } = problemTypes[type];
  const requestId: unknown = c.get("requestId");
  const body: Problem = {
    type: problemTypeUri(type),
    title,
    status,
    detail,
    instance: requestTarget(c.req.url),
    ...(typeof requestId === "string" ? { requestId } : {}),
    ...(options.invalidParams ? { invalidParams: options.invalidParams } : {}),
  };
  return c.body(JSON.stringify(body), status, { ...options.headers, "Content-Type": PROBLEM_MEDIA_TYPE });
}

/** Thrown by a handler to answer with a problem; the app's error handler renders it. */
export class ProblemException extends Error {
  override readonly name = "ProblemException";
  readonly type: ProblemType;
  readonly invalidParams: Problem["invalidParams"];

  constructor(type: ProblemType, detail: string, invalidParams?: Problem["invalidParams"]) {
    super(detail);
    this.type = type;
    this.invalidParams = invalidParams;
  }
}

/** A 400 for one bad query parameter. */
export function invalidQueryParameter(name: string, reason: string): ProblemException {
  return new ProblemException("invalid-parameter", `Query parameter “${name}”: ${reason}`, [
    { name, in: "query", reason },
  ]);
}
