/**
 * The one way a route answers 200 JSON: `return answer(c, body)`. The body is written by the fast
 * serializer of `answer-json.ts`, which reuses each dataset record's UTF-8 bytes instead of running
 * `JSON.stringify` over the records again (see `pnpm --filter @s400/api bench`, "serializer", for the
 * figure against `c.json`), and the response carries its `Content-Length`, so a HEAD (which Hono answers
 * from the GET) says how long the GET would be.
 */
import type { Context, TypedResponse } from "hono";
import type { JSONParsed, JSONValue } from "hono/utils/types";
import { answerBytes } from "./answer-json.js";

/** The media type of every successful answer under `/v1`. */
export const JSON_MEDIA_TYPE = "application/json";

/** A response that the typed client (`hc<AppType>`) and the OpenAPI routes read as `T`, status 200. */
export type Answer<T> = Response & TypedResponse<JSONParsed<T>, 200, "json">;

/**
 * The body bytes of each response {@link bytesResponse} made, so that the Node entry's answer cache and
 * compression can keep or compress them without reading the body back as a stream (on Node that read
 * alone cost a new question about a tenth of its throughput in `pnpm bench`).
 */
const bodies = new WeakMap<Response, Built>();

/** What is known of a response this app built: its body bytes, and its plain header record if it was built with one. */
interface Built {
  body: Uint8Array<ArrayBuffer>;
  headers?: Readonly<Record<string, string>>;
}

/** The bytes of `response`'s body if this app made it from bytes, without reading it; else `undefined`. */
export function knownBody(response: Response): Uint8Array<ArrayBuffer> | undefined {
  return bodies.get(response)?.body;
}

/** The bytes of `response`'s body: known ones at once, else read. */
export async function bodyBytes(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  return knownBody(response) ?? new Uint8Array(await response.arrayBuffer());
}

/** A response with `bytes` as its body, which {@link knownBody} will know. */
export function bytesBodyResponse(bytes: Uint8Array<ArrayBuffer>, init: ResponseInit): Response {
  const response = new Response(bytes, init);
  bodies.set(response, { body: bytes });
  return response;
}

/** One header: lower-case name and value. */
export type Header = readonly [name: string, value: string];

/** The context variable that holds {@link answerTemplate}'s record, set by the fixed-headers middleware. */
export const ANSWER_TEMPLATE = "s400AnswerTemplate";
/** The context variable that holds an answer's {@link AnswerCaching}, set by the caching middleware. */
export const ANSWER_CACHING = "s400AnswerCaching";

/** What the caching middleware would set on a 200 answer after the handler. */
export interface AnswerCaching {
  etag: string;
  vary: string;
  cacheControl: string;
}

/** The headers an answer is built with on top of the fixed ones, blank in the template. */
const ANSWER_OWN = ["cache-control", "content-length", "content-type", "etag", "vary", "x-request-id"];

/**
 * The record a 200 answer's headers start from: `fixed` and a blank for each of an answer's own, all
 * in the order `Headers` lists them (by name), so that the answer goes out exactly as one built
 * header by header would.
 */
export function answerTemplate(fixed: readonly Header[]): Readonly<Record<string, string>> {
  const template: Record<string, string> = {};
  const names = [...new Set([...fixed.map(([name]) => name), ...ANSWER_OWN])].sort();
  for (const name of names) template[name] = "";
  for (const [name, value] of fixed) template[name] = value;
  return template;
}

/** Whether `response` was built with every header the middleware would set on it. */
export function carriesFixedHeaders(response: Response): boolean {
  return bodies.get(response)?.headers !== undefined;
}

/** The plain header record `response` was built with, if this app built it so; read without a `Headers`. */
export function knownHeaders(response: Response): Readonly<Record<string, string>> | undefined {
  return bodies.get(response)?.headers;
}

/**
 * `bytes` as a 200 of `type`, with its length. Under the fixed-headers and caching middleware (every
 * route under `/v1`), the response is built with all its headers as one plain record, which the Node
 * adapter writes as it is; the middleware then leave it alone. A route answering this way sets no
 * headers of its own with `c.header()`: they would not be kept (none does; the health check, which
 * sets `Cache-Control`, is outside the caching middleware and answers the usual way).
 */
export function bytesResponse(c: Context, bytes: Uint8Array<ArrayBuffer>, type: string): Response {
  const template: Readonly<Record<string, string>> | undefined = c.get(ANSWER_TEMPLATE);
  const caching: AnswerCaching | undefined = c.get(ANSWER_CACHING);
  const id: unknown = c.get("requestId");
  if (template === undefined || caching === undefined || typeof id !== "string") {
    const response = c.body(bytes, 200, { "Content-Type": type, "Content-Length": String(bytes.byteLength) });
    bodies.set(response, { body: bytes });
    return response;
  }
  const headers = { ...template };
  headers["cache-control"] = caching.cacheControl;
  headers["content-length"] = String(bytes.byteLength);
  headers["content-type"] = type;
  headers.etag = caching.etag;
  headers.vary = caching.vary;
  headers["x-request-id"] = id;
  const response = new Response(bytes, { status: 200, headers });
  // One entry says both: its bytes, and (by having a record) that nothing is to be set on it after.
  bodies.set(response, { body: bytes, headers });
  return response;
}

/**
 * Answers `body` as 200 JSON, the same bytes `JSON.stringify(body)` would give, as `type` (a JSON media
 * type: `application/json` unless the route documents another, such as `application/ld+json`).
 */
export function answer<T extends JSONValue | object>(c: Context, body: T, type = JSON_MEDIA_TYPE): Answer<T> {
  // The body is JSON of `T` by construction; the cast only tells Hono's route types so.
  return bytesResponse(c, answerBytes(body), type) as Answer<T>;
}

/**
 * Answers `body` like {@link answer}, as the alternate representation `type` of a negotiating route
 * (JSON-LD by `Accept`). Typed as a plain `Response`: the typed client (`hc<AppType>`) keeps the
 * route's default JSON type, which is what it gets unless it asks for the alternate.
 */
export function alternateAnswer(c: Context, body: JSONValue | object, type: string): Response {
  return bytesResponse(c, answerBytes(body), type);
}
