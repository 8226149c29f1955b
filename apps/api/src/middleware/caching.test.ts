import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import {
  CACHE_CONTROL_CLIENT_ERROR,
  CACHE_CONTROL_NONE,
  datasetCaching,
  hash64,
  ifNoneMatchMatches,
} from "./caching.js";

describe("hash64", () => {
  it("is 16 hex digits, stable, and sensitive to every character", () => {
    expect(hash64("abc")).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64("abc")).toBe(hash64("abc"));
    expect(hash64("abc")).not.toBe(hash64("abd"));
    expect(hash64("v1 /v1/search?q=a")).not.toBe(hash64("v2 /v1/search?q=a"));
  });
});

describe("ifNoneMatchMatches", () => {
  it("matches lists and weak forms, but not the wildcard", () => {
    expect(ifNoneMatchMatches('"a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches('"b", W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchMatches("*", '"a"')).toBe(false);
    expect(ifNoneMatchMatches('"b"', '"a"')).toBe(false);
    expect(ifNoneMatchMatches("", '"a"')).toBe(false);
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
