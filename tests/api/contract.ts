/** The HTTP contract of @s400/api, as one suite any running server must pass: Node, workerd, or a deployment. */
import { answer, dataset, entities, getEntity, meta, search } from "@s400/data";
import { recordToJsonLd } from "@s400/data/formats";
import { expect, it } from "vitest";

interface Page {
  items: { id: string }[];
  total: number;
  nextCursor: string | null;
}

/** Who compresses the server's answers: the app's own entry (Node), or the platform in front of it (Workers). */
export type Compression = "entry" | "platform";

/**
 * Registers the contract's tests against the server at `baseUrl()` (read when each test runs). With
 * `compression: "platform"` (workerd) the ETag of a compressed answer is the platform's business:
 * Cloudflare weakens it, local workerd keeps it as it is, so only `Vary` is checked there.
 */
export function apiContract(baseUrl: () => string, compression: Compression = "entry"): void {
  const get = (path: string, init?: RequestInit) => fetch(`${baseUrl()}${path}`, init);

  async function expectProblem(res: Response, status: number, type: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    expect(res.headers.get("X-Request-Id")).toBeTruthy();
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status, type: `/docs#problem-${type}` });
    expect(body.requestId).toBe(res.headers.get("X-Request-Id"));
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at |node_modules/);
    return body;
  }

  it("is healthy and reports the dataset it serves", async () => {
    const health = await get("/healthz");
    expect(await health.json()).toEqual({ status: "ok", version: meta().version });
    expect(health.headers.get("Cache-Control")).toBe("no-store");
    expect(await (await get("/v1/meta")).json()).toEqual(JSON.parse(JSON.stringify(meta())));
  });

  it("finds an entity by a spelling variant, with caching and CORS headers", async () => {
    const res = await get("/v1/entities/Defense%20Industries%20Presidency", {
      headers: { Origin: "https://example.org" },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(getEntity("ssb").id);
    expect(res.headers.get("ETag")).toMatch(/^"[0-9a-f]{16}"$/);
    expect(res.headers.get("Cache-Control")).toMatch(/^public, max-age=300, s-maxage=86400/);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Request-Id")).toMatch(/^[\w-]+$/);
  });

  it.each([
    ["a record", "/v1/records/ssb"],
    ["an entity by alias", "/v1/entities/Defence%20Industry%20Directorate"],
  ])(
    "answers %s as JSON-LD when Accept asks for it, under its own ETag and cache key",
    async (_what, path) => {
      const asJson = { Accept: "application/json", "Accept-Encoding": "identity" };
      const asJsonLd = { Accept: "application/ld+json", "Accept-Encoding": "identity" };
      // JSON first, so a cache keyed on the URL alone would hand the JSON-LD request the JSON answer.
      const json = await get(path, { headers: asJson });
      expect(json.headers.get("Content-Type")).toBe("application/json");
      expect(json.headers.get("Vary")).toMatch(/\bAccept\b(?!-)/);
      await json.arrayBuffer();
      for (let round = 0; round < 2; round++) {
        const ld = await get(path, { headers: asJsonLd });
        expect(ld.status).toBe(200);
        expect(ld.headers.get("Content-Type")).toBe("application/ld+json");
        expect(ld.headers.get("Vary")).toMatch(/\bAccept\b(?!-)/);
        expect(ld.headers.get("Vary")).toMatch(/Accept-Encoding/);
        expect(await ld.json()).toEqual(JSON.parse(JSON.stringify(recordToJsonLd(dataset, "ssb"))));
        const etag = ld.headers.get("ETag") ?? "";
        expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
        expect(etag).not.toBe(json.headers.get("ETag"));
        const again = await get(path, { headers: { ...asJsonLd, "If-None-Match": etag } });
        expect(again.status).toBe(304);
        expect(again.headers.get("ETag")).toBe(etag);
        expect(again.headers.get("Vary")).toMatch(/\bAccept\b(?!-)/);
        // The JSON-LD validator does not revalidate the JSON answer: that is another representation.
        const other = await get(path, { headers: { ...asJson, "If-None-Match": etag } });
        expect(other.status).toBe(200);
        expect(other.headers.get("Content-Type")).toBe("application/json");
        await other.arrayBuffer();
      }
      // Quality values decide, and JSON wins a tie or when nothing acceptable is named.
      for (const accept of [
        "application/ld+json;q=0.4, application/json",
        "*/*",
        "text/html",
        "application/*",
      ]) {
        const res = await get(path, { headers: { Accept: accept } });
        expect(res.headers.get("Content-Type"), accept).toBe("application/json");
        await res.arrayBuffer();
      }
      for (const accept of [
        "application/json;q=0.5, application/ld+json",
        "APPLICATION/LD+JSON; profile=x",
      ]) {
        const res = await get(path, { headers: { Accept: accept } });
        expect(res.headers.get("Content-Type"), accept).toBe("application/ld+json");
        await res.arrayBuffer();
      }
    },
  );

  it("answers a missing record with a problem whatever Accept asks for, and negotiates nowhere else", async () => {
    await expectProblem(
      await get("/v1/records/nobody", { headers: { Accept: "application/ld+json" } }),
      404,
      "not-found",
    );
    const search = await get("/v1/search?q=S-400", { headers: { Accept: "application/ld+json" } });
    expect(search.headers.get("Content-Type")).toBe("application/json");
    expect(search.headers.get("Vary")).not.toMatch(/\bAccept\b(?!-)/);
    await search.arrayBuffer();
  });

  it("answers If-None-Match with an empty 304", async () => {
    const first = await get("/v1/search?q=S-400");
    const etag = first.headers.get("ETag") ?? "";
    await first.arrayBuffer();
    const second = await get("/v1/search?q=S-400", { headers: { "If-None-Match": etag } });
    expect(second.status).toBe(304);
    expect(second.headers.get("ETag")).toBe(etag);
    expect(second.headers.get("X-Request-Id")).toBeTruthy();
    expect(await second.text()).toBe("");
  });

  it("pages through a list with opaque cursors", async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/v1/entities?limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      const page = (await res.json()) as Page;
      expect(page.total).toBe(entities().length);
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual(entities().map((entity) => entity.id));
  });

  it("searches, best first, in any script", async () => {
    const q = "Çavuşoğlu sovereign rights";
    const res = await get(`/v1/search?q=${encodeURIComponent(q)}&limit=5&type=quote,claim`);
    const { results } = (await res.json()) as { results: { id: string; type: string; score: number }[] };
    expect(results.map((hit) => hit.id)).toEqual(
      search(q, { limit: 5, types: ["quote", "claim"] }).map((hit) => hit.id),
    );
    expect(results.length).toBeGreaterThan(0);
  });

  it("answers a question with the records and cited words that support it, or null", async () => {
    const q = "Who is the head of the Defense Industry Directorate?";
    const res = await get(`/v1/answer?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      answer: { text: string; because: { id: string }[]; evidence: { exact: string }[] } | null;
      hits: { id: string }[];
    };
    expect(body).toEqual(JSON.parse(JSON.stringify({ answer: answer(q), hits: search(q, { limit: 3 }) })));
    expect(body.answer?.text).toMatch(/Demir/);
    expect(body.answer?.evidence.length).toBeGreaterThan(0);
    const none = await get(`/v1/answer?q=${encodeURIComponent("How much did Turkey pay for the S-400?")}`);
    const unanswered = (await none.json()) as { answer: unknown; hits: unknown[] };
    expect(unanswered.answer).toBeNull();
    expect(unanswered.hits.length).toBeLessThanOrEqual(3);
    await expectProblem(await get("/v1/answer?q=%20%20"), 400, "invalid-parameter");
    await expectProblem(await get(`/v1/answer?q=${"x".repeat(301)}`), 400, "invalid-parameter");
  });

  it("answers every kind of bad request with problem+json", async () => {
    await expectProblem(await get("/v1/entities/nobody"), 404, "not-found");
    await expectProblem(await get("/v1/nothing-here"), 404, "route-not-found");
    await expectProblem(await get("/v1/search?q=%E0%A4%A"), 400, "malformed-uri");
    await expectProblem(await get("/v1/entities/%ZZ"), 400, "malformed-uri");
    await expectProblem(await get(`/v1/search?q=${"x".repeat(201)}`), 400, "invalid-parameter");
    await expectProblem(await get("/v1/entities?limit=1000"), 400, "invalid-parameter");
    await expectProblem(await get("/v1/entities?cursor=garbage"), 400, "invalid-parameter");
    const post = await get("/v1/search?q=x", { method: "POST" });
    await expectProblem(post, 405, "method-not-allowed");
    expect(post.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("publishes its OpenAPI 3.1 document and the docs page", async () => {
    const doc = (await (await get("/openapi.json")).json()) as { openapi: string; paths: object };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/v1/entities/{idOrAlias}");
    const docs = await get("/docs");
    expect(docs.headers.get("Content-Type")).toMatch(/^text\/html/);
    // The examples address the documented server, not whatever Host the request named.
    const html = await docs.text();
    expect(html).toContain("curl -s &#39;http://localhost:8787/v1/search?q=");
    expect(html).not.toContain(new URL(baseUrl()).host);
  });

  routeContract(get, compression);
}

/**
 * One route as the contract checks it: a request it answers 200, and, where the route has them, a
 * request it refuses with 400 (naming `invalidParam`) and one that names nothing (404). Adding a route
 * to the contract is adding one entry to {@link contractRoutes}.
 */
export interface ContractRoute {
  /** A path and query the route answers 200. */
  ok: string;
  /** The media type of that answer. */
  type: string;
  /** A request the route refuses with a 400, and the parameter it names. */
  badRequest?: { path: string; invalidParam: string };
  /** A request for something that does not exist: 404. */
  notFound?: string;
}

/** Every route of the API, as {@link routeContract} checks it. */
export const contractRoutes: readonly ContractRoute[] = [
  {
    ok: "/v1/entities?limit=2",
    type: "application/json",
    badRequest: { path: "/v1/entities?limit=0x10", invalidParam: "limit" },
  },
  { ok: "/v1/entities/ssb", type: "application/json", notFound: "/v1/entities/nobody" },
  {
    ok: "/v1/entities/ssb/statements?predicate=head-of",
    type: "application/json",
    badRequest: { path: "/v1/entities/ssb/statements?predicate=likes", invalidParam: "predicate" },
    notFound: "/v1/entities/nobody/statements",
  },
  {
    ok: "/v1/entities/ssb/related",
    type: "application/json",
    badRequest: { path: "/v1/entities/ssb/related?cursor=", invalidParam: "cursor" },
    notFound: "/v1/entities/nobody/related",
  },
  {
    ok: "/v1/timeline?from=2020-12",
    type: "application/json",
    badRequest: { path: "/v1/timeline?from=2020-02-30", invalidParam: "from" },
    notFound: "/v1/timeline?entity=nobody",
  },
  {
    ok: "/v1/claims?stance=against",
    type: "application/json",
    badRequest: { path: "/v1/claims?stance=maybe", invalidParam: "stance" },
    notFound: "/v1/claims?by=nobody",
  },
  {
    ok: "/v1/topics",
    type: "application/json",
    badRequest: { path: "/v1/topics?limit=1e1", invalidParam: "limit" },
  },
  {
    ok: "/v1/positions",
    type: "application/json",
    badRequest: { path: "/v1/positions?limit=010", invalidParam: "limit" },
    notFound: "/v1/positions?topic=nobody",
  },
  {
    ok: "/v1/quotes?speaker=Cavusoglu",
    type: "application/json",
    badRequest: { path: "/v1/quotes?limit=5.0", invalidParam: "limit" },
    notFound: "/v1/quotes?speaker=nobody",
  },
  {
    ok: "/v1/sources",
    type: "application/json",
    badRequest: { path: "/v1/sources?limit=%205", invalidParam: "limit" },
  },
  { ok: "/v1/sources/s09", type: "application/json", notFound: "/v1/sources/s99" },
  { ok: "/v1/records/ssb", type: "application/json", notFound: "/v1/records/nobody" },
  {
    ok: "/v1/search?q=S-400&type=entity&type=quote",
    type: "application/json",
    badRequest: { path: "/v1/search?q=S-400&type=", invalidParam: "type" },
  },
  {
    ok: "/v1/answer?q=Who%20heads%20the%20SSB%3F",
    type: "application/json",
    badRequest: { path: "/v1/answer?q=", invalidParam: "q" },
  },
  { ok: "/v1/dataset.jsonld", type: "application/ld+json" },
  { ok: "/v1/annotations.jsonld", type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  { ok: "/v1/meta", type: "application/json" },
  { ok: "/openapi.json", type: "application/json" },
  { ok: "/docs", type: "text/html" },
];

/** The HTTP behaviour every route shares: caching, conditional requests, HEAD, OPTIONS, methods, errors. */
function routeContract(
  get: (path: string, init?: RequestInit) => Promise<Response>,
  compression: Compression,
): void {
  for (const route of contractRoutes) {
    it(`GET ${route.ok}: answers, validates, revalidates, and says what it allows`, async () => {
      const res = await get(route.ok, { headers: { "Accept-Encoding": "identity" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toMatch(new RegExp(`^${route.type.replace("+", "\\+")}`));
      const etag = res.headers.get("ETag") ?? "";
      expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
      expect(res.headers.get("Vary")).toMatch(/Accept-Encoding/);
      expect(res.headers.get("X-Frame-Options")).toBe("DENY");
      expect(res.headers.get("Strict-Transport-Security")).toMatch(/max-age=31536000/);
      expect(res.headers.get("Permissions-Policy")).toBeTruthy();
      expect(res.headers.get("X-Download-Options")).toBeNull();
      expect(res.headers.get("X-DNS-Prefetch-Control")).toBeNull();
      const length = (await res.arrayBuffer()).byteLength;

      const head = await get(route.ok, { method: "HEAD", headers: { "Accept-Encoding": "identity" } });
      expect(head.status).toBe(200);
      expect(head.headers.get("Content-Length")).toBe(String(length));
      expect(await head.text()).toBe("");

      for (const ifNoneMatch of [etag, "*", `"other", W/${etag}`]) {
        const again = await get(route.ok, {
          headers: { "If-None-Match": ifNoneMatch, "Accept-Encoding": "identity" },
        });
        expect(again.status, ifNoneMatch).toBe(304);
        expect(again.headers.get("ETag")).toBe(etag);
        expect(await again.text()).toBe("");
      }

      const options = await get(route.ok, { method: "OPTIONS" });
      expect(options.status).toBe(204);
      expect(options.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");

      const post = await get(route.ok, { method: "POST" });
      await expectProblemOf(post, 405, "method-not-allowed");
      expect(post.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    });

    if (route.badRequest) {
      const { path, invalidParam } = route.badRequest;
      it(`GET ${path}: 400 naming ${invalidParam}`, async () => {
        const body = await expectProblemOf(await get(path), 400, "invalid-parameter");
        expect(body.invalidParams).toEqual([expect.objectContaining({ name: invalidParam, in: "query" })]);
      });
    }
    if (route.notFound) {
      const path = route.notFound;
      it(`GET ${path}: 404`, async () => {
        await expectProblemOf(await get(path), 404, "not-found");
      });
    }
  }

  it("answers OPTIONS on an unknown route with a 404 problem, and If-None-Match: * there with 404 too", async () => {
    await expectProblemOf(await get("/v1/nothing-here", { method: "OPTIONS" }), 404, "route-not-found");
    await expectProblemOf(
      await get("/v1/nothing-here", { headers: { "If-None-Match": "*" } }),
      404,
      "route-not-found",
    );
  });

  it("gives a compressed answer its own ETag, or a weak one, and says Vary: Accept-Encoding", async () => {
    const plain = await get("/openapi.json", { headers: { "Accept-Encoding": "identity" } });
    const gzip = await get("/openapi.json", { headers: { "Accept-Encoding": "gzip" } });
    expect(gzip.status).toBe(200);
    expect(gzip.headers.get("Vary")).toMatch(/Accept-Encoding/);
    // fetch decodes the body; what matters is that the bytes are the same document.
    expect(await gzip.json()).toEqual(await plain.json());
    if (compression === "entry") {
      expect(gzip.headers.get("Content-Encoding")).toBe("gzip");
      expect(gzip.headers.get("ETag")).toMatch(/^"[0-9a-f]{16}"$/);
      expect(gzip.headers.get("ETag")).not.toBe(plain.headers.get("ETag"));
      const br = await get("/openapi.json", { headers: { "Accept-Encoding": "br;q=1, gzip;q=0.5" } });
      expect(br.headers.get("Content-Encoding")).toBe("br");
      expect(
        new Set([br.headers.get("ETag"), gzip.headers.get("ETag"), plain.headers.get("ETag")]).size,
      ).toBe(3);
      // A revalidation names the representation it holds.
      const again = await get("/openapi.json", {
        headers: { "Accept-Encoding": "gzip", "If-None-Match": gzip.headers.get("ETag") ?? "" },
      });
      expect(again.status).toBe(304);
      expect(again.headers.get("ETag")).toBe(gzip.headers.get("ETag"));
      // A small answer is not worth compressing.
      expect(
        (await get("/v1/meta", { headers: { "Accept-Encoding": "gzip" } })).headers.get("Content-Encoding"),
      ).toBeNull();
    }
  });
}

/** Expects `res` to be a problem+json of `status` and `type`, with the request id; returns its body. */
async function expectProblemOf(res: Response, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toBe("application/problem+json");
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: `/docs#problem-${type}` });
  expect(body.requestId).toBe(res.headers.get("X-Request-Id"));
  return body;
}
