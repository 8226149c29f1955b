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
const bodies = new WeakMap<Response, Uint8Array<ArrayBuffer>>();

/** The bytes of `response`'s body if this app made it from bytes, without reading it; else `undefined`. */
export function knownBody(response: Response): Uint8Array<ArrayBuffer> | undefined {
  return bodies.get(response);
}

/** The bytes of `response`'s body: known ones at once, else read. */
export async function bodyBytes(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  return knownBody(response) ?? new Uint8Array(await response.arrayBuffer());
}

/** A response with `bytes` as its body, which {@link knownBody} will know. */
export function bytesBodyResponse(bytes: Uint8Array<ArrayBuffer>, init: ResponseInit): Response {
  const response = new Response(bytes, init);
  bodies.set(response, bytes);
  return response;
}

/** `bytes` as a 200 of `type`, with its length. */
export function bytesResponse(c: Context, bytes: Uint8Array<ArrayBuffer>, type: string): Response {
  const response = c.body(bytes, 200, { "Content-Type": type, "Content-Length": String(bytes.byteLength) });
  bodies.set(response, bytes);
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
