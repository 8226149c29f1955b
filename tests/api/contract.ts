/** The HTTP contract of @s400/api, as one suite any running server must pass: Node, workerd, or a deployment. */
import { entities, getEntity, meta, search } from "@s400/data";
import { expect, it } from "vitest";

interface Page {
  items: { id: string }[];
  total: number;
  nextCursor: string | null;
}

/** Registers the contract's tests against the server at `baseUrl()` (read when each test runs). */
export function apiContract(baseUrl: () => string): void {
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
    expect(await docs.text()).toContain(`curl -s &#39;${baseUrl()}/v1/search?q=`);
  });
}
