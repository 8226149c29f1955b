import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import {
  CACHE_CONTROL_CLIENT_ERROR,
  CACHE_CONTROL_NONE,
  canonicalKey,
  datasetCaching,
  etagFor,
  ifNoneMatchMatches,
  isWildcard,
} from "./caching.js";

describe("etagFor", () => {
  it("is 16 hex digits in quotes, stable, and sensitive to the version and every character of the URL", () => {
    expect(etagFor("v1", "http://x/abc")).toMatch(/^"[0-9a-f]{16}"$/);
    expect(etagFor("v1", "http://x/abc")).toBe(etagFor("v1", "http://x/abc"));
    expect(etagFor("v1", "http://x/abc")).not.toBe(etagFor("v1", "http://x/abd"));
    expect(etagFor("v1", "http://x/v1/search?q=a")).not.toBe(etagFor("v2", "http://x/v1/search?q=a"));
  });

  it("gives one key per meaning: parameter order and percent-encoding do not matter, the host does not count", () => {
    expect(canonicalKey("http://a/v1/search?q=S-400&limit=3")).toBe(
      canonicalKey("http://b:1/v1/search?limit=3&q=S%2D400"),
    );
    expect(canonicalKey("http://a/v1/search?q=a+b")).toBe(canonicalKey("http://a/v1/search?q=a%20b"));
    expect(canonicalKey("http://a/v1/search?type=quote&type=entity&q=x")).toBe(
      canonicalKey("http://a/v1/search?type=entity&q=x&type=quote"),
    );
    expect(canonicalKey("http://a/v1/search?q=x&type=quote")).not.toBe(
      canonicalKey("http://a/v1/search?q=x"),
    );
    expect(canonicalKey("http://a/v1/meta")).toBe("/v1/meta");
    expect(canonicalKey("http://a/v1/meta?")).toBe("/v1/meta");
  });
});

describe("ifNoneMatchMatches", () => {
  it("matches lists and weak forms, but not the wildcard", () => {
    expect(ifNoneMatchMatches('"a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('"b", W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches("*", '"a"')).toBe(false);
    expect(ifNoneMatchMatches('"b"', '"a"')).toBe(false);
    expect(ifNoneMatchMatches("", '"a"')).toBe(false);
    expect(isWildcard("*")).toBe(true);
    expect(isWildcard('"a", *')).toBe(true);
    expect(isWildcard('"*"')).toBe(false);
  });
});

describe("datasetCaching", () => {
  let runs = 0;
  let version = "v1";
  const app = new Hono()
    .use(datasetCaching(() => version))
    .get("/ok", (c) => {
      runs++;
      return c.json({ ok: true });
    })
    .get("/missing", (c) => c.json({}, 404))
    .get("/broken", (c) => c.json({}, 500));

  it("answers a matching If-None-Match with 304 without running the handler", async () => {
    const first = await app.request("/ok");
    const etag = first.headers.get("ETag") ?? "";
    const before = runs;
    const second = await app.request("/ok", { headers: { "If-None-Match": etag } });
    expect(second.status).toBe(304);
    expect(runs).toBe(before);
  });

  it("changes every ETag when the dataset version changes", async () => {
    const etag = (await app.request("/ok")).headers.get("ETag");
    version = "v2";
    const next = await app.request("/ok", { headers: { "If-None-Match": etag ?? "" } });
    expect(next.status).toBe(200);
    expect(next.headers.get("ETag")).not.toBe(etag);
  });

  it("keeps client errors briefly and server errors not at all", async () => {
    expect((await app.request("/missing")).headers.get("Cache-Control")).toBe(CACHE_CONTROL_CLIENT_ERROR);
    expect((await app.request("/broken")).headers.get("Cache-Control")).toBe(CACHE_CONTROL_NONE);
  });
});
