// The @s400/data benchmark, run against the built package like a user: search speed and quality next
// to a plain MiniSearch over the 15 raw sentences, cold import + first answer, and a scaling run.
// Usage: node bench/run.mjs [--quick] [--misses] [--baseline <dist dir>]
//   (build first: pnpm turbo run build --filter=@s400/data). --baseline times another build of the
//   package (say, an earlier commit's dist/) in the same run, alternating with this one: µs per
//   answer() and search(), and the cold start.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import MiniSearch from "minisearch";
import { buildPeer, evaluateSplit, peerAnswer, splits } from "./answers.mjs";
import { evaluate, fold, recordHaystack } from "./score.mjs";
import { scaledDataset } from "./synthetic.mjs";

const quick = process.argv.includes("--quick");
const here = new URL(".", import.meta.url);

// Install the built package into a scratch node_modules, as a user's project would have it. The
// bench then measures exactly that copy, even if dist/ is rebuilt while it runs.
const dist = new URL("../dist/", here);
if (!existsSync(new URL("index.js", dist))) {
  console.error("No built package: run `pnpm turbo run build --filter=@s400/data` first.");
  process.exit(1);
}
const consumer = mkdtempSync(join(tmpdir(), "s400-bench-"));
const installed = join(consumer, "node_modules", "@s400", "data");
cpSync(dist, join(installed, "dist"), { recursive: true });
cpSync(new URL("../package.json", here), join(installed, "package.json"));
process.on("exit", () => rmSync(consumer, { recursive: true, force: true }));
const data = await import(pathToFileURL(join(installed, "dist", "index.js")).href);

// An earlier build to compare against, installed the same way into its own scratch project.
const baselineAt = process.argv.indexOf("--baseline");
let baseline;
if (baselineAt !== -1) {
  const from = process.argv[baselineAt + 1];
  if (from === undefined || !existsSync(join(from, "index.js"))) {
    console.error("--baseline needs a directory holding a built index.js (a dist/ of @s400/data).");
    process.exit(1);
  }
  const project = mkdtempSync(join(tmpdir(), "s400-bench-baseline-"));
  const at = join(project, "node_modules", "@s400", "data");
  cpSync(from, join(at, "dist"), { recursive: true });
  cpSync(new URL("../package.json", here), join(at, "package.json"));
  process.on("exit", () => rmSync(project, { recursive: true, force: true }));
  baseline = { from, project, data: await import(pathToFileURL(join(at, "dist", "index.js")).href) };
}

const { questions } = JSON.parse(readFileSync(new URL("eval-questions.json", here), "utf8"));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 2) => n.toFixed(digits);

/** Median µs per call of `run(i)`, timed in batches of `batch` calls over `rounds` rounds after a warm-up. */
function microsPerCall(run, { batch, rounds }) {
  for (let i = 0; i < batch; i++) run(i);
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run(i);
    samples.push(((performance.now() - start) * 1000) / batch);
  }
  return median(samples);
}

// --- search: ours against the peer -------------------------------------------------------------
const entityNames = (value) => {
  if (!/^[a-z0-9-]+$/.test(value)) return undefined;
  const entity = data.findEntity(value);
  return entity?.id === value ? [entity.name, ...entity.aliases.map((a) => a.text)] : undefined;
};
const peer = new MiniSearch({
  fields: ["text"],
  storeFields: ["text"],
  searchOptions: { fuzzy: 0.2, prefix: true },
});
peer.addAll(data.sources().map((s) => ({ id: s.id, text: s.text })));

const ours = evaluate(questions, (q) =>
  data
    .search(q.q, { limit: 10 })
    .map((hit) => ({ id: hit.id, haystack: recordHaystack(hit.record, entityNames) })),
);
// The peer has no record ids: a hit counts when its sentence holds the answer.
const theirs = evaluate(questions, (q) =>
  peer
    .search(q.q)
    .slice(0, 10)
    .map((hit) => ({ id: `peer:${hit.id}`, haystack: fold(hit.text) })),
);

const heldOut = questions.filter((q) => q.holdout === true);
const oursHeldOut = evaluate(heldOut, (q) =>
  data
    .search(q.q, { limit: 10 })
    .map((hit) => ({ id: hit.id, haystack: recordHaystack(hit.record, entityNames) })),
);
const theirsHeldOut = evaluate(heldOut, (q) =>
  peer
    .search(q.q)
    .slice(0, 10)
    .map((hit) => ({ id: `peer:${hit.id}`, haystack: fold(hit.text) })),
);
const texts = questions.map((q) => q.q);
// Ours and the peer are timed in alternating rounds, so both see the same machine load; each round
// times every question several times over, and the figures are medians over the rounds.
const rounds = quick ? 7 : 31;
const batch = texts.length * 4;
const runOurs = (i) => data.search(texts[i % texts.length], { limit: 10 });
const runPeer = (i) => peer.search(texts[i % texts.length]).slice(0, 10);
for (let i = 0; i < batch * 5; i++) {
  runOurs(i);
  runPeer(i);
}
const oursSamples = [];
const peerSamples = [];
const ratioSamples = [];
for (let r = 0; r < rounds; r++) {
  const a = microsPerCall(runOurs, { batch, rounds: 1 });
  const b = microsPerCall(runPeer, { batch, rounds: 1 });
  oursSamples.push(a);
  peerSamples.push(b);
  ratioSamples.push(a / b);
}
const oursMicros = median(oursSamples);
const peerMicros = median(peerSamples);

console.log(`@s400/data bench — ${questions.length} evaluation questions, Node ${process.version}\n`);
console.log("search                      µs/query (median)   hit@1    hit@3    MRR");
console.log(
  `  @s400/data search          ${fmt(oursMicros).padStart(10)}        ${fmt(ours.hit1, 3)}    ${fmt(ours.hit3, 3)}    ${fmt(ours.mrr, 3)}`,
);
console.log(
  `  MiniSearch (15 sentences)  ${fmt(peerMicros).padStart(10)}        ${fmt(theirs.hit1, 3)}    ${fmt(theirs.hit3, 3)}    ${fmt(theirs.mrr, 3)}`,
);
console.log(
  `  ratio ours/peer: ${fmt(oursMicros / peerMicros, 3)}× the time per query (median of per-round ratios ${fmt(median(ratioSamples), 3)})`,
);
console.log(
  `  held-out questions only (${heldOut.length}, never tuned on): ours hit@1 ${fmt(oursHeldOut.hit1, 3)} hit@3 ${fmt(oursHeldOut.hit3, 3)} MRR ${fmt(oursHeldOut.mrr, 3)}; peer hit@1 ${fmt(theirsHeldOut.hit1, 3)} hit@3 ${fmt(theirsHeldOut.hit3, 3)} MRR ${fmt(theirsHeldOut.mrr, 3)}\n`,
);
if (process.argv.includes("--misses")) {
  for (const m of ours.misses) console.log(`  ours missed: ${m.q} (${m.answer}) → ${m.top.join(", ")}`);
  for (const m of theirs.misses) console.log(`  peer missed: ${m.q} (${m.answer}) → ${m.top.join(", ")}`);
}

// --- answers: ours against the peer, train and held-out apart -------------------------------------
const peerParts = buildPeer(data);
const pct = (n, of) => `${String(n).padStart(2)}/${of} (${fmt((100 * n) / (of || 1), 0).padStart(3)}%)`;
console.log(
  "answers (train, holdout to holdout22, holdout27, holdout29, holdout30: tuned on; holdout23 to holdout26, holdout28, holdout31 and later: written blind, the test sets: see bench/README.md)",
);
console.log(
  "                          right          wrong          none           abstained on unanswerable   strict hit@1  hit@3",
);
for (const [name, list] of Object.entries(splits)) {
  const { ours: a, theirs: b, oursSearch: s, theirsSearch: t } = evaluateSplit(data, peerParts, list);
  console.log(
    `  ${name.padEnd(8)} @s400/data  ${pct(a.right, a.answerable)}   ${pct(a.wrong, a.answerable)}   ${pct(a.none, a.answerable)}   ${pct(a.abstained, a.unanswerable)}                 ${fmt(s.hit1, 3)}         ${fmt(s.hit3, 3)}`,
  );
  console.log(
    `  ${"".padEnd(8)} MiniSearch  ${pct(b.right, b.answerable)}   ${pct(b.wrong, b.answerable)}   ${pct(b.none, b.answerable)}   ${pct(b.abstained, b.unanswerable)}                 ${fmt(t.hit1, 3)}         ${fmt(t.hit3, 3)}`,
  );
  // Held-out misses stay hidden: reading them would be tuning on them.
  if (process.argv.includes("--misses") && name === "train") {
    for (const f of a.failures)
      console.log(`    answer ${name}: ${f.q} → ${f.got} (want ${JSON.stringify(f.want)})`);
    for (const m of s.misses) console.log(`    search ${name}: ${m.q} → ${m.top.join(", ")}`);
  }
}
const asked = Object.values(splits)
  .flat()
  .map((q) => q.q);
const runAnswer = (i) => data.answer(asked[i % asked.length]);
const runSearch = (i) => data.search(asked[i % asked.length], { limit: 10 });
const runPeerSearch = (i) => peerParts.peer.search(asked[i % asked.length]).slice(0, 10);
const runPeerAnswer = (i) => peerAnswer(peerParts.peer, peerParts.byId, asked[i % asked.length]);
const answerBatch = asked.length * 2;
for (let i = 0; i < answerBatch * 3; i++) {
  runAnswer(i);
  runSearch(i);
  runPeerSearch(i);
}
const runBaselineAnswer = (i) => baseline.data.answer(asked[i % asked.length]);
const runBaselineSearch = (i) => baseline.data.search(asked[i % asked.length], { limit: 10 });
if (baseline !== undefined) {
  for (let i = 0; i < answerBatch * 3; i++) {
    runBaselineAnswer(i);
    runBaselineSearch(i);
  }
}
const timed = {
  answer: [],
  search: [],
  peerSearch: [],
  peerAnswer: [],
  ratio: [],
  baselineAnswer: [],
  baselineSearch: [],
};
for (let r = 0; r < rounds; r++) {
  const a = microsPerCall(runAnswer, { batch: answerBatch, rounds: 1 });
  const b = microsPerCall(runSearch, { batch: answerBatch, rounds: 1 });
  timed.answer.push(a);
  timed.search.push(b);
  timed.ratio.push(a / b);
  timed.peerSearch.push(microsPerCall(runPeerSearch, { batch: answerBatch, rounds: 1 }));
  timed.peerAnswer.push(microsPerCall(runPeerAnswer, { batch: answerBatch, rounds: 1 }));
  if (baseline !== undefined) {
    timed.baselineAnswer.push(microsPerCall(runBaselineAnswer, { batch: answerBatch, rounds: 1 }));
    timed.baselineSearch.push(microsPerCall(runBaselineSearch, { batch: answerBatch, rounds: 1 }));
  }
}
console.log(
  `  µs per call (median of ${rounds} alternating rounds over the ${asked.length} questions): answer() ${fmt(median(timed.answer))}, search() ${fmt(median(timed.search))}, answer/search ${fmt(median(timed.ratio), 2)}×; peer search ${fmt(median(timed.peerSearch))}, peer answer ${fmt(median(timed.peerAnswer))}${baseline === undefined ? "" : `; baseline answer() ${fmt(median(timed.baselineAnswer))}, search() ${fmt(median(timed.baselineSearch))}`}\n`,
);

// --- cold start ------------------------------------------------------------------------------------
// Each child reports the CPU time it used (user + system, from process start), which a loaded machine
// inflates far less than wall time; both are shown.
const reportCpu = "process.on('exit', () => console.log(JSON.stringify(process.cpuUsage())));";
function timeChild(code, cwd = consumer) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["-e", `${reportCpu} ${code}`], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const wall = performance.now() - start;
  if (result.status !== 0) throw new Error(`node -e ${code} exited with ${result.status}`);
  const { user, system } = JSON.parse(result.stdout.trim().split("\n").at(-1));
  return { wall, cpu: (user + system) / 1000 };
}
const firstSearch =
  "import('@s400/data').then((m) => { if (m.search('Who heads the SSB?').length === 0) process.exit(1); });";
const firstAnswer =
  "import('@s400/data').then((m) => { if (m.answer('Who heads the SSB?') === null) process.exit(1); });";
// The terminal app asks for meta() (the dataset's version and content hash) as it starts.
const firstMeta =
  "import('@s400/data').then((m) => { if (!/^[0-9a-f]{16}$/.test(m.meta().hash)) process.exit(1); });";
const runs = quick ? 5 : 21;
const bare = [];
const cold = [];
const coldAnswer = [];
const coldMeta = [];
const baselineCold = [];
const baselineColdAnswer = [];
const baselineColdMeta = [];
for (let i = 0; i < runs; i++) {
  bare.push(timeChild("0;"));
  cold.push(timeChild(firstSearch));
  coldAnswer.push(timeChild(firstAnswer));
  coldMeta.push(timeChild(firstMeta));
  if (baseline !== undefined) {
    baselineCold.push(timeChild(firstSearch, baseline.project));
    baselineColdAnswer.push(timeChild(firstAnswer, baseline.project));
    baselineColdMeta.push(timeChild(firstMeta, baseline.project));
  }
}
const wallOf = (list) => median(list.map((r) => r.wall));
const cpuOf = (list) => median(list.map((r) => r.cpu));
console.log(
  `cold start (median of ${runs} fresh processes; load average ${fmt(loadavg()[0], 1)} on ${availableParallelism()} cores)`,
);
console.log("                                          wall ms    CPU ms");
console.log(
  `  node -e 0                              ${fmt(wallOf(bare), 1).padStart(7)}   ${fmt(cpuOf(bare), 1).padStart(7)}`,
);
console.log(
  `  import('@s400/data') + first search    ${fmt(wallOf(cold), 1).padStart(7)}   ${fmt(cpuOf(cold), 1).padStart(7)}`,
);
console.log(
  `  import('@s400/data') + first answer    ${fmt(wallOf(coldAnswer), 1).padStart(7)}   ${fmt(cpuOf(coldAnswer), 1).padStart(7)}`,
);
console.log(
  `  import('@s400/data') + meta()          ${fmt(wallOf(coldMeta), 1).padStart(7)}   ${fmt(cpuOf(coldMeta), 1).padStart(7)}`,
);
console.log(
  `  difference, first search               ${fmt(wallOf(cold) - wallOf(bare), 1).padStart(7)}   ${fmt(cpuOf(cold) - cpuOf(bare), 1).padStart(7)}`,
);
console.log(
  `  difference, meta()                     ${fmt(wallOf(coldMeta) - wallOf(bare), 1).padStart(7)}   ${fmt(cpuOf(coldMeta) - cpuOf(bare), 1).padStart(7)}`,
);
console.log(
  `  difference, first answer               ${fmt(wallOf(coldAnswer) - wallOf(bare), 1).padStart(7)}   ${fmt(cpuOf(coldAnswer) - cpuOf(bare), 1).padStart(7)}   (goal ≤ 30 ms)${baseline === undefined ? "\n" : ""}`,
);
if (baseline !== undefined) {
  console.log(
    `  baseline + first search                ${fmt(wallOf(baselineCold) - wallOf(bare), 1).padStart(7)}   ${fmt(cpuOf(baselineCold) - cpuOf(bare), 1).padStart(7)}   (over node -e 0)`,
  );
  console.log(
    `  baseline + meta()                      ${fmt(wallOf(baselineColdMeta) - wallOf(bare), 1).padStart(7)}   ${fmt(cpuOf(baselineColdMeta) - cpuOf(bare), 1).padStart(7)}`,
  );
  console.log(
    `  baseline + first answer                ${fmt(wallOf(baselineColdAnswer) - wallOf(bare), 1).padStart(7)}   ${fmt(cpuOf(baselineColdAnswer) - cpuOf(bare), 1).padStart(7)}   (${baseline.from})\n`,
  );
}

// --- scaling ---------------------------------------------------------------------------------------
const sizes = quick ? [1, 10, 100] : [1, 10, 100, 1000];
const sample = texts.slice(0, 10);
console.log("scaling (synthetic datasets of k× the records; µs per call, median)");
console.log(
  "     k    records   index build ms   search µs   getEntity(id) µs   getEntity(alias) µs   citing µs",
);
let atOne;
const growth = [];
for (const k of sizes) {
  const dataset = scaledDataset(data.dataset, k);
  const records = Object.entries(dataset).reduce(
    (n, [key, list]) => (key === "version" ? n : n + list.length),
    0,
  );
  const queries = data.createQueries(dataset);
  const start = performance.now();
  queries.search("sanctions");
  queries.getEntity("ssb");
  queries.citing("s01");
  const buildMs = performance.now() - start;
  const ids = Array.from({ length: 64 }, (_, i) => `ssb${(i * 7919) % k === 0 ? "" : `-c${(i * 7919) % k}`}`);
  const sourceIds = Array.from(
    { length: 64 },
    (_, i) =>
      `s${String((i % 15) + 1).padStart(2, "0")}${(i * 104729) % k === 0 ? "" : `-c${(i * 104729) % k}`}`,
  );
  for (let i = 0; i < (k >= 1000 ? 10 : 300); i++) queries.search(sample[i % sample.length]);
  const searchMicros = microsPerCall((i) => queries.search(sample[i % sample.length]), {
    batch: k >= 1000 ? 10 : k >= 100 ? 20 : 100,
    rounds: quick ? 3 : k >= 1000 ? 5 : 9,
  });
  const byId = microsPerCall((i) => queries.getEntity(ids[i % ids.length]), { batch: 5000, rounds: 9 });
  const byAlias = microsPerCall(
    (i) => queries.getEntity(i % 2 ? "Defence Industry Directorate" : "Çavuşoğlu"),
    { batch: 5000, rounds: 9 },
  );
  const citingMicros = microsPerCall((i) => queries.citing(sourceIds[i % sourceIds.length]), {
    batch: 5000,
    rounds: 9,
  });
  atOne ??= { records, searchMicros, lookupMicros: byId + byAlias + citingMicros };
  console.log(
    `${String(k).padStart(6)} ${String(records).padStart(10)} ${fmt(buildMs, 1).padStart(16)} ${fmt(searchMicros).padStart(11)} ${fmt(byId, 3).padStart(18)} ${fmt(byAlias, 3).padStart(21)} ${fmt(citingMicros, 3).padStart(11)}`,
  );
  growth.push(
    `${String(k).padStart(6)}   records ×${fmt(records / atOne.records, 0)}   search ×${fmt(searchMicros / atOne.searchMicros, 1)}   lookups ×${fmt((byId + byAlias + citingMicros) / atOne.lookupMicros, 2)}`,
  );
}
console.log("\ngrowth against 1× (same run)");
for (const line of growth) console.log(line);
console.log(
  "\n(lookups are Map hits: their cost should stay flat as k grows; search cost grows with the postings it walks)",
);
