/** The data source that reads the same views from an s400 HTTP API, through the typed client @s400/api exports. */
import { createClient } from "@s400/api/client";
import { PAGE_SIZE_MAX } from "@s400/data";
import type { z } from "zod";
import { optional } from "../optional.js";
import { type DataSource, DataSourceError } from "./source.js";

/** How long a request may take, unless told otherwise (`--timeout`). */
export const DEFAULT_TIMEOUT_MS = 10_000;

type Client = ReturnType<typeof createClient>;

/**
 * `@s400/data/schema`, loaded with the first request: only `--api` pays for zod. Every body is parsed
 * with the library's own schema, whose inferred types are the library's types (a type-level test in
 * @s400/data holds them equal), so what crossed the wire comes back as records without a cast, and a
 * server that answers in another shape is named rather than drawn wrong.
 */
type Schemas = typeof import("@s400/data/schema");
let schemas: Promise<Schemas> | undefined;
const loadSchemas = () => {
  schemas ??= import("@s400/data/schema");
  return schemas;
};

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
  async function body(request: () => Promise<AnyResponse>): Promise<object> {
    let response: AnyResponse;
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
      return json;
    }
    const status = `${response.status} ${response.statusText}`.trim();
    // An s400 API explains every failure as problem+json; anything else is some other server.
    if (!type.includes("application/problem+json")) throw notS400(`it answered ${status}`);
    const detail = typeof json === "object" && json !== null && "detail" in json ? json.detail : undefined;
    const message = typeof detail === "string" ? detail : status;
    if (response.status === 404) throw new DataSourceError("NOT_FOUND", message);
    if (response.status === 400) throw new DataSourceError("INVALID_ARGUMENT", message);
    throw new DataSourceError("API_ERROR", `the s400 API at ${baseUrl} answered: ${message}`);
  }

  /** Parses a body with the library's schema for it; a body of another shape is some other server. */
  async function decode<S extends z.ZodType>(
    pick: (schemas: Schemas) => S,
    value: unknown,
    what: string,
  ): Promise<z.output<S>> {
    const result = pick(await loadSchemas()).safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    throw notS400(`${what} is not in the shape of @s400/data${at}: ${issue?.message ?? "invalid"}`);
  }

  /** Reads every page of a list route, following `nextCursor`, and parses its items with `pick`'s schema. */
  async function all<S extends z.ZodType>(
    pick: (schemas: Schemas) => S,
    what: string,
    request: (query: PageQuery) => Promise<AnyResponse>,
  ): Promise<z.output<S>[]> {
    const items: z.output<S>[] = [];
    let cursor: string | null = null;
    do {
      const query: PageQuery = cursor === null ? { limit: page } : { limit: page, cursor };
      const next = await body(() => request(query));
      if (!("items" in next) || !Array.isArray(next.items)) throw notS400("a list came without items");
      items.push(...(await decode((schemas) => pick(schemas).array(), next.items, what)));
      cursor = "nextCursor" in next && typeof next.nextCursor === "string" ? next.nextCursor : null;
    } while (cursor !== null);
    return items;
  }

  const v1 = client.v1;
  return {
    origin: `API ${baseUrl}`,
    close: () => closed.abort(),
    // The server keeps its indexes; nothing to send ahead of the first search.
    prepare: () => undefined,
    meta: async () => decode((s) => s.datasetMetaSchema, await body(() => v1.meta.$get()), "/v1/meta"),
    entities: async (options = {}) =>
      all(
        (s) => s.entitySchema,
        "an entity",
        (q) => v1.entities.$get({ query: { ...q, ...optional("type", options.type) } }),
      ),
    getEntity: async (idOrAlias) =>
      decode(
        (s) => s.entitySchema,
        await body(() => v1.entities[":idOrAlias"].$get({ param: { idOrAlias } })),
        "an entity",
      ),
    statementsAbout: async (id, options = {}) =>
      all(
        (s) => s.statementSchema,
        "a statement",
        (q) =>
          v1.entities[":id"].statements.$get({
            param: { id },
            query: { ...q, ...optional("predicate", options.predicate) },
          }),
      ),
    related: async (id) =>
      all(
        (s) => s.neighbourSchema,
        "a related entity",
        (q) => v1.entities[":id"].related.$get({ param: { id }, query: q }),
      ),
    quotes: async (options = {}) =>
      all(
        (s) => s.quoteSchema,
        "a quote",
        (q) => v1.quotes.$get({ query: { ...q, ...optional("speaker", options.speaker) } }),
      ),
    timeline: async (options = {}) =>
      all(
        (s) => s.eventSchema,
        "an event",
        (q) => v1.timeline.$get({ query: { ...q, ...options } }),
      ),
    topics: async () =>
      all(
        (s) => s.topicSchema,
        "a topic",
        (q) => v1.topics.$get({ query: q }),
      ),
    claims: async (options = {}) =>
      all(
        (s) => s.claimSchema,
        "a claim",
        (q) => v1.claims.$get({ query: { ...q, ...options } }),
      ),
    positions: async (topic) =>
      all(
        (s) => s.positionSchema,
        "a position",
        (q) => v1.positions.$get({ query: { ...q, ...optional("topic", topic) } }),
      ),
    sources: async () =>
      all(
        (s) => s.sourceSchema,
        "a source",
        (q) => v1.sources.$get({ query: q }),
      ),
    sourceWithCiting: async (id) =>
      decode(
        (s) => s.sourceWithCitingSchema,
        await body(() => v1.sources[":id"].$get({ param: { id } })),
        "a source",
      ),
    recordWithProvenance: async (recordOrId) => {
      const id = typeof recordOrId === "string" ? recordOrId : recordOrId.id;
      return decode(
        (s) => s.recordWithProvenanceSchema,
        await body(() => v1.records[":id"].$get({ param: { id } })),
        "a record",
      );
    },
    search: async (query, options = {}) => {
      const result = await body(() =>
        v1.search.$get({
          query: {
            q: query,
            ...optional("limit", options.limit === undefined ? undefined : String(options.limit)),
            ...optional("type", options.types?.join(",")),
          },
        }),
      );
      if (!("results" in result)) throw notS400("a search came without results");
      return decode((s) => s.searchHitSchema.array(), result.results, "a search hit");
    },
    answer: async (question) => {
      // The route's hits come along, but the views ask `search` for theirs (with their own limit).
      const result = await body(() => v1.answer.$get({ query: { q: question } }));
      if (!("answer" in result)) throw notS400("an answer came without its answer");
      return decode((s) => s.answerSchema.nullable(), result.answer, "the answer");
    },
  };
}
