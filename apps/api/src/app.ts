/** The s400 HTTP API as one Hono app on Web Standards; `node.ts` and `worker.ts` adapt it to a runtime. */
import { meta, S400Error } from "@s400/data";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { docsRoutes } from "./docs/routes.js";
import { datasetCaching } from "./middleware/caching.js";
import { openCorsHeaders, preflight } from "./middleware/cors.js";
import { fixedHeaders, SECURE_HEADERS } from "./middleware/fixed-headers.js";
import { percentEncoding } from "./middleware/percent-encoding.js";
import { ProblemException, problem } from "./problem.js";
import { newRouter } from "./router.js";
import { answerRoutes } from "./routes/answer.js";
import { claimRoutes } from "./routes/claims.js";
import { entityRoutes } from "./routes/entities.js";
import { healthRoutes } from "./routes/health.js";
import { linkedDataRoutes } from "./routes/linked-data.js";
import { metaRoutes } from "./routes/meta.js";
import { positionRoutes } from "./routes/positions.js";
import { quoteRoutes } from "./routes/quotes.js";
import { recordRoutes } from "./routes/records.js";
import { searchRoutes } from "./routes/search.js";
import { sourceRoutes } from "./routes/sources.js";
import { timelineRoutes } from "./routes/timeline.js";
import { topicRoutes } from "./routes/topics.js";

/** Where the request carried `name`: a query or a path parameter of the matched route, if either. */
function parameterOf(
  c: Context,
  name: string | undefined,
): { name: string; in: "query" | "path" } | undefined {
  if (name === undefined) return undefined;
  if (new URL(c.req.url).searchParams.has(name)) return { name, in: "query" };
  const params: Record<string, string> = c.req.param();
  return name in params ? { name, in: "path" } : undefined;
}

let datasetVersion: string | undefined;
/**
 * What every answer depends on besides its URL: the dataset hash, and the release (all packages share
 * one version), so a new API build with the same data still changes every ETag. Read once: the data is
 * immutable for the life of the process or isolate.
 */
export const currentDatasetVersion = (): string => {
  if (datasetVersion === undefined) {
    const { version, hash } = meta();
    datasetVersion = `${version}+${hash}`;
  }
  return datasetVersion;
};

const base = newRouter();

base.use(requestId());
/** What every response carries: CORS (open to every origin) and the secure headers. */
const FIXED_HEADERS = [
  ...openCorsHeaders({ exposeHeaders: ["ETag", "X-Request-Id", "Allow"] }),
  ...SECURE_HEADERS,
];
base.use(fixedHeaders(FIXED_HEADERS));
// Everything but the health check is a pure function of the dataset version and the URL.
for (const path of ["/v1/*", "/openapi.json", "/docs", "/docs/*"]) {
  base.use(path, datasetCaching(currentDatasetVersion));
}
base.use(percentEncoding());
base.use(
  methodNotAllowed({
    app: base,
    onMethodNotAllowed: (c, methods) => {
      const allow = [...new Set([...methods, "OPTIONS"])].join(", ");
      // OPTIONS is answered here because only here is it known that the path exists.
      if (c.req.method === "OPTIONS") return preflight(c, allow);
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
    if (error.code === "NOT_FOUND") return problem(c, "not-found", error.message);
    // The library names the argument at fault; name the request's parameter that carried it.
    const at = parameterOf(c, error.argument);
    return problem(
      c,
      "invalid-parameter",
      error.message,
      at === undefined ? {} : { invalidParams: [{ name: at.name, in: at.in, reason: error.message }] },
    );
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

/** The s400 API: `app.fetch(request)` on any runtime, `app.request(path)` in tests. */
export const app = base
  .route("/v1", entityRoutes)
  .route("/v1", timelineRoutes)
  .route("/v1", claimRoutes)
  .route("/v1", topicRoutes)
  .route("/v1", positionRoutes)
  .route("/v1", quoteRoutes)
  .route("/v1", sourceRoutes)
  .route("/v1", recordRoutes)
  .route("/v1", searchRoutes)
  .route("/v1", answerRoutes)
  .route("/v1", linkedDataRoutes)
  .route("/v1", metaRoutes)
  .route("/", healthRoutes);

/** The app's type, for `hc<AppType>(url)` typed clients. */
export type AppType = typeof app;

// The documentation routes describe the API (and read it to do so); they are not part of the typed client.
base.route("/", docsRoutes(app));
