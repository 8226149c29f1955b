/** The data source that reads the same views from an s400 HTTP API, through the typed client @s400/api exports. */
import { createClient } from "@s400/api/client";
import {
  type Claim,
  type Entity,
  type Event,
  PAGE_SIZE_MAX,
  type Quote,
  type Source,
  type Statement,
  type Topic,
} from "@s400/data";
import { optional } from "../optional.js";
import {
  type DataSource,
  DataSourceError,
  type DatasetMeta,
  type Neighbour,
  type Position,
  type RecordWithProvenance,
  type SearchHit,
  type SourceWithCiting,
} from "./source.js";

/** How long a request may take, unless told otherwise (`--timeout`). */
export const DEFAULT_TIMEOUT_MS = 10_000;

type Client = ReturnType<typeof createClient>;

/**
 * A record as the typed client sees it: the API's response schemas type ids and kinds as plain strings
 * where the library has literal unions, and optional members as `T | undefined`. Until those schemas are
 * built from `@s400/data`'s own, this is the one adapter between the two: checking the client's types
 * against `Wire<T>` keeps them in step at compile time, and `fromWire` is the only cast.
 */
export type Wire<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? readonly Wire<U>[]
      : WireObject<T>;

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

type WireObject<T> = { readonly [K in Exclude<keyof T, OptionalKeys<T>>]: Wire<T[K]> } & {
  readonly [K in OptionalKeys<T>]?: Wire<Exclude<T[K], undefined>> | undefined;
};

/** Records that crossed the wire are the library's records: the API serves exactly what `@s400/data` returns. */
function fromWire<T>(value: Wire<T>): T {
  return value as T;
}

/** The body type of the successful responses of a typed client call. */
type Success<R> = R extends { readonly ok: true; json(): Promise<infer T> } ? T : never;

interface AnyResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  json(): Promise<unknown>;
}

interface PageQuery {
  limit: string;
  cursor?: string;
}

/** What a fetch failure looks like from Node's fetch: the reason sits in `cause`. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
  return code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

const isTimeout = (error: unknown) => error instanceof Error && error.name === "TimeoutError";

export interface ApiSourceOptions {
  /** Replaces the global fetch, e.g. to call a Hono app in-process in tests. */
  readonly fetch?: typeof fetch;
  /** How many items each list request asks for (1 to PAGE_SIZE_MAX, the default); lists are read page by page to their end. */
  readonly pageSize?: number;
  /** How long one request may take before it fails (default 10 s). */
  readonly timeoutMs?: number;
}

/** Creates the data source that reads from the API at `baseUrl` (e.g. `http://localhost:8787`). */
export function createApiSource(baseUrl: string, options: ApiSourceOptions = {}): DataSource {
  const page = String(Math.max(1, Math.min(PAGE_SIZE_MAX, options.pageSize ?? PAGE_SIZE_MAX)));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const send = options.fetch ?? fetch;
  // Every request, its body included, gives up after the timeout, or at once when the source is closed.
  // One controller a request rather than AbortSignal.any over AbortSignal.timeout: on Node 20 the
  // combined signal holds the timeout weakly, and once collected it never fires (a hung app).
  const closed = new AbortController();
  const timed: typeof fetch = (input, init) => {
    const request = new AbortController();
    const timer = setTimeout(
      () => request.abort(new DOMException(`no answer in ${timeoutMs} ms`, "TimeoutError")),
      timeoutMs,
    );
    // The timer covers the body too; it must not keep a finished command's process alive.
    timer.unref();
    const close = () => request.abort(closed.signal.reason);
    closed.signal.addEventListener("abort", close, { once: true });
    return send(input, { ...init, signal: request.signal }).finally(() => {
      // Headers are in; the body is read within the same timer, which is left to run out.
      closed.signal.removeEventListener("abort", close);
    });
  };
  const client: Client = createClient(baseUrl, { fetch: timed });
  const seconds = `${Number((timeoutMs / 1000).toFixed(1))} s`;
  const notS400 = (why: string) =>
    new DataSourceError("NOT_S400", `${baseUrl} does not look like an s400 API (${why})`);

  /** Sends one request and returns its body; every way it can fail becomes a DataSourceError. */
  async function body<R extends AnyResponse>(request: () => Promise<R>): Promise<Success<R>> {
    let response: R;
    try {
      response = await request();
    } catch (error) {
      if (isTimeout(error)) {
        throw new DataSourceError("TIMEOUT", `the s400 API at ${baseUrl} did not answer within ${seconds}`);
      }
      throw new DataSourceError(
        "UNREACHABLE",
        `cannot reach the s400 API at ${baseUrl} (${networkReason(error)})`,
      );
    }
    const type = response.headers.get("content-type") ?? "";
    let json: unknown;
    try {
      json = type.includes("json") ? await response.json() : undefined;
    } catch (error) {
      if (isTimeout(error)) {
        throw new DataSourceError(
          "TIMEOUT",
          `the s400 API at ${baseUrl} did not finish its answer within ${seconds}`,
        );
      }
    }
    if (response.ok) {
      if (json === undefined || json === null || typeof json !== "object")
        throw notS400("its answer is not JSON");
      return json as Success<R>;
    }
    const status = `${response.status} ${response.statusText}`.trim();
    // An s400 API explains every failure as problem+json; anything else is some other server.
    if (!type.includes("application/problem+json")) throw notS400(`it answered ${status}`);
    const detail = (json as { detail?: unknown } | undefined)?.detail;
    const message = typeof detail === "string" ? detail : status;
    if (response.status === 404) throw new DataSourceError("NOT_FOUND", message);
    if (response.status === 400) throw new DataSourceError("INVALID_ARGUMENT", message);
    throw new DataSourceError("API_ERROR", `the s400 API at ${baseUrl} answered: ${message}`);
  }

  /** Reads every page of a list route, following `nextCursor`. */
  async function all<R extends AnyResponse>(
    request: (query: PageQuery) => Promise<R>,
  ): Promise<Success<R> extends { readonly items: readonly (infer T)[] } ? T[] : never> {
    const items: unknown[] = [];
    let cursor: string | null = null;
    do {
      const query: PageQuery = cursor === null ? { limit: page } : { limit: page, cursor };
      const next = (await body(() => request(query))) as { items?: unknown; nextCursor?: unknown };
      if (!Array.isArray(next.items)) throw notS400("a list came without items");
      items.push(...next.items);
      cursor = typeof next.nextCursor === "string" ? next.nextCursor : null;
    } while (cursor !== null);
    return items as Success<R> extends { readonly items: readonly (infer T)[] } ? T[] : never;
  }

  const v1 = client.v1;
  return {
    origin: `API ${baseUrl}`,
    close: () => closed.abort(),
    meta: async () => {
      const meta = await body(() => v1.meta.$get());
      if (typeof (meta as { counts?: unknown }).counts !== "object") throw notS400("/v1/meta has no counts");
      return fromWire<DatasetMeta>(meta);
    },
    entities: async (options = {}) =>
      fromWire<Entity[]>(
        await all((q) => v1.entities.$get({ query: { ...q, ...optional("type", options.type) } })),
      ),
    getEntity: async (idOrAlias) =>
      fromWire<Entity>(await body(() => v1.entities[":idOrAlias"].$get({ param: { idOrAlias } }))),
    statementsAbout: async (id, options = {}) =>
      fromWire<Statement[]>(
        await all((q) =>
          v1.entities[":id"].statements.$get({
            param: { id },
            query: { ...q, ...optional("predicate", options.predicate) },
          }),
        ),
      ),
    related: async (id) =>
      fromWire<Neighbour[]>(await all((q) => v1.entities[":id"].related.$get({ param: { id }, query: q }))),
    quotes: async (options = {}) =>
      fromWire<Quote[]>(
        await all((q) => v1.quotes.$get({ query: { ...q, ...optional("speaker", options.speaker) } })),
      ),
    timeline: async (options = {}) =>
      fromWire<Event[]>(await all((q) => v1.timeline.$get({ query: { ...q, ...options } }))),
    topics: async () => fromWire<Topic[]>(await all((q) => v1.topics.$get({ query: q }))),
    claims: async (options = {}) =>
      fromWire<Claim[]>(await all((q) => v1.claims.$get({ query: { ...q, ...options } }))),
    positions: async (topic) =>
      fromWire<Position[]>(
        await all((q) => v1.positions.$get({ query: { ...q, ...optional("topic", topic) } })),
      ),
    sources: async () => fromWire<Source[]>(await all((q) => v1.sources.$get({ query: q }))),
    sourceWithCiting: async (id) =>
      fromWire<SourceWithCiting>(await body(() => v1.sources[":id"].$get({ param: { id } }))),
    recordWithProvenance: async (recordOrId) => {
      const id = typeof recordOrId === "string" ? recordOrId : recordOrId.id;
      return fromWire<RecordWithProvenance>(await body(() => v1.records[":id"].$get({ param: { id } })));
    },
    search: async (query, options = {}) => {
      const answer = await body(() =>
        v1.search.$get({
          query: {
            q: query,
            ...optional("limit", options.limit === undefined ? undefined : String(options.limit)),
            ...optional("type", options.types?.join(",")),
          },
        }),
      );
      if (!Array.isArray((answer as { results?: unknown }).results))
        throw notS400("a search came without results");
      return fromWire<SearchHit[]>(answer.results);
    },
  };
}
