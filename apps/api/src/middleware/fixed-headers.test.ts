import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { describe, expect, it } from "vitest";
import { app } from "../app.js";
import { SECURE_HEADER_OPTIONS, SECURE_HEADERS } from "./fixed-headers.js";

describe("the fixed headers", () => {
  it("are what hono/secure-headers sets with the API's options", async () => {
    const reference = new Hono().use(secureHeaders(SECURE_HEADER_OPTIONS)).get("/", (c) => c.body(null, 204));
    const res = await reference.request("/");
    expect([...res.headers]).toEqual([...SECURE_HEADERS].sort(([a], [b]) => (a < b ? -1 : 1)));
  });

  it("go on an answer built with them, and on every other response after the handler", async () => {
    const own = ["cache-control", "content-length", "content-type", "etag", "vary", "x-request-id"];
    const fixed = [
      "access-control-allow-origin",
      "access-control-expose-headers",
      ...SECURE_HEADERS.map(([n]) => n),
    ];
    const answer = await app.request("/v1/search?q=SSB&limit=1");
    expect([...answer.headers.keys()]).toEqual([...fixed, ...own].sort());
    for (const [name, value] of SECURE_HEADERS) expect(answer.headers.get(name)).toBe(value);
    expect(answer.headers.get("Access-Control-Expose-Headers")).toBe("ETag, X-Request-Id, Allow");
    for (const path of ["/nope", "/v1/search", "/healthz", "/docs"]) {
      const res = await app.request(path);
      for (const name of fixed) expect(res.headers.has(name), `${path} ${name}`).toBe(true);
    }
  });
});
