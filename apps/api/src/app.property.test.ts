/** Property tests: whatever a client sends to any route, the answer is never a 5xx and every error is problem+json. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { app } from "./app.js";
import { PROBLEM_MEDIA_TYPE } from "./problem.js";

/** Every route with the query parameters it reads. */
const routes = [
  { path: "/v1/entities", query: ["type", "limit", "cursor"] },
  { path: "/v1/entities/{idOrAlias}", query: [] },
  { path: "/v1/entities/{id}/statements", query: ["predicate", "limit", "cursor"] },
  { path: "/v1/entities/{id}/related", query: ["limit", "cursor"] },
  { path: "/v1/timeline", query: ["from", "to", "entity", "limit", "cursor"] },
  { path: "/v1/claims", query: ["by", "about", "stance", "limit", "cursor"] },
  { path: "/v1/topics", query: ["limit", "cursor"] },
  { path: "/v1/positions", query: ["topic", "limit", "cursor"] },
  { path: "/v1/quotes", query: ["speaker", "limit", "cursor"] },
  { path: "/v1/sources", query: ["limit", "cursor"] },
  { path: "/v1/sources/{id}", query: [] },
  { path: "/v1/records/{id}", query: [] },
  { path: "/v1/search", query: ["q", "limit", "type"] },
  { path: "/v1/meta", query: [] },
  { path: "/healthz", query: [] },
  { path: "/openapi.json", query: [] },
] as const;

/** Raw URL pieces that stress decoding: broken and overlong escapes, separators, encoded slashes. */
const rawToken = fc.constantFrom(
  "%",
  "%Z",
  "%ZZ",
  "%E0%A4%A",
  "%C3%28",
  "%ED%A0%80",
  "%F4%90%80%80",
  "%00",
  "%2F",
  "%25",
  "%20",
  "+",
  "..",
  ";",
  ",",
  "=",
  "&",
  "*",
  "~",
);

/** A value as a client might put it in a URL: encoded text of any script, raw escapes, numbers, garbage cursors. */
const value = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }).map(encodeURIComponent),
  fc
    .array(fc.oneof(rawToken, fc.string({ unit: "grapheme-ascii", maxLength: 4 }).map(encodeURIComponent)), {
      maxLength: 6,
    })
    .map((parts) => parts.join("")),
  fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map((n) => encodeURIComponent(String(n))),
  fc.nat({ max: 400 }).map((n) => "9".repeat(n + 1)),
  fc.constantFrom(
    "ssb",
    "Ankara",
    "s09",
    "st-demir-heads-ssb",
    "2020-12",
    "entity,quote",
    "bzoyMA",
    "bzotMQ",
    "-1",
  ),
  fc.base64String({ maxLength: 24 }).map((s) => s.replace(/=/g, "")),
  fc.string({ unit: "grapheme-ascii", minLength: 199, maxLength: 260 }).map(encodeURIComponent),
);

const method = fc.constantFrom("GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "DELETE");

function requestFor(
  route: (typeof routes)[number],
  pathValue: string,
  params: readonly (readonly [string, string])[],
): string {
  const path = route.path.replace(/\{[^}]+\}/, pathValue);
  const query = params.map(([name, v]) => `${name}=${v}`).join("&");
  return query ? `${path}?${query}` : path;
}

async function expectWellFormed(res: Response, url: string, verb: string) {
  expect(res.status, url).toBeLessThan(500);
  expect(res.headers.get("X-Request-Id"), url).toBeTruthy();
  if (res.status >= 400) {
    expect(res.headers.get("Content-Type"), url).toBe(PROBLEM_MEDIA_TYPE);
    // HEAD answers carry the headers of the GET answer but no body to read.
    if (verb === "HEAD") return;
    const body = (await res.json()) as {
      status: number;
      type: string;
      detail: string;
      invalidParams?: { name: string; in: string; reason: string }[];
    };
    expect(body.status, url).toBe(res.status);
    expect(body.type).toMatch(/^\/docs#problem-/);
    expect(body.detail).not.toMatch(/\n\s+at /);
    // A parameter at fault is named, with where it is and what it allows.
    if (body.type === "/docs#problem-invalid-parameter" || body.type === "/docs#problem-malformed-uri") {
      expect(body.invalidParams, url).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: expect.any(String),
            in: expect.any(String),
            reason: expect.any(String),
          }),
        ]),
      );
    }
  }
}

describe("no input makes the API fail or answer outside problem+json", () => {
  for (const route of routes) {
    it(`${route.path}`, async () => {
      const names = fc.oneof(
        fc.constantFrom(...(route.query.length > 0 ? route.query : ["x"])),
        fc.string({ unit: "grapheme-ascii", maxLength: 6 }).map(encodeURIComponent),
      );
      await fc.assert(
        fc.asyncProperty(
          method,
          value,
          fc.array(fc.tuple(names, value), { maxLength: 5 }),
          async (verb, pathValue, params) => {
            const url = requestFor(route, pathValue, params);
            fc.pre(URL.canParse(url, "http://localhost"));
            await expectWellFormed(await app.request(url, { method: verb }), url, verb);
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it("arbitrary paths answer 404, 405 or 400 problems", async () => {
    await fc.assert(
      fc.asyncProperty(method, fc.array(value, { minLength: 1, maxLength: 4 }), async (verb, segments) => {
        const url = `/${segments.join("/")}`;
        fc.pre(URL.canParse(url, "http://localhost"));
        await expectWellFormed(await app.request(url, { method: verb }), url, verb);
      }),
      { numRuns: 300 },
    );
  });
});

describe("strict numbers and one key per meaning", () => {
  const listRoutes = routes.filter((route) => (route.query as readonly string[]).includes("limit"));
  const concrete = (path: string) => path.replace("{id}", "ssb").replace("{idOrAlias}", "ssb");
  const base = (route: (typeof routes)[number]) =>
    route.path === "/v1/search" ? `${route.path}?q=S-400&` : `${concrete(route.path)}?`;

  it("answers 400 naming limit for any spelling that is not plain decimal digits within 1 to 100", async () => {
    const spelling = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }).map(String),
      fc.integer({ min: 1, max: 100 }).map((n) => `0${n}`),
      fc.integer({ min: 1, max: 100 }).map((n) => `0x${n.toString(16)}`),
      fc.integer({ min: 1, max: 100 }).map((n) => `${n}.0`),
      fc.integer({ min: 1, max: 10 }).map((n) => `${n}e1`),
      fc.integer({ min: 1, max: 100 }).map((n) => encodeURIComponent(` ${n}`)),
      fc.integer({ min: 1, max: 100 }).map((n) => `%2B${n}`),
      fc.string({ unit: "grapheme-ascii", maxLength: 5 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...listRoutes), spelling, async (route, limit) => {
        const res = await app.request(`${base(route)}limit=${limit}`);
        const plain =
          /^[0-9]+$/.test(limit) && !/^0./.test(limit) && Number(limit) >= 1 && Number(limit) <= 100;
        if (plain) {
          expect(res.status, limit).toBe(200);
          return;
        }
        expect(res.status, limit).toBe(400);
        const body = (await res.json()) as { invalidParams?: { name: string }[] };
        expect(body.invalidParams).toEqual([expect.objectContaining({ name: "limit", in: "query" })]);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same ETag to the same question, whatever the order or escaping of its parameters and kinds", async () => {
    const search = fc.record({
      q: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }).filter((q) => q.trim().length > 0),
      limit: fc.integer({ min: 1, max: 100 }),
      type: fc.subarray(["entity", "quote", "claim"], { minLength: 1 }),
    });
    await fc.assert(
      fc.asyncProperty(search, fc.boolean(), async ({ q, limit, type }, reversed) => {
        const qParam: [string, string] = ["q", q];
        const limitParam: [string, string] = ["limit", String(limit)];
        const typeParams = type.map((t): [string, string] => ["type", t]);
        const params = [qParam, limitParam, ...typeParams];
        const one = `/v1/search?${new URLSearchParams(params)}`;
        // The other spelling: parameters (and the kinds) in another order, every character escaped.
        const escaped = (text: string) =>
          [...new TextEncoder().encode(text)]
            .map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`)
            .join("");
        const others = reversed
          ? [limitParam, qParam, ...typeParams.reverse()]
          : [...typeParams, qParam, limitParam];
        const other = `/v1/search?${others.map(([name, value]) => `${name}=${escaped(value)}`).join("&")}`;
        const [a, b] = [await app.request(one), await app.request(other)];
        expect(a.status).toBe(200);
        expect(b.headers.get("ETag")).toBe(a.headers.get("ETag"));
        expect(await b.text()).toBe(await a.text());
      }),
      { numRuns: 100 },
    );
  });
});
