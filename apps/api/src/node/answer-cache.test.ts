import { createServer, get } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import { requestId as honoRequestId } from "hono/request-id";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { app, currentDatasetVersion } from "../app.js";
import { requestIdOf } from "../fetch-handler.js";
import { etagFor } from "../middleware/caching.js";
import { AnswerCache, nodeAnswerCache, withAnswerCache } from "./answer-cache.js";

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

describe("requestIdOf", () => {
  const hono = new Hono().use(honoRequestId()).get("/", (c) => c.text(String(c.get("requestId"))));
  const sent = ["trace-123", "a=b_c-1", "x".repeat(255), "x".repeat(256), "<script>", "two words", "é", ""];

  it("keeps or replaces a client's id exactly as hono/request-id does", async () => {
    for (const id of [...sent, undefined]) {
      const init = id === undefined ? undefined : { headers: { "X-Request-Id": id } };
      const keptByHono = (await hono.request("/", init)).headers.get("X-Request-Id") === id;
      expect(requestIdOf(new Request("http://localhost/", init)) === id, String(id)).toBe(keptByHono);
    }
    expect(requestIdOf(new Request("http://localhost/"))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe("withAnswerCache", () => {
  let runs = 0;
  const small = new Hono()
    .get("/answer", (c) => {
      runs++;
      return c.json({ q: c.req.query("q") ?? null });
    })
    .get("/missing", (c) => {
      runs++;
      return c.json({}, 404);
    });
  const cachedSmall = withAnswerCache(small.fetch, {
    maxEntries: 10,
    maxTotalSize: 1_000,
    maxEntrySize: 100,
  });

  it("answers a repeated GET from memory, whatever the order of its parameters", async () => {
    const first = await cachedSmall(new Request("http://localhost/answer?q=a&x=1"));
    const before = runs;
    const second = await cachedSmall(new Request("http://localhost/answer?x=1&q=a"));
    expect(runs).toBe(before);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get("Content-Type")).toBe(first.headers.get("Content-Type"));
    expect(await (await cachedSmall(new Request("http://localhost/answer?q=b"))).json()).toEqual({ q: "b" });
    expect(runs).toBe(before + 1);
  });

  it("never keeps errors", async () => {
    await cachedSmall(new Request("http://localhost/missing"));
    const before = runs;
    expect((await cachedSmall(new Request("http://localhost/missing"))).status).toBe(404);
    expect(runs).toBe(before + 1);
  });
});

describe("answers from the answer cache around the app", () => {
  const cached = withAnswerCache(app.fetch, {
    maxEntries: 100,
    maxTotalSize: 1 << 20,
    maxEntrySize: 1 << 19,
  });
  const call = (path: string, init?: RequestInit) =>
    Promise.resolve(cached(new Request(`http://localhost${path}`, init)));
  let unique = 0;
  /** A URL no earlier test asked, so its first answer comes from the full stack. */
  const fresh = () => `/v1/search?q=${encodeURIComponent(`Who heads SSB? ${++unique}`)}&limit=3`;
  const headersOf = (res: Response) =>
    [...res.headers].filter(([name]) => name !== "x-request-id" && name !== "content-length");

  it("answers a repeated GET with the same status, body and headers, a new request id aside", async () => {
    for (const path of [fresh(), "/v1/entities/ssb?limit=1", "/v1/records/ssb"]) {
      const miss = await call(path);
      const hit = await call(path);
      expect(hit.status).toBe(200);
      expect(await hit.text()).toBe(await miss.text());
      expect(headersOf(hit)).toEqual(headersOf(miss));
      expect(hit.headers.get("X-Request-Id")).toMatch(/^[\w-]+$/);
      expect(hit.headers.get("X-Request-Id")).not.toBe(miss.headers.get("X-Request-Id"));
      // The same headers as the app itself gives, Content-Length included.
      const direct = await app.request(path);
      expect(headersOf(hit)).toEqual(headersOf(direct));
      expect(hit.headers.get("Content-Length")).toBe(direct.headers.get("Content-Length"));
    }
  });

  it("keeps a record's JSON and JSON-LD answers apart, as Accept picks them", async () => {
    for (const path of ["/v1/records/st-us-sanctions-demir", "/v1/entities/Cavusoglu"]) {
      const json = await call(path, { headers: { Accept: "application/json" } });
      const ld = await call(path, { headers: { Accept: "application/ld+json" } });
      const ldAgain = await call(path, { headers: { Accept: "application/ld+json" } });
      const jsonAgain = await call(path);
      expect(json.headers.get("Content-Type")).toBe("application/json");
      expect(jsonAgain.headers.get("Content-Type")).toBe("application/json");
      expect(ld.headers.get("Content-Type")).toBe("application/ld+json");
      expect(ldAgain.headers.get("Content-Type")).toBe("application/ld+json");
      expect(await ldAgain.text()).toBe(await ld.text());
      expect(await jsonAgain.text()).toBe(await json.text());
      expect(ldAgain.headers.get("ETag")).toBe(ld.headers.get("ETag"));
      expect(ld.headers.get("ETag")).not.toBe(json.headers.get("ETag"));
    }
  });

  it("answers a kept HEAD like the full stack does, without a body, with the GET's length", async () => {
    const path = fresh();
    const miss = await call(path, { method: "HEAD" });
    const get = await call(path);
    const hit = await call(path, { method: "HEAD" });
    expect(hit.status).toBe(200);
    expect(await hit.text()).toBe("");
    expect(headersOf(hit)).toEqual(headersOf(miss));
    expect(hit.headers.get("Content-Length")).toBe(String((await get.arrayBuffer()).byteLength));
  });

  it("answers a matching If-None-Match on a kept answer with the same 304 as the full stack", async () => {
    const path = fresh();
    const etag = (await call(path, { method: "HEAD" })).headers.get("ETag") ?? "";
    // Never asked, so not kept: the full stack answers 304 before the search.
    const other = fresh();
    const otherEtag = etagFor(currentDatasetVersion(), `http://localhost${other}`);
    const fromStack = await app.request(other, { headers: { "If-None-Match": otherEtag } });
    await call(path);
    const fromCache = await call(path, { headers: { "If-None-Match": `"nope", ${etag}` } });
    expect(fromStack.status).toBe(304);
    expect(fromCache.status).toBe(304);
    expect(await fromCache.text()).toBe("");
    expect(fromCache.headers.get("ETag")).toBe(etag);
    const names = (res: Response) => headersOf(res).map(([name]) => name);
    expect(names(fromCache)).toEqual(names(fromStack));
    expect(headersOf(fromCache).filter(([name]) => name !== "etag")).toEqual(
      headersOf(fromStack).filter(([name]) => name !== "etag"),
    );
    const stale = await call(path, { headers: { "If-None-Match": '"0000000000000000"' } });
    expect(stale.status).toBe(200);
    expect((await call(path, { headers: { "If-None-Match": "*" } })).status).toBe(304);
  });

  it("echoes a well-formed request id on a kept answer and replaces a malformed one", async () => {
    const path = fresh();
    await call(path);
    for (const [sent, echoed] of [
      ["trace-123", true],
      ["a=b_c-1", true],
      ["x".repeat(255), true],
      ["x".repeat(256), false],
      ["<script>", false],
      ["two words", false],
    ] as const) {
      const res = await call(path, { headers: { "X-Request-Id": sent } });
      expect(res.headers.get("X-Request-Id") === sent, sent).toBe(echoed);
      expect(res.headers.get("X-Request-Id")).toMatch(/^[\w=-]+$/);
    }
  });
});

describe("answers a kept answer on Node's own response, before the adapter", () => {
  const answers = nodeAnswerCache(app.fetch, {
    maxEntries: 100,
    maxTotalSize: 1 << 20,
    maxEntrySize: 1 << 19,
  });
  const adapter = getRequestListener(answers.fetch);
  let early = 0;
  const server = createServer((incoming, outgoing) => {
    if (answers.answerNode(incoming, outgoing)) early++;
    else void adapter(incoming, outgoing);
  });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  let unique = 0;
  const fresh = () => `/v1/search?q=${encodeURIComponent(`Who heads SSB? ${++unique}`)}&limit=2`;
  const headersOf = (res: Response) =>
    [...res.headers].filter(([name]) => !["x-request-id", "date", "connection", "keep-alive"].includes(name));
  /** `path` asked over HTTP, and whether the answer went out before the adapter. */
  const ask = async (path: string, init?: RequestInit) => {
    const before = early;
    const res = await fetch(`${base}${path}`, init);
    return { res, body: await res.text(), early: early > before };
  };

  it("sends a repeated GET and HEAD with the adapter's status, headers and bytes", async () => {
    const path = fresh();
    const miss = await ask(path, { method: "HEAD" });
    const get = await ask(path);
    const hit = await ask(path);
    const head = await ask(path, { method: "HEAD" });
    // The HEAD kept the full answer, so even the first GET is sent before the adapter.
    expect([miss.early, get.early, hit.early, head.early]).toEqual([false, true, true, true]);
    expect(hit.res.status).toBe(200);
    expect(hit.body).toBe(get.body);
    expect(headersOf(hit.res)).toEqual(headersOf(get.res));
    expect(head.body).toBe("");
    expect(headersOf(head.res)).toEqual(headersOf(miss.res));
    expect(hit.res.headers.get("X-Request-Id")).not.toBe(get.res.headers.get("X-Request-Id"));
  });

  it("answers If-None-Match with the adapter's 304, and echoes only a well-formed request id", async () => {
    const path = fresh();
    const { res } = await ask(path);
    const etag = res.headers.get("ETag") ?? "";
    const early304 = await ask(path, { headers: { "If-None-Match": `"nope", ${etag}` } });
    const late304 = await Promise.resolve(
      answers.fetch(new Request(`${base}${path}`, { headers: { "If-None-Match": etag } })),
    );
    expect(early304.early).toBe(true);
    expect(early304.res.status).toBe(304);
    expect(early304.body).toBe("");
    expect(headersOf(early304.res)).toEqual(headersOf(late304));
    const echoed = await ask(path, { headers: { "X-Request-Id": "trace-123" } });
    const replaced = await ask(path, { headers: { "X-Request-Id": "two words" } });
    expect(echoed.res.headers.get("X-Request-Id")).toBe("trace-123");
    expect(replaced.res.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  /** `path` sent exactly as written (fetch would resolve its dot segments first). */
  const askRaw = (path: string) =>
    new Promise<{ status: number; body: string; early: boolean }>((resolve, reject) => {
      const before = early;
      const { hostname, port } = new URL(base);
      get({ hostname, port, path }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, early: early > before }));
      }).on("error", reject);
    });

  it("leaves a target it cannot key as the adapter would to the adapter, which answers it the same", async () => {
    const plain = await ask("/v1/search?q=SSB&limit=1");
    for (const path of ["/v1/x/../search?q=SSB&limit=1", "/v1/x/%2e%2E/search?limit=1&q=SSB"]) {
      const first = await askRaw(path);
      const again = await askRaw(path);
      expect(again.early, path).toBe(false);
      expect(again.status).toBe(200);
      expect(again.body).toBe(plain.body);
      expect(first.body).toBe(plain.body);
    }
    const piped = await askRaw("/v1/search?q=a|b&limit=1");
    const pipedAgain = await askRaw("/v1/search?q=a|b&limit=1");
    expect(pipedAgain.early).toBe(false);
    expect(pipedAgain.body).toBe(piped.body);
  });
});
