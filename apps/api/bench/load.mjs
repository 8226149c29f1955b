// Load run on loopback with autocannon: the API's /v1/search next to a Hono hello-world (the framework's
// ceiling on this adapter) and Express 5 serving the same search() (a peer), in turns, in one run.
// Each server runs in its own child process so the load generator never shares its event loop.
//   pnpm --filter @s400/api bench          (20 s per turn, 64 connections)
//   BENCH_DURATION=5 pnpm --filter @s400/api bench   (a quick look)
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { search } from "@s400/data";
import autocannon from "autocannon";
import { app } from "../dist/app.js";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const WARMUP = Math.min(3, DURATION);
const QUESTION = "Who heads the Defence Industry Directorate?";
const SEARCH_PATH = `/v1/search?q=${encodeURIComponent(QUESTION)}`;

/**
 * Starts a server script, retrying a few times: in a shared checkout a sibling package's build may
 * briefly remove the dist a server imports.
 */
async function startServer(script) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(script);
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
  }
}

/** Starts a server script in its own process group and resolves with its base URL. */
function startServerOnce(script) {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = /(?:ready|listening on) (http:\/\/\S+?)\/?(?:\s|$)/.exec(output);
      if (match) resolve({ child, url: match[1].replace("localhost", "127.0.0.1") });
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    child.once("exit", resolve);
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      resolve();
    }
  });
}

/**
 * Loads `url` for `duration` seconds. With `distinct`, every request asks a different question (the
 * realistic question plus a counter), so no answer is ever served from the API's response cache.
 */
function load(url, duration, headers = {}, distinct = false) {
  let counter = 0;
  const { pathname, search, origin } = new URL(url);
  const requests = distinct
    ? [{ setupRequest: (request) => ({ ...request, path: `${pathname}${search}%20${++counter}` }) }]
    : undefined;
  return autocannon({
    url: origin + pathname + search,
    connections: CONNECTIONS,
    duration,
    headers,
    requests,
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One turn: start the server, warm it up, measure, stop it. */
async function turn(name, script, path, headers, distinct = false) {
  const { child, url } = await startServer(script);
  try {
    await load(`${url}${path}`, WARMUP, headers, distinct);
    const result = await load(`${url}${path}`, DURATION, headers, distinct);
    return {
      name,
      mean: result.requests.average,
      median: result.requests.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      statusCodes: result.statusCodeStats,
    };
  } finally {
    await stopServer(child);
  }
}

/** Median time per call of async `fn`, in microseconds, over rounds of `batch` calls. */
async function timePerCall(fn, batch = 200, rounds = 15) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) await fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1_000 / batch);
  }
  return median(samples);
}

const hello = await turn("hono hello-world", here("./servers/hello.mjs"), "/", {});
const ours = await turn("s400 api (hot question)", here("../dist/node.js"), SEARCH_PATH, {});
const oursCold = await turn("s400 api (every q new)", here("../dist/node.js"), SEARCH_PATH, {}, true);
const express = await turn("express 5 search()", here("./servers/express.mjs"), SEARCH_PATH, {});
const expressCold = await turn(
  "express 5 (every q new)",
  here("./servers/express.mjs"),
  SEARCH_PATH,
  {},
  true,
);
// The conditional path: a client (or CDN) revalidating with the ETag it holds gets a 304 without a search.
const probe = await startServer(here("../dist/node.js"));
const etag = (await fetch(`${probe.url}${SEARCH_PATH}`)).headers.get("ETag");
await stopServer(probe.child);
const revalidate = await turn("s400 api 304 revalidation", here("../dist/node.js"), SEARCH_PATH, {
  "If-None-Match": etag,
});

const rows = [hello, ours, oursCold, express, expressCold, revalidate];
console.log(
  `\n${CONNECTIONS} connections, ${DURATION} s per turn (after ${WARMUP} s warm-up), Node ${process.version}`,
);
console.log(`query: ${SEARCH_PATH}  ("every q new" appends a counter to q on each request)\n`);
console.log("server                      req/s mean  req/s median  p99 ms  errors  non-2xx");
for (const row of rows) {
  console.log(
    `${row.name.padEnd(26)} ${row.mean.toFixed(0).padStart(11)} ${row.median.toFixed(0).padStart(13)} ${String(row.p99).padStart(7)} ${String(row.errors).padStart(7)} ${String(row.non2xx).padStart(8)}`,
  );
}
// The 304 turn answers 304 by design; autocannon counts 3xx as non-2xx.
const failures = [hello, ours, oursCold, express, expressCold].filter(
  (row) => row.errors > 0 || row.non2xx > 0,
);
const ratio = (a, b, goal, label) => {
  const value = a.median / b.median;
  console.log(
    `${label.padEnd(44)} ${value.toFixed(2)}  (goal ≥ ${goal.toFixed(2)}: ${value >= goal ? "met" : "missed"})`,
  );
};
console.log("\nratios of median req/s:");
ratio(ours, hello, 0.6, "hot question / hono hello-world");
ratio(ours, express, 1.5, "hot question / express 5 (same URL)");
ratio(oursCold, hello, 0.6, "every q new / hono hello-world");
ratio(oursCold, expressCold, 1.5, "every q new / express 5 (same URLs)");

// Where a request's time goes, in-process (no network): search() alone, the whole app around it
// (validation, ETag, CORS, secure headers, request id, JSON), and the 304 path.
await timePerCall(() => app.request(SEARCH_PATH), 200, 3);
const searchUs = await timePerCall(() => search(QUESTION, { limit: 10 }));
const appUs = await timePerCall(async () => (await app.request(SEARCH_PATH)).arrayBuffer());
const notModifiedUs = await timePerCall(() =>
  app.request(SEARCH_PATH, { headers: { "If-None-Match": etag } }),
);
console.log(
  `in-process, median per request: search() ${searchUs.toFixed(1)} µs, whole app ${appUs.toFixed(1)} µs ` +
    `(app overhead ${(appUs - searchUs).toFixed(1)} µs), 304 revalidation ${notModifiedUs.toFixed(1)} µs`,
);

if (failures.length > 0) {
  console.error(`errors or non-2xx answers in: ${failures.map((row) => row.name).join(", ")}`);
  process.exit(1);
}
