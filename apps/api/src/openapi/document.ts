/**
 * The OpenAPI 3.1 document: generated from the route schemas, with every operation's examples taken
 * from this API's own answers to its documented example requests, so no example names a record that
 * does not exist and none can drift from what the server says.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { meta } from "@s400/data";
import { z } from "zod";
import { JSON_LD_MEDIA_TYPE, negotiatedPaths } from "../negotiation.js";
import { PROBLEM_MEDIA_TYPE } from "../problem.js";
import { responseHeaders } from "../responses.js";
import type { AppEnv } from "../router.js";
import { JSON_LD_RECORD, JsonLdRecordSchema } from "../schemas/linked-data.js";
import { exampleUrl, type OpenApiDocument, type Operation } from "./shape.js";

/** The server the document names; relative URLs in the docs page resolve against whichever serves it. */
export const DOCUMENTED_SERVER = "http://localhost:8787";

const config = () => ({
  openapi: "3.1.0",
  info: {
    title: "s400 API",
    version: meta().version,
    description:
      "The December 2020 US sanctions on Turkey's defence industry agency (SSB) over its purchase of Russian S-400 missiles, as typed records. Every record cites the words of the source sentences that support it. Read-only, GET only, no authentication.",
    license: { name: "MIT", identifier: "MIT" },
    contact: { name: "s400 maintainers", url: "https://github.com/s400/s400" },
  },
  servers: [
    {
      url: DOCUMENTED_SERVER,
      description: "Local: `pnpm start` (Node) or `pnpm --filter @s400/api start:worker` (workerd).",
    },
  ],
  // A public, read-only API: no operation needs credentials.
  security: [],
  tags: [
    {
      name: "Entities",
      description:
        "People, countries, organisations, weapon systems and bodies, and the statements that link them.",
    },
    { name: "Timeline", description: "What happened when, with dates only as precise as the text allows." },
    { name: "Positions", description: "Topics the parties disagree on, their claims and who answers whom." },
    { name: "Quotes", description: "What was said, directly or reported." },
    { name: "Sources", description: "The source sentences, and the provenance of any record." },
    { name: "Search", description: "Ranked search across every record." },
    { name: "Meta", description: "Dataset version and health." },
  ],
});

/** A request this API answers for the docs alone: a fixed request id keeps the document deterministic. */
async function exampleAnswer(
  app: OpenAPIHono<AppEnv>,
  method: string,
  url: string,
  accept?: string,
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { "X-Request-Id": "example" };
  if (accept !== undefined) headers.Accept = accept;
  const res = await app.request(url, { method, headers });
  return { status: res.status, body: JSON.parse(await res.text()) };
}

/** How many items of each list an example keeps, so whole-dataset answers do not bloat the document. */
const EXAMPLE_ITEMS = 3;

/** `json` with every array cut to its first {@link EXAMPLE_ITEMS} items, and whether anything was cut. */
function excerpt(json: unknown): { json: unknown; cut: boolean } {
  let cut = false;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      if (value.length > EXAMPLE_ITEMS) cut = true;
      return value.slice(0, EXAMPLE_ITEMS).map(walk);
    }
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
  };
  return { json: walk(json), cut };
}

/** The query parameter a 404 example can point at nothing: the first free-text one. */
function lookupParam(operation: Operation): string | undefined {
  return operation.parameters?.find(
    (p) =>
      p.in === "query" &&
      p.schema?.type === "string" &&
      p.schema.enum === undefined &&
      p.name !== "cursor" &&
      p.schema.pattern === undefined,
  )?.name;
}

/**
 * Puts the answer of `GET url` (or `method url`) under `status` as the operation's named example; for a
 * 200, in the media type `accept` asks for (the route's first, unless it negotiates another).
 */
async function addExample(
  app: OpenAPIHono<AppEnv>,
  operation: Operation,
  status: string,
  method: string,
  url: string,
  accept?: string,
): Promise<void> {
  const response = operation.responses?.[status];
  // A 200 has its media type (JSON, or JSON-LD, …); an error is problem+json.
  const media =
    status !== "200"
      ? response?.content?.[PROBLEM_MEDIA_TYPE]
      : accept === undefined
        ? Object.values(response?.content ?? {})[0]
        : response?.content?.[accept];
  if (media === undefined) return;
  const answer = await exampleAnswer(app, method, url, accept);
  if (String(answer.status) !== status) {
    throw new Error(`docs example ${method} ${url} answered ${answer.status}, not ${status}`);
  }
  const value = excerpt(answer.body);
  media.examples = {
    example: {
      summary: `${method} ${url}`,
      ...(value.cut ? { description: `The answer, each list cut to its first ${EXAMPLE_ITEMS} items.` } : {}),
      value: value.json,
    },
  };
}

/**
 * The JSON Schema of every schema `@s400/data/schema` names (`Entity`, `EntityId`, …), as zod itself
 * writes it. zod-to-openapi reads zod 4's `.exactOptional()` members as required (it asks whether the
 * member accepts `undefined`, which an exact optional does not), so the components it writes for the
 * library's records would reject every record that leaves one out; zod's own output is exact.
 */
function libraryComponents(): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    io: "output",
    unrepresentable: "any",
  });
  const components: Record<string, Record<string, unknown>> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
    components[id] = rest;
  }
  return components;
}

/**
 * Documents the JSON-LD answer of a negotiating path (`negotiation.ts`) beside its JSON one. It is added
 * here, not in the route's `responses`, so that the typed client (`hc<AppType>`, which cannot see the
 * `Accept` a caller sends) keeps typing the answer as the JSON record it gets by default.
 */
function documentJsonLd(operation: Operation): void {
  const content = operation.responses?.["200"]?.content;
  if (content === undefined) throw new Error("a negotiating operation has no 200 answer to document");
  content[JSON_LD_MEDIA_TYPE] = { schema: { $ref: `#/components/schemas/${JSON_LD_RECORD}` } };
}

/** Builds the document of `app`, examples included. */
export async function buildDocument(app: OpenAPIHono<AppEnv>): Promise<OpenApiDocument> {
  const document = app.getOpenAPI31Document(config()) as unknown as OpenApiDocument;
  document.components ??= {};
  document.components.schemas ??= {};
  const schemas = document.components.schemas;
  const library = libraryComponents();
  for (const id of Object.keys(schemas)) {
    const exact = library[id];
    if (exact !== undefined) schemas[id] = exact;
  }
  const { $schema: _dialect, ...jsonLdRecord } = z.toJSONSchema(JsonLdRecordSchema, {
    target: "draft-2020-12",
  }) as Record<string, unknown>;
  schemas[JSON_LD_RECORD] = jsonLdRecord;
  document.components.headers = responseHeaders;
  // zod-openapi always writes these, empty; an empty object documents nothing.
  delete document.components.parameters;
  delete document.webhooks;
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const operation = item?.get;
    if (operation === undefined) continue;
    const parameters = operation.parameters ?? [];
    const hasLimit = parameters.some((p) => p.name === "limit");
    const ok = exampleUrl(path, parameters, hasLimit ? { limit: "1" } : {});
    await addExample(app, operation, "200", "GET", ok);
    if ((negotiatedPaths as readonly string[]).includes(path)) {
      documentJsonLd(operation);
      await addExample(app, operation, "200", "GET", ok, JSON_LD_MEDIA_TYPE);
    }
    await addExample(
      app,
      operation,
      "400",
      "GET",
      hasLimit ? exampleUrl(path, parameters, { limit: "0" }) : `${ok}${ok.includes("?") ? "&" : "?"}x=%ZZ`,
    );
    const pathParam = parameters.find((p) => p.in === "path")?.name;
    const missing = pathParam ?? lookupParam(operation);
    if (missing !== undefined) {
      await addExample(app, operation, "404", "GET", exampleUrl(path, parameters, { [missing]: "nobody" }));
    }
    await addExample(app, operation, "405", "POST", ok);
  }
  return document;
}
