/** The data source that reads the same views from an s400 HTTP API, through the typed client @s400/api exports. */
import { createClient } from "@s400/api/client";
import type { Claim, Entity, Event, Quote, Source, Statement, Topic } from "@s400/data";
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

/** The largest page the API hands out (its documented maximum); lists are read page by page to their end. */
const MAX_PAGE = 100;

type Client = ReturnType<typeof createClient>;

/**
 * A record as JSON carries it: the API's schemas type ids and kinds as plain strings where the library
 * has literal unions. Checking the client's types against `Wire<T>` keeps the two in step at compile time.
 */
export type Wire<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? readonly Wire<U>[]
      : WireObject<T>;

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/** JSON schemas type an optional member as `T | undefined`; the library leaves `undefined` out. */
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

/**
 * Creates the data source that reads from the API at `baseUrl` (e.g. `http://localhost:8787`).
 * `fetch` replaces the global one, e.g. to call a Hono app in-process in tests; `pageSize` (1–100, default
 * 100) is how many items each list request asks for.
 */
export function createApiSource(
  baseUrl: string,
  options: { fetch?: typeof fetch; pageSize?: number } = {},
): DataSource {
  const page = String(Math.max(1, Math.min(MAX_PAGE, options.pageSize ?? MAX_PAGE)));
  const client: Client = createClient(baseUrl, options.fetch ? { fetch: options.fetch } : undefined);

  /** Sends one request and returns its body; a refused connection or a problem+json answer becomes a DataSourceError. */
  async function body<R extends AnyResponse>(request: () => Promise<R>): Promise<Success<R>> {
    let response: R;
    try {
      response = await request();
    } catch (error) {
      throw new DataSourceError(
        "UNREACHABLE",
        `cannot reach the s400 API at ${baseUrl} (${networkReason(error)})`,
      );
    }
    if (response.ok) {
      try {
        return (await response.json()) as Success<R>;
      } catch {
        throw new DataSourceError("API_ERROR", `${baseUrl} did not answer with JSON: is it an s400 API?`);
      }
    }
    let detail = `${response.status} ${response.statusText}`.trim();
    try {
      const problem = (await response.json()) as { detail?: unknown };
      if (typeof problem.detail === "string") detail = problem.detail;
    } catch {
      // Not problem+json (a proxy's error page, say): the status line says enough.
    }
    if (response.status === 404) throw new DataSourceError("NOT_FOUND", detail);
    if (response.status === 400) throw new DataSourceError("INVALID_ARGUMENT", detail);
    throw new DataSourceError("API_ERROR", `the s400 API at ${baseUrl} answered: ${detail}`);
  }

  /** Reads every page of a list route, following `nextCursor`. */
  async function all<R extends AnyResponse>(
    request: (query: PageQuery) => Promise<R>,
  ): Promise<Success<R> extends { readonly items: readonly (infer T)[] } ? T[] : never> {
    const items: unknown[] = [];
    let cursor: string | null = null;
    do {
      const query: PageQuery = cursor === null ? { limit: page } : { limit: page, cursor };
      const next = (await body(() => request(query))) as {
        items: readonly unknown[];
        nextCursor: string | null;
      };
      items.push(...next.items);
      cursor = next.nextCursor;
    } while (cursor !== null);
    return items as Success<R> extends { readonly items: readonly (infer T)[] } ? T[] : never;
  }

  const v1 = client.v1;
  return {
    label: `API ${baseUrl}`,
    meta: async () => fromWire<DatasetMeta>(await body(() => v1.meta.$get())),
    entities: async (type) =>
      fromWire<Entity[]>(await all((q) => v1.entities.$get({ query: { ...q, ...(type ? { type } : {}) } }))),
    entity: async (idOrAlias) =>
      fromWire<Entity>(await body(() => v1.entities[":idOrAlias"].$get({ param: { idOrAlias } }))),
    statementsAbout: async (id, predicate) =>
      fromWire<Statement[]>(
        await all((q) =>
          v1.entities[":id"].statements.$get({
            param: { id },
            query: { ...q, ...(predicate ? { predicate } : {}) },
          }),
        ),
      ),
    related: async (id) =>
      fromWire<Neighbour[]>(await all((q) => v1.entities[":id"].related.$get({ param: { id }, query: q }))),
    quotes: async (speaker) =>
      fromWire<Quote[]>(
        await all((q) => v1.quotes.$get({ query: { ...q, ...(speaker ? { speaker } : {}) } })),
      ),
    timeline: async (options = {}) =>
      fromWire<Event[]>(await all((q) => v1.timeline.$get({ query: { ...q, ...options } }))),
    topics: async () => fromWire<Topic[]>(await all((q) => v1.topics.$get({ query: q }))),
    claims: async (options = {}) =>
      fromWire<Claim[]>(await all((q) => v1.claims.$get({ query: { ...q, ...options } }))),
    positions: async (topic) =>
      fromWire<Position[]>(
        await all((q) => v1.positions.$get({ query: { ...q, ...(topic ? { topic } : {}) } })),
      ),
    sources: async () => fromWire<Source[]>(await all((q) => v1.sources.$get({ query: q }))),
    source: async (id) =>
      fromWire<SourceWithCiting>(await body(() => v1.sources[":id"].$get({ param: { id } }))),
    record: async (id) =>
      fromWire<RecordWithProvenance>(await body(() => v1.records[":id"].$get({ param: { id } }))),
    search: async (query, options = {}) => {
      const answer = await body(() =>
        v1.search.$get({
          query: {
            q: query,
            ...(options.limit === undefined ? {} : { limit: String(options.limit) }),
            ...(options.types === undefined ? {} : { type: options.types.join(",") }),
          },
        }),
      );
      return fromWire<SearchHit[]>(answer.results);
    },
  };
}
