/**
 * The headers every response carries whatever it answers (secure headers, CORS), as one list made once,
 * and the middleware that puts them on each response that does not carry them already.
 *
 * Why not `hono/secure-headers` at run time: it sets its dozen headers one by one on every response's
 * `Headers` after the handler, and a `Headers.set` costs about 0.6 µs on Node 20 (validation and
 * conversion of name and value). An answer under `/v1` instead carries this list from the start, as
 * the plain header record it is built with (see `answer.ts`), which on Node is written without ever
 * becoming a `Headers`. Together that took the server's CPU per new question from 1.05× to about
 * 0.88× the build's before issue 9 in focused runs of `pnpm bench` (`BENCH_BASELINE`, `BENCH_ONLY`);
 * `Headers` work fell from about 7% of that CPU to 1%. A test holds {@link SECURE_HEADERS} equal to what `secureHeaders()` sets with the
 * options written there, so the list stays the library's.
 */
import type { MiddlewareHandler } from "hono";
import type { secureHeaders } from "hono/secure-headers";
import { ANSWER_TEMPLATE, answerTemplate, carriesFixedHeaders, type Header } from "../answer.js";

export type { Header };

/**
 * The `secureHeaders()` options of the API, in words: answers may be embedded cross-origin (pages on
 * other origins read the API); only the docs page loads anything (its inline CSS and its one
 * same-origin script, which fetches answers from this origin); `DENY` agrees with
 * `frame-ancestors 'none'` (OWASP secure-headers guidance); HSTS for a year; no powerful features;
 * the legacy `X-Download-Options` and `X-DNS-Prefetch-Control`, which no current browser reads, left out.
 */
export const SECURE_HEADER_OPTIONS: NonNullable<Parameters<typeof secureHeaders>[0]> = {
  crossOriginResourcePolicy: "cross-origin",
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'unsafe-inline'"],
    scriptSrc: ["'self'"],
    connectSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: "DENY",
  strictTransportSecurity: "max-age=31536000; includeSubDomains",
  permissionsPolicy: {
    camera: [],
    microphone: [],
    geolocation: [],
    payment: [],
    usb: [],
    fullscreen: [],
  },
  xDownloadOptions: false,
  xDnsPrefetchControl: false,
};

/** What `secureHeaders(SECURE_HEADER_OPTIONS)` sets on every response. */
export const SECURE_HEADERS: readonly Header[] = [
  [
    "content-security-policy",
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  ],
  ["cross-origin-opener-policy", "same-origin"],
  ["cross-origin-resource-policy", "cross-origin"],
  ["origin-agent-cluster", "?1"],
  ["permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=()"],
  ["referrer-policy", "no-referrer"],
  ["strict-transport-security", "max-age=31536000; includeSubDomains"],
  ["x-content-type-options", "nosniff"],
  ["x-frame-options", "DENY"],
  ["x-permitted-cross-domain-policies", "none"],
  ["x-xss-protection", "0"],
];

/**
 * Sets `headers` on every response after the handler, over any of the same name (as `secureHeaders()`
 * does, `X-Powered-By` removed too), except on an answer that was built carrying them: it hands the
 * answers below it the header record they start from.
 */
export function fixedHeaders(headers: readonly Header[]): MiddlewareHandler {
  const template = answerTemplate(headers);
  return async (c, next) => {
    c.set(ANSWER_TEMPLATE, template);
    await next();
    if (carriesFixedHeaders(c.res)) return;
    const target = c.res.headers;
    for (const [name, value] of headers) target.set(name, value);
    target.delete("X-Powered-By");
  };
}
