import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { AnswerCache, responseCache } from "./response-cache.js";

describe("AnswerCache", () => {
  it("drops the least recently used answers beyond its entry and size budgets", () => {
    const cache = new AnswerCache({ maxEntries: 2, maxTotalSize: 10, maxEntrySize: 6 });
    const entry = (body: string) => ({
      body: new TextEncoder().encode(body),
      headers: { "content-type": "application/json" },
      notModifiedHeaders: {},
      etag: undefined,
    });
    cache.set("a", entry("1"));
    cache.set("b", entry("2"));
    cache.get("a");
    cache.set("c", entry("3"));
    expect(cache.get("b")).toBeUndefined();
    expect(new TextDecoder().decode(cache.get("a")?.body)).toBe("1");
    cache.set("big", entry("x".repeat(7)));
    expect(cache.get("big")).toBeUndefined();
    cache.set("d", entry("123456"));
    cache.set("e", entry("123456"));
    expect(cache.size).toBe(1);
    expect(new TextDecoder().decode(cache.get("e")?.body)).toBe("123456");
  });
});

describe("responseCache", () => {
  let runs = 0;
  const app = new Hono()
    .use(responseCache({ maxEntries: 10, maxTotalSize: 1_000, maxEntrySize: 100 }).middleware)
    .get("/answer", (c) => {
      runs++;
      return c.json({ q: c.req.query("q") ?? null });
    })
    .get("/missing", (c) => {
      runs++;
      return c.json({}, 404);
    });

  it("answers a repeated GET from memory with the same body and headers", async () => {
    const first = await app.request("/answer?q=a");
    const before = runs;
    const second = await app.request("/answer?q=a");
    expect(runs).toBe(before);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("Content-Type")).toBe(first.headers.get("Content-Type"));
    expect(await (await app.request("/answer?q=b")).json()).toEqual({ q: "b" });
    expect(runs).toBe(before + 1);
  });

  it("never keeps errors", async () => {
    await app.request("/missing");
    const before = runs;
    expect((await app.request("/missing")).status).toBe(404);
    expect(runs).toBe(before + 1);
  });
});
