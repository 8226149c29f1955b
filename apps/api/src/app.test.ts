import {
  citing,
  claims,
  entities,
  getEntity,
  getRecord,
  meta,
  positions,
  provenance,
  quotes,
  related,
  search,
  source,
  sources,
  statementsAbout,
  timeline,
  topics,
} from "@s400/data";
import { describe, expect, it } from "vitest";
import { call, expectProblem, getJson, viaJson } from "./test-helpers.js";

interface Page<T = unknown> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

describe("GET /healthz and /v1/meta", () => {
  it("reports health with the package version, never cached", async () => {
    const res = await call("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", version: meta().version });
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(res.headers.get("ETag")).toBeNull();
  });

  it("reports the version, dataset hash and counts", async () => {
    expect(await getJson("/v1/meta")).toEqual(viaJson(meta()));
  });
});

describe("GET /v1/entities", () => {
  it("lists the first page of entities", async () => {
    const page = await getJson<Page>("/v1/entities");
    const all = entities();
    expect(page.total).toBe(all.length);
    expect(page.items).toEqual(viaJson(all.slice(0, 20)));
    expect(page.nextCursor === null).toBe(all.length <= 20);
  });

  it("filters by type", async () => {
    const page = await getJson<Page<{ type: string }>>("/v1/entities?type=person&limit=100");
    expect(page.items).toEqual(viaJson(entities({ type: "person" })));
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((entity) => entity.type === "person")).toBe(true);
  });

  it("walks every page with the cursor and sees each entity once", async () => {
    const seen: unknown[] = [];
    let path: string | null = "/v1/entities?limit=3";
    while (path) {
      const page: Page = await getJson<Page>(path);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      path = page.nextCursor ? `/v1/entities?limit=3&cursor=${page.nextCursor}` : null;
    }
    expect(seen).toEqual(viaJson(entities()));
  });

  it("finds an entity by id, alias, spelling variant and missing diacritics", async () => {
    const ssb = viaJson(getEntity("ssb"));
    expect(await getJson("/v1/entities/ssb")).toEqual(ssb);
    expect(await getJson("/v1/entities/Defence%20Industry%20Directorate")).toEqual(ssb);
    expect(await getJson("/v1/entities/defense%20industries%20presidency")).toEqual(ssb);
    expect(await getJson("/v1/entities/Mevl%C3%BCt%20%C3%87avu%C5%9Fo%C4%9Flu")).toEqual(
      viaJson(getEntity("Cavusoglu")),
    );
  });

  it("lists the statements about an entity, optionally of one predicate", async () => {
    const page = await getJson<Page>("/v1/entities/ssb/statements?limit=100");
    expect(page.items).toEqual(viaJson(statementsAbout("ssb")));
    const heads = await getJson<Page<{ predicate: string }>>("/v1/entities/ssb/statements?predicate=head-of");
    expect(heads.items).toEqual(viaJson(statementsAbout("ssb", { predicate: "head-of" })));
    expect(heads.items.length).toBeGreaterThan(0);
  });

  it("lists an entity's neighbours", async () => {
    const page = await getJson<Page>("/v1/entities/ssb/related?limit=100");
    expect(page.items).toEqual(viaJson(related("ssb")));
  });
});

describe("GET /v1/timeline", () => {
  it("orders events as the library does and filters by date and entity", async () => {
    expect((await getJson<Page>("/v1/timeline?limit=100")).items).toEqual(viaJson(timeline()));
    expect((await getJson<Page>("/v1/timeline?from=2021&limit=100")).items).toEqual(
      viaJson(timeline({ from: "2021" })),
    );
    expect((await getJson<Page>("/v1/timeline?to=2020-12-31&entity=ssb&limit=100")).items).toEqual(
      viaJson(timeline({ to: "2020-12-31", entity: "ssb" })),
    );
  });

  it("rejects an impossible date with the library's reason", async () => {
    const body = await expectProblem(await call("/v1/timeline?from=2020-13"), 400);
    expect(body.detail).toMatch(/2020-13/);
  });
});

describe("GET /v1/claims, /v1/topics, /v1/positions, /v1/quotes", () => {
  it("filters claims by party, topic and stance", async () => {
    expect((await getJson<Page>("/v1/claims?limit=100")).items).toEqual(viaJson(claims()));
    const filtered = await getJson<Page>("/v1/claims?by=Ankara&about=s400-nato-compatibility&limit=100");
    expect(filtered.items).toEqual(viaJson(claims({ by: "Ankara", about: "s400-nato-compatibility" })));
    expect((await getJson<Page>("/v1/claims?stance=against&limit=100")).items).toEqual(
      viaJson(claims({ stance: "against" })),
    );
  });

  it("lists topics and positions", async () => {
    expect((await getJson<Page>("/v1/topics")).items).toEqual(viaJson(topics()));
    expect((await getJson<Page>("/v1/positions?limit=100")).items).toEqual(viaJson(positions()));
    const topic = topics()[0]?.id ?? "";
    expect((await getJson<Page>(`/v1/positions?topic=${topic}`)).items).toEqual(viaJson(positions(topic)));
  });

  it("lists quotes by speaker alias", async () => {
    expect((await getJson<Page>("/v1/quotes?speaker=Cavusoglu&limit=100")).items).toEqual(
      viaJson(quotes({ speaker: "Cavusoglu" })),
    );
  });

  it("answers 404 problems for an unknown party, topic or speaker", async () => {
    await expectProblem(await call("/v1/claims?by=atlantis"), 404);
    await expectProblem(await call("/v1/claims?about=no-such-topic"), 404);
    await expectProblem(await call("/v1/positions?topic=no-such-topic"), 404);
    await expectProblem(await call("/v1/quotes?speaker=nobody"), 404);
  });
});

describe("GET /v1/sources and /v1/records", () => {
  it("lists the 15 sentences and shows one with what cites it", async () => {
    const page = await getJson<Page>("/v1/sources");
    expect(page.total).toBe(15);
    expect(page.items).toEqual(viaJson(sources()));
    expect(await getJson("/v1/sources/s09")).toEqual(
      viaJson({ source: source("s09"), citing: citing("s09") }),
    );
  });

  it("shows any record with its provenance in context", async () => {
    const body = await getJson("/v1/records/st-demir-heads-ssb");
    const record = getRecord("st-demir-heads-ssb");
    expect(body).toEqual(viaJson({ record, provenance: provenance(record) }));
  });

  it("answers 404 for an unknown source or record", async () => {
    await expectProblem(await call("/v1/sources/s99"), 404);
    await expectProblem(await call("/v1/records/st-nothing"), 404);
  });
});

describe("GET /v1/search", () => {
  it("returns the library's hits, best first", async () => {
    const q = "Who heads the Defence Industry Directorate?";
    const body = await getJson<{ results: { score: number }[] }>(`/v1/search?q=${encodeURIComponent(q)}`);
    expect(body.results).toEqual(viaJson(search(q, { limit: 10 })));
    expect(body.results.length).toBeGreaterThan(0);
    const scores = body.results.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("honours limit and type, repeated or comma-separated", async () => {
    const one = await getJson<{ results: unknown[] }>("/v1/search?q=sanctions&limit=1");
    expect(one.results).toHaveLength(1);
    const comma = await getJson("/v1/search?q=Turkey&type=entity,quote&limit=50");
    const repeated = await getJson("/v1/search?q=Turkey&type=entity&type=quote&limit=50");
    expect(comma).toEqual(repeated);
    expect(comma).toEqual(viaJson({ results: search("Turkey", { limit: 50, types: ["entity", "quote"] }) }));
  });

  it("says plainly what is wrong with q", async () => {
    expect((await expectProblem(await call("/v1/search"), 400)).detail).toBe("q: is required");
    expect((await expectProblem(await call("/v1/search?q=a&q=b"), 400)).detail).toBe(
      "q: must be given once, as text",
    );
    expect((await expectProblem(await call(`/v1/search?q=${"a".repeat(201)}`), 400)).detail).toBe(
      "q: must be at most 200 characters",
    );
  });

  it("rejects a missing, empty or over-long q and an unknown type", async () => {
    for (const path of [
      "/v1/search",
      "/v1/search?q=",
      "/v1/search?q=%20%20",
      `/v1/search?q=${"a".repeat(201)}`,
      "/v1/search?q=x&type=planet",
      "/v1/search?q=a&q=b",
    ]) {
      const body = await expectProblem(await call(path), 400);
      expect(body.invalidParams).toEqual(expect.arrayContaining([expect.objectContaining({ in: "query" })]));
    }
  });
});

describe("errors", () => {
  it("answers unknown ids with a 404 problem naming the request", async () => {
    const res = await call("/v1/entities/nobody");
    const body = await expectProblem(res, 404);
    expect(body).toMatchObject({ type: "/docs#problem-not-found", instance: "/v1/entities/nobody" });
    expect(body.requestId).toBe(res.headers.get("X-Request-Id"));
  });

  it("answers bad limits and cursors with 400 problems that name the parameter", async () => {
    for (const [path, name] of [
      ["/v1/entities?limit=0", "limit"],
      ["/v1/entities?limit=101", "limit"],
      ["/v1/entities?limit=-5", "limit"],
      ["/v1/entities?limit=1e400", "limit"],
      ["/v1/entities?limit=abc", "limit"],
      ["/v1/entities?cursor=not-a-cursor", "cursor"],
      ["/v1/entities?cursor=bzo5OTk5", "cursor"],
      ["/v1/entities?type=planet", "type"],
      ["/v1/entities/ssb/statements?predicate=likes", "predicate"],
    ] as const) {
      const body = await expectProblem(await call(path), 400);
      expect(body.invalidParams, path).toEqual([expect.objectContaining({ name, in: "query" })]);
    }
  });

  it("answers malformed percent-encoding with a 400 problem", async () => {
    for (const path of [
      "/v1/search?q=%E0%A4%A",
      "/v1/entities/%ZZ",
      "/v1/search?q=%",
      "/v1/sources?x=%C3%28",
    ]) {
      const body = await expectProblem(await call(path), 400);
      expect(body.type).toBe("/docs#problem-malformed-uri");
    }
  });

  it("answers unknown routes with 404 and wrong methods with 405 and Allow", async () => {
    expect((await expectProblem(await call("/v2/anything"), 404)).type).toBe("/docs#problem-route-not-found");
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const res = await call("/v1/entities/ssb", { method });
      await expectProblem(res, 405);
      expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    }
  });

  it("answers HEAD like GET without a body", async () => {
    const res = await call("/v1/entities/ssb", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    expect(res.headers.get("ETag")).toMatch(/^"[0-9a-f]{16}"$/);
  });
});

describe("caching, CORS and headers", () => {
  it("gives a strong ETag that depends on the URL and answers If-None-Match with an empty 304", async () => {
    const first = await call("/v1/entities/ssb");
    const etag = first.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(first.headers.get("Cache-Control")).toBe(
      "public, max-age=300, s-maxage=86400, stale-while-revalidate=86400",
    );
    expect((await call("/v1/entities/ssb")).headers.get("ETag")).toBe(etag);
    expect((await call("/v1/entities/turkey")).headers.get("ETag")).not.toBe(etag);

    const again = await call("/v1/entities/ssb", { headers: { "If-None-Match": `"other", W/${etag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    expect(again.headers.get("X-Request-Id")).toMatch(/.+/);

    const stale = await call("/v1/entities/ssb", { headers: { "If-None-Match": '"0000000000000000"' } });
    expect(stale.status).toBe(200);
  });

  it("does not answer an unknown route with 304, whatever If-None-Match says", async () => {
    await expectProblem(await call("/v1/nothing", { headers: { "If-None-Match": "*" } }), 404);
  });

  it("keeps errors out of long-lived caches", async () => {
    const res = await call("/v1/entities/nobody");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(res.headers.get("ETag")).toBeNull();
  });

  it("opens CORS to any origin for GET, HEAD and OPTIONS", async () => {
    const get = await call("/v1/meta", { headers: { Origin: "https://example.org" } });
    expect(get.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(get.headers.get("Access-Control-Expose-Headers")).toMatch(/ETag/);
    const preflight = await call("/v1/search?q=x", {
      method: "OPTIONS",
      headers: {
        Origin: "https://example.org",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "If-None-Match",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toMatch(/If-None-Match/i);
  });

  it("sets secure headers and a request id on every kind of response", async () => {
    for (const [path, init] of [
      ["/v1/meta", undefined],
      ["/v1/entities/nobody", undefined],
      ["/nowhere", undefined],
      ["/v1/meta", { method: "POST" }],
      ["/docs", undefined],
    ] as const) {
      const res = await call(path, init);
      expect(res.headers.get("X-Request-Id"), path).toMatch(/^[\w-]+$/);
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Content-Security-Policy")).toMatch(/default-src 'none'/);
      expect(res.headers.get("Strict-Transport-Security")).toMatch(/max-age=/);
    }
  });

  it("echoes a well-formed client request id and replaces a malformed one", async () => {
    const mine = await call("/v1/meta", { headers: { "X-Request-Id": "trace-123" } });
    expect(mine.headers.get("X-Request-Id")).toBe("trace-123");
    const bad = await call("/v1/meta", { headers: { "X-Request-Id": "<script>" } });
    expect(bad.headers.get("X-Request-Id")).not.toBe("<script>");
  });
});

describe("GET /openapi.json and /docs", () => {
  it("documents every /v1 route in OpenAPI 3.1", async () => {
    const doc = await getJson<{ openapi: string; paths: Record<string, unknown> }>("/openapi.json");
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/healthz",
        "/v1/answer",
        "/v1/annotations.jsonld",
        "/v1/claims",
        "/v1/dataset.jsonld",
        "/v1/entities",
        "/v1/entities/{id}/related",
        "/v1/entities/{id}/statements",
        "/v1/entities/{idOrAlias}",
        "/v1/meta",
        "/v1/positions",
        "/v1/quotes",
        "/v1/records/{id}",
        "/v1/search",
        "/v1/sources",
        "/v1/sources/{id}",
        "/v1/timeline",
        "/v1/topics",
      ].sort(),
    );
  });

  it("renders a self-contained HTML page with every operation and a curl example", async () => {
    const res = await call("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<title>s400 API/);
    // Examples address the documented server, never the request's Host (which the ETag does not cover).
    expect(html).toContain("curl -s &#39;http://localhost:8787/v1/search?q=");
    expect(html).not.toContain("http://localhost/");
    expect(html).toContain('id="problem-not-found"');
    for (const path of ["/v1/entities/{idOrAlias}", "/v1/timeline", "/v1/search"])
      expect(html).toContain(path);
    // Offline: nothing from another origin; the one script is this server's own.
    expect(html).not.toMatch(/<link|src="http|href="http/);
    expect(html.match(/<script[^>]*>/g)).toEqual([expect.stringMatching(/^<script src="\/docs\/docs\.js"/)]);
  });
});

describe("blank names and ids in the path", () => {
  it.each(["/v1/sources/%20", "/v1/records/%20%20", "/v1/entities/%09", "/v1/entities/%20/related"])(
    "%s is a 400 naming the path parameter",
    async (path) => {
      const res = await call(path);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { invalidParams?: { name: string; in: string; reason: string }[] };
      expect(body.invalidParams).toEqual([
        expect.objectContaining({ in: "path", reason: expect.stringMatching(/blank/) }),
      ]);
    },
  );
});

describe("blank names in the query", () => {
  // A blank filter passes the route's schema and is refused by the library; the problem still names it.
  it.each([
    ["/v1/claims?by=+", "by"],
    ["/v1/claims?about=%20", "about"],
    ["/v1/quotes?speaker=%09", "speaker"],
    ["/v1/timeline?entity=+", "entity"],
    ["/v1/positions?topic=+&limit=3", "topic"],
  ])("%s is a 400 naming %s", async (path, name) => {
    const res = await call(path);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { invalidParams?: { name: string; in: string; reason: string }[] };
    expect(body.invalidParams).toEqual([
      expect.objectContaining({ name, in: "query", reason: expect.stringMatching(/non-empty/) }),
    ]);
  });
});
