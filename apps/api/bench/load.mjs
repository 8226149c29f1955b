// Load run on loopback with autocannon: the API's /v1/search next to a Hono hello-world (the framework's
// ceiling on this adapter) and Express 5 serving the same search() (a peer), in turns, in one run; the
// API as `pnpm start` serves it (answer cache + compression) and without the answer cache, identity and
// gzip/br, hot and new questions; bytes on the wire per answer; in-process costs per request.
// Each server runs in its own child process so the load generator never shares its event loop.
//   pnpm --filter @s400/api bench          (20 s per contender in 4 interleaved rounds, 64 connections)
//   BENCH_DURATION=4 BENCH_ROUNDS=2 pnpm --filter @s400/api bench   (a quick look)
//   BENCH_BASELINE=/path/to/other/apps/api/dist/node.js …   (adds another build, e.g. main before a change)
//   BENCH_ONLY="s400 new,baseline new" …   (only the named turns, for a focused look at one change)
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { search } from "@s400/data";
import autocannon from "autocannon";
import { app } from "../dist/app.js";
import { withAnswerCache } from "../dist/node/answer-cache.js";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const BASELINE = process.env.BENCH_BASELINE;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const WARMUP = Math.min(3, DURATION);
const ONLY = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
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

/**
 * CPU seconds a server process has used (user + system), read from /proc on Linux; `undefined` elsewhere.
 * Per request served, it is a measure the other load on a shared machine barely moves, unlike req/s.
 */
function cpuSeconds(pid) {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised command name): utime and stime in ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
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
  uncached: await startServer(here("./servers/uncached.mjs")),
  express: await startServer(here("./servers/express.mjs")),
  ...(BASELINE ? { baseline: await startServer(BASELINE) } : {}),
};
const etag = (
  await fetch(`${servers.ours.url}${SEARCH_PATH}`, { headers: { "Accept-Encoding": "identity" } })
).headers.get("ETag");
const IDENTITY = { "Accept-Encoding": "identity" };
const GZIP = { "Accept-Encoding": "gzip" };
const BR = { "Accept-Encoding": "br, gzip" };

const allTurns = [
  { name: "hono hello-world", server: "hello", path: "/" },
  { name: "s400 hot", server: "ours", path: SEARCH_PATH, headers: IDENTITY },
  { name: "s400 hot gzip", server: "ours", path: SEARCH_PATH, headers: GZIP },
  { name: "s400 hot br", server: "ours", path: SEARCH_PATH, headers: BR },
  { name: "s400 new", server: "ours", path: SEARCH_PATH, headers: IDENTITY, distinct: true },
  { name: "s400 new gzip", server: "ours", path: SEARCH_PATH, headers: GZIP, distinct: true },
  { name: "no cache hot", server: "uncached", path: SEARCH_PATH, headers: IDENTITY },
  { name: "no cache hot gzip", server: "uncached", path: SEARCH_PATH, headers: GZIP },
  { name: "express 5 search()", server: "express", path: SEARCH_PATH },
  { name: "express 5 new", server: "express", path: SEARCH_PATH, distinct: true },
  ...(BASELINE
    ? [
        { name: "baseline hot", server: "baseline", path: SEARCH_PATH, headers: IDENTITY },
        { name: "baseline new", server: "baseline", path: SEARCH_PATH, headers: IDENTITY, distinct: true },
      ]
    : []),
  // The conditional path: a client (or CDN) revalidating with the ETag it holds gets a 304 without a search.
  {
    name: "s400 304 revalidation",
    server: "ours",
    path: SEARCH_PATH,
    headers: { ...IDENTITY, "If-None-Match": etag },
    notModified: true,
  },
];

const turns = ONLY ? allTurns.filter((turn) => ONLY.includes(turn.name)) : allTurns;
if (turns.length === 0) {
  console.error(`BENCH_ONLY names no turn; the turns are: ${allTurns.map((turn) => turn.name).join(", ")}`);
  process.exit(1);
}

// The turns take turns in rounds, so a burst of other work on the machine hits every contender alike
// instead of skewing whichever one happened to be running.
const perRound = Math.max(1, Math.round(DURATION / ROUNDS));
const rows = turns.map((turn) => ({
  ...turn,
  perSecond: [],
  cpu: 0,
  p99: [],
  errors: 0,
  non2xx: 0,
  bytes: 0,
  requests: 0,
}));
try {
  for (const row of rows)
    await load(`${servers[row.server].url}${row.path}`, WARMUP, row.headers, row.distinct);
  for (let round = 0; round < ROUNDS; round++) {
    for (const row of rows) {
      const cpuBefore = cpuSeconds(servers[row.server].child.pid);
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
      // Bytes read off the socket: status line, headers and body, as the client's network carries them.
      row.bytes += result.throughput.total;
      row.requests += result.requests.total;
      const cpuAfter = cpuSeconds(servers[row.server].child.pid);
      row.cpu =
        cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : row.cpu + cpuAfter - cpuBefore;
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

console.log(
  `\n${CONNECTIONS} connections, ${perRound * ROUNDS} s per contender in ${ROUNDS} interleaved rounds of ${perRound} s ` +
    `(after a ${WARMUP} s warm-up each), Node ${process.version}`,
);
console.log(`query: ${SEARCH_PATH}  ("new" appends a counter to q on each request)`);
console.log(
  `"s400" is dist/node.js as pnpm start runs it; "no cache" the same app and compression without the answer cache\n`,
);
console.log(
  "server                  req/s mean  req/s median  p99 ms (worst round)  bytes/answer  server CPU µs/answer  errors  non-2xx",
);
for (const row of rows) {
  const perAnswer = row.requests > 0 ? Math.round(row.bytes / row.requests) : 0;
  const cpuPerAnswer =
    row.requests > 0 && Number.isFinite(row.cpu) ? ((row.cpu / row.requests) * 1e6).toFixed(0) : "-";
  console.log(
    `${row.name.padEnd(22)} ${row.mean.toFixed(0).padStart(11)} ${row.median.toFixed(0).padStart(13)} ${String(row.worstP99).padStart(21)} ${String(perAnswer).padStart(13)} ${cpuPerAnswer.padStart(21)} ${String(row.errors).padStart(7)} ${String(row.non2xx).padStart(8)}`,
  );
}
// The 304 turn answers 304 by design; autocannon counts 3xx as non-2xx.
const failures = rows.filter((row) => !row.notModified && (row.errors > 0 || row.non2xx > 0));
const ratio = (a, b, label, goal) => {
  if (!byName(a) || !byName(b)) return;
  const value = byName(a).median / byName(b).median;
  const verdict =
    goal === undefined ? "" : `  (goal ≥ ${goal.toFixed(2)}: ${value >= goal ? "met" : "missed"})`;
  console.log(`${label.padEnd(48)} ${value.toFixed(2)}${verdict}`);
};
const cpuRatio = (a, b, label) => {
  if (!byName(a) || !byName(b)) return;
  const value = byName(a).cpu / byName(a).requests / (byName(b).cpu / byName(b).requests);
  if (Number.isFinite(value)) console.log(`${label.padEnd(48)} ${value.toFixed(2)}`);
};
const bytesOf = (name) => byName(name).bytes / byName(name).requests;
console.log("\nratios of median req/s (per-second samples):");
ratio("s400 hot", "hono hello-world", "hot question / hono hello-world", 0.6);
ratio("s400 hot", "express 5 search()", "hot question / express 5 (same URL)", 1.5);
ratio("s400 new", "hono hello-world", "new question / hono hello-world", 0.6);
ratio("s400 new", "express 5 new", "new question / express 5 (same URLs)", 1.5);
ratio("s400 hot", "no cache hot", "answer cache: hot / hot without it");
ratio("s400 hot gzip", "no cache hot gzip", "answer cache: hot gzip / hot gzip without it");
ratio("s400 hot gzip", "s400 hot", "compression: hot gzip / hot identity");
ratio("s400 new gzip", "s400 new", "compression: new gzip / new identity");
if (BASELINE) {
  ratio("s400 hot", "baseline hot", "hot question / baseline build", 0.9);
  ratio("s400 new", "baseline new", "new question / baseline build", 0.9);
  // Lower is better here: the CPU the server spent per answer, against the baseline's in the same run.
  cpuRatio("s400 hot", "baseline hot", "server CPU per hot answer / baseline build's");
  cpuRatio("s400 new", "baseline new", "server CPU per new answer / baseline build's");
}
if (byName("s400 hot") && byName("s400 hot gzip") && byName("s400 hot br"))
  console.log(
    `bytes on the wire per /v1/search answer: identity ${bytesOf("s400 hot").toFixed(0)}, gzip ${bytesOf("s400 hot gzip").toFixed(0)} ` +
      `(${(bytesOf("s400 hot gzip") / bytesOf("s400 hot")).toFixed(2)}×), br ${bytesOf("s400 hot br").toFixed(0)} ` +
      `(${(bytesOf("s400 hot br") / bytesOf("s400 hot")).toFixed(2)}×)`,
  );

// Where a request's time goes, in-process (no network): search() alone, the whole app around it
// (validation, ETag, CORS, secure headers, request id, JSON), the answer cache's hit, the 304 path, and
// the serializer the routes call against JSON.stringify + encode for the same answer.
const cached = withAnswerCache(app.fetch, { maxEntries: 10, maxTotalSize: 1 << 20, maxEntrySize: 1 << 19 });
const searchRequest = () => new Request(`http://localhost${SEARCH_PATH}`);
await timePerCall(() => app.request(SEARCH_PATH), 200, 3);
const searchUs = await timePerCall(() => search(QUESTION, { limit: 10 }));
const appUs = await timePerCall(async () => (await app.request(SEARCH_PATH)).arrayBuffer());
const hitUs = await timePerCall(async () => (await cached(searchRequest())).arrayBuffer());
const notModifiedUs = await timePerCall(() =>
  app.request(SEARCH_PATH, { headers: { "If-None-Match": etag } }),
);
console.log(
  `\nin-process, median per request: search() ${searchUs.toFixed(1)} µs, whole app ${appUs.toFixed(1)} µs ` +
    `(app overhead ${(appUs - searchUs).toFixed(1)} µs), answer-cache hit ${hitUs.toFixed(1)} µs, ` +
    `304 revalidation ${notModifiedUs.toFixed(1)} µs`,
);
const { answerBytes } = await import("../dist/serializer.js");
const answer = { results: [...search(QUESTION, { limit: 10 })] };
const utf8 = new TextEncoder();
const syncTime = (fn, batch = 2000, rounds = 15) => {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1_000 / batch);
  }
  return median(samples);
};
syncTime(() => answerBytes(answer), 2000, 2);
const stringifyUs = syncTime(() => utf8.encode(JSON.stringify(answer)));
const fastUs = syncTime(() => answerBytes(answer));
console.log(
  `serializer, median per search answer (${utf8.encode(JSON.stringify(answer)).byteLength} bytes): answerBytes ${fastUs.toFixed(1)} µs, ` +
    `JSON.stringify + encode ${stringifyUs.toFixed(1)} µs (${(stringifyUs / fastUs).toFixed(2)}× as long)`,
);

if (failures.length > 0) {
  console.error(`errors or non-2xx answers in: ${failures.map((row) => row.name).join(", ")}`);
  process.exit(1);
}
