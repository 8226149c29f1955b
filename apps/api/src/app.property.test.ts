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
    const body = (await res.json()) as { status: number; type: string; detail: string };
    expect(body.status, url).toBe(res.status);
    expect(body.type).toMatch(/^\/docs#problem-/);
    expect(body.detail).not.toMatch(/\n\s+at /);
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
