/** The s400 HTTP API as one Hono app on Web Standards; `node.ts` and `worker.ts` adapt it to a runtime. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { meta, S400Error } from "@s400/data";
import { HTTPException } from "hono/http-exception";
import { methodNotAllowed } from "hono/method-not-allowed";
import { secureHeaders } from "hono/secure-headers";
import type { MergeSchemaPath } from "hono/types";
import { type OpenApiLike, renderDocs } from "./docs/render.js";
import { datasetCaching } from "./middleware/caching.js";
import { openCors } from "./middleware/cors.js";
import { percentEncoding } from "./middleware/percent-encoding.js";
import { requestId } from "./middleware/request-id.js";
import { responseCache } from "./middleware/response-cache.js";
import { ProblemException, problem } from "./problem.js";
import { type AppEnv, newRouter } from "./router.js";
import { claimRoutes } from "./routes/claims.js";
import { entityRoutes } from "./routes/entities.js";
import { healthRoutes } from "./routes/health.js";
import { metaRoutes } from "./routes/meta.js";
import { positionRoutes } from "./routes/positions.js";
import { quoteRoutes } from "./routes/quotes.js";
import { recordRoutes } from "./routes/records.js";
import { searchRoutes } from "./routes/search.js";
import { sourceRoutes } from "./routes/sources.js";
import { timelineRoutes } from "./routes/timeline.js";
import { topicRoutes } from "./routes/topics.js";

let datasetVersion: string | undefined;
/**
 * What every answer depends on besides its URL: the dataset hash, and the release (all packages share
 * one version), so a new API build with the same data still changes every ETag. Read once: the data is
 * immutable for the life of the process or isolate.
 */
const currentDatasetVersion = () => {
  if (datasetVersion === undefined) {
    const { version, hash } = meta();
    datasetVersion = `${version}+${hash}`;
  }
  return datasetVersion;
};

const base = newRouter();

// Hot questions skip the search, the serialization and the rest of the middleware: at most 1,000
// answers, 8 MiB in all. First, so that it keeps the headers every other middleware set.
const answers = responseCache({ maxEntries: 1_000, maxTotalSize: 8 * 1024 * 1024, maxEntrySize: 512 * 1024 });
base.use("/v1/*", answers.middleware);
base.use(requestId());
base.use(
  secureHeaders({
    // The API is read by pages on other origins, so its answers may be embedded cross-origin.
    crossOriginResourcePolicy: "cross-origin",
    // Nothing the API serves runs scripts or loads anything; the docs page only has inline CSS.
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'unsafe-inline'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
  }),
);
base.use(openCors({ exposeHeaders: ["ETag", "X-Request-Id", "Allow"], maxAge: 86400 }));
// Everything but the health check is a pure function of the dataset version and the URL.
for (const path of ["/v1/*", "/openapi.json", "/docs"]) base.use(path, datasetCaching(currentDatasetVersion));
base.use(percentEncoding());
base.use(
  methodNotAllowed({
    app: base,
    onMethodNotAllowed: (c, methods) => {
      const allow = [...new Set([...methods, "OPTIONS"])].join(", ");
      return problem(c, "method-not-allowed", `${c.req.method} is not allowed here; use ${allow}.`, {
        headers: { Allow: allow },
      });
    },
  }),
);

base.notFound((c) =>
  problem(c, "route-not-found", `No route matches ${c.req.path}. See /docs for the routes.`),
);

base.onError((error, c) => {
  if (error instanceof ProblemException) {
    return problem(
      c,
      error.type,
      error.message,
      error.invalidParams ? { invalidParams: error.invalidParams } : {},
    );
  }
  if (error instanceof S400Error) {
    return problem(c, error.code === "NOT_FOUND" ? "not-found" : "invalid-parameter", error.message);
  }
  if (error instanceof HTTPException && error.status < 500) {
    return problem(
      c,
      error.status === 404 ? "not-found" : "invalid-parameter",
      error.message || "Bad request.",
    );
  }
  // Log for the operator, but never hand a stack trace (or any internals) to the client.
  console.error(`[${c.get("requestId")}]`, error);
  return problem(
    c,
    "internal-error",
    "Something went wrong on our side. Quote the request id if you report it.",
  );
});

const documentConfig = () => ({
  openapi: "3.1.0",
  info: {
    title: "s400 API",
    version: meta().version,
    description:
      "The December 2020 US sanctions on Turkey's defence industry agency (SSB) over its purchase of Russian S-400 missiles, as typed records. Every record cites the words of the source sentences that support it. Read-only, GET only.",
  },
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

let openApiDocument: ReturnType<typeof base.getOpenAPI31Document> | undefined;
/**
 * The OpenAPI 3.1 document, generated from the route schemas once per process or isolate: generating
 * it costs milliseconds of CPU, which a Worker should not spend on every request.
 */
const currentOpenApiDocument = () => {
  openApiDocument ??= base.getOpenAPI31Document(documentConfig());
  return openApiDocument;
};

type SchemaOf<T> = T extends OpenAPIHono<AppEnv, infer S, "/"> ? S : never;

/**
 * Every typed route of the API. Spelled out from the route files' own types so that the declaration of
 * `AppType` stays a list of references instead of one type too large for the compiler to print.
 */
export type AppSchema = MergeSchemaPath<SchemaOf<typeof entityRoutes>, "/v1"> &
  MergeSchemaPath<SchemaOf<typeof timelineRoutes>, "/v1"> &
  MergeSchemaPath<SchemaOf<typeof claimRoutes>, "/v1"> &
  MergeSchemaPath<SchemaOf<typeof topicRoutes>, "/v1"> &
  MergeSchemaPath<SchemaOf<typeof positionRoutes>, "/v1"> &
  MergeSchemaPath<SchemaOf<typeof quoteRoutes>, "/v1"> &
  MergeSchemaPath<SchemaOf<typeof sourceRoutes>, "/v1"> &
  MergeSchemaPath<SchemaOf<typeof recordRoutes>, "/v1"> &
  MergeSchemaPath<SchemaOf<typeof searchRoutes>, "/v1"> &
  MergeSchemaPath<SchemaOf<typeof metaRoutes>, "/v1"> &
  SchemaOf<typeof healthRoutes>;

/** The app's type, for `hc<AppType>(url)` typed clients. */
export type AppType = OpenAPIHono<AppEnv, AppSchema, "/">;

/** The s400 API: `app.fetch(request)` on any runtime, `app.request(path)` in tests. */
export const app: AppType = base
  .route("/v1", entityRoutes)
  .route("/v1", timelineRoutes)
  .route("/v1", claimRoutes)
  .route("/v1", topicRoutes)
  .route("/v1", positionRoutes)
  .route("/v1", quoteRoutes)
  .route("/v1", sourceRoutes)
  .route("/v1", recordRoutes)
  .route("/v1", searchRoutes)
  .route("/v1", metaRoutes)
  .route("/", healthRoutes);

// A kept answer goes out before routing and middleware, with the headers they gave it.
const answerFromApp = base.fetch;
base.fetch = (request, env, executionCtx) =>
  answers.serve(request) ?? answerFromApp(request, env, executionCtx);

// Documentation routes are plain GETs outside the typed client: they describe the API, they are not part of it.
base.get("/openapi.json", (c) => c.json(currentOpenApiDocument()));
base.get("/docs", (c) =>
  c.html(renderDocs(currentOpenApiDocument() as unknown as OpenApiLike, new URL(c.req.url).origin)),
);
