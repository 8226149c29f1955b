// Load run on loopback with autocannon: the API's /v1/search next to a Hono hello-world (the framework's
// ceiling on this adapter) and Express 5 serving the same search() (a peer), in turns, in one run.
// Each server runs in its own child process so the load generator never shares its event loop.
//   pnpm --filter @s400/api bench          (20 s per contender in 4 interleaved rounds, 64 connections)
//   BENCH_DURATION=4 BENCH_ROUNDS=2 pnpm --filter @s400/api bench   (a quick look)
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { search } from "@s400/data";
import autocannon from "autocannon";
import { app } from "../dist/app.js";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
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
 * Loads `url` for `duration` seconds and resolves with autocannon's result plus the requests completed
 * in each second. With `distinct`, every request asks a different question (the realistic question
 * plus a counter), so no answer is ever served from the API's response cache.
 */
async function load(url, duration, headers = {}, distinct = false) {
  let counter = 0;
  const { pathname, search, origin } = new URL(url);
  const requests = distinct
    ? [{ setupRequest: (request) => ({ ...request, path: `${pathname}${search}%20${++counter}` }) }]
    : undefined;
  const perSecond = [];
  const instance = autocannon({
    url: origin + pathname + search,
    connections: CONNECTIONS,
    duration,
    headers,
    requests,
  });
  instance.on("tick", ({ counter: done }) => perSecond.push(done));
  const result = await instance;
  return { result, perSecond };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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

// One server process per contender, all started up front and idle while another is under load.
const servers = {
  hello: await startServer(here("./servers/hello.mjs")),
  ours: await startServer(here("../dist/node.js")),
  express: await startServer(here("./servers/express.mjs")),
};
const etag = (await fetch(`${servers.ours.url}${SEARCH_PATH}`)).headers.get("ETag");

const turns = [
  { name: "hono hello-world", server: "hello", path: "/" },
  { name: "s400 api (hot question)", server: "ours", path: SEARCH_PATH },
  { name: "s400 api (every q new)", server: "ours", path: SEARCH_PATH, distinct: true },
  { name: "express 5 search()", server: "express", path: SEARCH_PATH },
  { name: "express 5 (every q new)", server: "express", path: SEARCH_PATH, distinct: true },
  // The conditional path: a client (or CDN) revalidating with the ETag it holds gets a 304 without a search.
  {
    name: "s400 api 304 revalidation",
    server: "ours",
    path: SEARCH_PATH,
    headers: { "If-None-Match": etag },
  },
];

// The turns take turns in rounds, so a burst of other work on the machine hits every contender alike
// instead of skewing whichever one happened to be running.
const perRound = Math.max(1, Math.round(DURATION / ROUNDS));
const rows = turns.map((turn) => ({ ...turn, perSecond: [], p99: [], errors: 0, non2xx: 0 }));
try {
  for (const row of rows)
    await load(`${servers[row.server].url}${row.path}`, WARMUP, row.headers, row.distinct);
  for (let round = 0; round < ROUNDS; round++) {
    for (const row of rows) {
      const { result, perSecond } = await load(
        `${servers[row.server].url}${row.path}`,
        perRound,
        row.headers,
        row.distinct,
      );
      row.perSecond.push(...perSecond);
      row.p99.push(result.latency.p99);
      row.errors += result.errors + result.timeouts;
      row.non2xx += result.non2xx;
    }
  }
} finally {
  await Promise.all(Object.values(servers).map((server) => stopServer(server.child)));
}
for (const row of rows) {
  row.mean = row.perSecond.reduce((sum, n) => sum + n, 0) / row.perSecond.length;
  row.median = median(row.perSecond);
  row.worstP99 = Math.max(...row.p99);
}
const byName = (name) => rows.find((row) => row.name === name);
const hello = byName("hono hello-world");
const ours = byName("s400 api (hot question)");
const oursCold = byName("s400 api (every q new)");
const express = byName("express 5 search()");
const expressCold = byName("express 5 (every q new)");

console.log(
  `\n${CONNECTIONS} connections, ${perRound * ROUNDS} s per contender in ${ROUNDS} interleaved rounds of ${perRound} s ` +
    `(after a ${WARMUP} s warm-up each), Node ${process.version}`,
);
console.log(`query: ${SEARCH_PATH}  ("every q new" appends a counter to q on each request)\n`);
console.log("server                      req/s mean  req/s median  p99 ms (worst round)  errors  non-2xx");
for (const row of rows) {
  console.log(
    `${row.name.padEnd(26)} ${row.mean.toFixed(0).padStart(11)} ${row.median.toFixed(0).padStart(13)} ${String(row.worstP99).padStart(21)} ${String(row.errors).padStart(7)} ${String(row.non2xx).padStart(8)}`,
  );
}
// The 304 turn answers 304 by design; autocannon counts 3xx as non-2xx.
const failures = rows.filter((row) => !row.headers && (row.errors > 0 || row.non2xx > 0));
const ratio = (a, b, goal, label) => {
  const value = a.median / b.median;
  console.log(
    `${label.padEnd(44)} ${value.toFixed(2)}  (goal ≥ ${goal.toFixed(2)}: ${value >= goal ? "met" : "missed"})`,
  );
};
console.log("\nratios of median req/s (per-second samples):");
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
