// Benchmarks the s400 app in a real pseudo-terminal (util-linux `script`), at 80×24:
//  1. time to the first drawn frame of `s400`, next to a bare `node -e 0` started the same way, with the
//     reconciler's code cache as every start after the first has it, and without it (a first start);
//  2. time from a keypress in search to the redrawn results (median and p90), next to `cat` echoing a key;
//  3. the same when four keys arrive in one chunk (key repeat, SSH, tmux send-keys).
// Medians over many runs, measured in the same run as their baseline. Usage: node bench/run.mjs [runs]
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
if (!existsSync(cli)) {
  console.error("bench: build first (pnpm turbo run build --filter=@s400/tui...)");
  process.exit(1);
}
// `pnpm bench -- 21` passes the "--" along.
const runsArg = process.argv.slice(2).find((arg) => arg !== "--");
const runs = runsArg === undefined ? 15 : Number(runsArg);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: the number of runs must be a whole number above 0, not "${runsArg}"`);
  process.exit(2);
}
const { CI: _ci, FORCE_COLOR: _fc, NO_COLOR: _nc, ...inherited } = process.env;
// A temporary folder of the bench's own, so the code cache (src/code-cache.ts keeps it there) is the one
// the warm-up starts below write, as a user's first session does, not one left by another run.
const cacheHome = mkdtempSync(join(tmpdir(), "s400-bench-"));
process.once("exit", () => rmSync(cacheHome, { recursive: true, force: true }));
const env = { ...inherited, TERM: "xterm-256color", TMPDIR: cacheHome };
const ESC = String.fromCharCode(27);
const plain = (text) => text.replace(new RegExp(`${ESC}\\[[0-9;?]*[A-Za-z]`, "g"), "");

/** Starts `command` in a pty of 80×24 (`stty` settings added); returns the process and a way to wait for output. */
function inPty(command, stty = "", extraEnv = {}) {
  const child = spawn("script", ["-qfec", `stty cols 80 rows 24 ${stty}; exec ${command}`, "/dev/null"], {
    env: { ...env, ...extraEnv },
    detached: true,
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  let waiters = [];
  child.stdout.on("data", (chunk) => {
    output += chunk.toString();
    const text = plain(output);
    waiters = waiters.filter((w) => {
      if (!w.test(text, output)) return true;
      w.resolve(performance.now());
      return false;
    });
  });
  let hasExited = false;
  const exited = new Promise((resolve) =>
    child.once("exit", () => {
      hasExited = true;
      for (const w of waiters)
        w.fail(new Error(`bench: s400 ended early; it printed:\n${plain(output).slice(-800)}`));
      waiters = [];
      resolve(performance.now());
    }),
  );
  return {
    child,
    exited,
    /** Resolves with the time `test(plainOutput)` first holds for output written after `from` characters. */
    waitFor(test, from = 0) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`bench: timed out; output so far:\n${plain(output).slice(-800)}`)),
          15_000,
        );
        const w = {
          test: (text, raw) => test(plain(raw.slice(from)), text),
          resolve: (time) => {
            clearTimeout(timer);
            resolve(time);
          },
          fail: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        if (w.test(plain(output), output)) w.resolve(performance.now());
        else if (hasExited)
          w.fail(new Error(`bench: s400 ended early; it printed:\n${plain(output).slice(-800)}`));
        else waiters.push(w);
      });
    },
    get length() {
      return output.length;
    },
    write: (text) => child.stdin.write(text),
    kill() {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    },
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

async function bareNode() {
  const start = performance.now();
  const pty = inPty(`${process.execPath} -e 0`);
  const end = await pty.exited;
  return end - start;
}

// S400_BENCH_BEFORE=<another dist/cli.js> also times that build's first frame, in the same turns.
const before = process.env.S400_BENCH_BEFORE;

/**
 * The CPU time the main thread of the node that `script` started has used so far (Linux), or undefined:
 * unlike the time to the frame, a busy machine hardly moves it, so builds compare on a shared machine.
 */
function mainThreadCpu(scriptPid) {
  try {
    const [node] = readFileSync(`/proc/${scriptPid}/task/${scriptPid}/children`, "utf8").trim().split(/\s+/);
    return Number(readFileSync(`/proc/${node}/task/${node}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return undefined;
  }
}

/** Node's own switch for its compile cache, which src/code-cache.ts follows too. */
const NO_CODE_CACHE = { NODE_DISABLE_COMPILE_CACHE: "1" };

/** Times a start to its first frame; `cpu` collects the main thread's CPU time by then, where it can be read. */
async function firstFrame(path = cli, extraEnv = {}, cpu = []) {
  const start = performance.now();
  const pty = inPty(`${process.execPath} ${path}`, "", extraEnv);
  const drawn = await pty.waitFor((text) => text.includes("s400 · Overview") && text.includes("q quit"));
  const used = mainThreadCpu(pty.child.pid);
  if (used !== undefined) cpu.push(used);
  pty.write("q");
  await Promise.race([pty.exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
  pty.kill();
  return drawn - start;
}

/** Opens search in a fresh app (this build, or another at `path`) and hands `type(pty)` the pty; quits afterwards. */
async function inSearch(type, path = cli) {
  const pty = inPty(`${process.execPath} ${path}`);
  await pty.waitFor((text) => text.includes("s400 · Overview"));
  pty.write("/");
  await pty.waitFor((text) => text.includes("search the story"));
  const samples = await type(pty);
  pty.write(`${ESC}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  pty.write("q");
  await Promise.race([pty.exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
  pty.kill();
  return samples;
}

/** Writes `keys` in one write and resolves with the time until the results for `query` are drawn. */
async function timed(pty, keys, query) {
  // Space the writes wider than a frame, as a person types.
  await new Promise((resolve) => setTimeout(resolve, 60));
  const from = pty.length;
  const start = performance.now();
  pty.write(keys);
  const drawn = await pty.waitFor((fresh) => fresh.includes(`for “${query}”`), from);
  return drawn - start;
}

/** One key at a time: type a word, then erase it, timing each key until its results are drawn. */
function keypresses(rounds, path = cli) {
  return inSearch(async (pty) => {
    const samples = [];
    const word = "Demir";
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < word.length; i++) samples.push(await timed(pty, word[i], word.slice(0, i + 1)));
      for (let i = word.length - 1; i >= 1; i--) samples.push(await timed(pty, "\u007f", word.slice(0, i)));
      await new Promise((resolve) => setTimeout(resolve, 60));
      pty.write("\u007f");
    }
    return samples;
  }, path);
}

/** Four keys in one chunk: four letters typed, then four Backspaces, each chunk timed to its results. */
function chunks(rounds, path = cli) {
  return inSearch(async (pty) => {
    const samples = [];
    for (let round = 0; round < rounds; round++) {
      samples.push(await timed(pty, "Demi", "Demi"));
      samples.push(await timed(pty, "r\u007f\u007f\u007f", "De"));
      await new Promise((resolve) => setTimeout(resolve, 60));
      pty.write("\u007f\u007f");
    }
    return samples;
  }, path);
}

/** The same keys echoed back by `cat` (raw mode, no tty echo) in the same kind of pty: the cost of the path itself. */
async function echoes(count) {
  const pty = inPty("cat", "raw -echo");
  const samples = [];
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const from = pty.length;
    const start = performance.now();
    pty.write(String.fromCharCode(97 + (i % 26)));
    samples.push((await pty.waitFor((fresh) => fresh.length > 0, from)) - start);
  }
  pty.kill();
  return samples;
}

const bare = [];
const frames = [];
const framesUncached = [];
const framesBefore = [];
const cpu = { frames: [], uncached: [], before: [] };
// One start of each build first, so the code cache the measured starts read is there.
await firstFrame();
if (before) await firstFrame(before);
// Alternate them, so a busy moment on the machine hits each alike.
for (let i = 0; i < runs; i++) {
  bare.push(await bareNode());
  frames.push(await firstFrame(cli, {}, cpu.frames));
  framesUncached.push(await firstFrame(cli, NO_CODE_CACHE, cpu.uncached));
  if (before) framesBefore.push(await firstFrame(before, {}, cpu.before));
}
const keys = [];
const chunked = [];
const keysBefore = [];
const chunkedBefore = [];
if (before) {
  // Both builds in alternating sessions, which goes first swapping every turn (an A/A run of one build
  // against a copy of itself measured 1.22× when this build always went first), so a busy moment on the
  // machine, or going first, favours neither.
  // Sessions of several rounds each, as in the single-build run, so the first query of a session (code
  // run for the first time) weighs on the medians no more than there.
  for (let turn = 0; turn < 4; turn++) {
    const order = turn % 2 === 0 ? [cli, before] : [before, cli];
    for (const path of order) (path === cli ? keys : keysBefore).push(...(await keypresses(2, path)));
    for (const path of order) (path === cli ? chunked : chunkedBefore).push(...(await chunks(5, path)));
  }
} else {
  keys.push(...(await keypresses(5)));
  chunked.push(...(await chunks(10)));
}
const echo = await echoes(keys.length);

const p90 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.9))];
const overhead = median(frames) - median(bare);
console.log(
  `s400 bench (${runs} starts, ${keys.length} keypresses, ${chunked.length} chunks of four keys; pty 80×24 via script; Node ${process.version})`,
);
console.log(`  bare node -e 0 (start to exit)        median ${ms(median(bare))}`);
console.log(`  s400 (start to first full frame)      median ${ms(median(frames))}`);
console.log(
  `  first frame over bare Node            ${ms(overhead)}  (goal ≤ 150 ms) ${overhead <= 150 ? "ok" : "MISSED"}`,
);
console.log(
  `  the same without the code cache       ${ms(median(framesUncached) - median(bare))}  (a first start; NODE_DISABLE_COMPILE_CACHE=1)`,
);
if (before) {
  console.log(
    `  ${before} first frame over bare Node: ${ms(median(framesBefore) - median(bare))} (this build ${ms(overhead)})`,
  );
}
if (cpu.frames.length > 0) {
  const others = [`without the code cache ${ms(median(cpu.uncached))}`];
  if (before) others.push(`${before} ${ms(median(cpu.before))}`);
  console.log(
    `  main thread's CPU to the first frame  median ${ms(median(cpu.frames))}  (${others.join("; ")})`,
  );
}
console.log(`  pty echo of a key by cat (baseline)   median ${ms(median(echo))}, p90 ${ms(p90(echo))}`);
console.log(
  `  keypress to redrawn search results    median ${ms(median(keys))}, p90 ${ms(p90(keys))}  (goal p90 ≤ 20 ms) ${p90(keys) <= 20 ? "ok" : "MISSED"}`,
);
console.log(
  `  four keys in one chunk to results     median ${ms(median(chunked))}, p90 ${ms(p90(chunked))}  (goal p90 ≤ 20 ms) ${p90(chunked) <= 20 ? "ok" : "MISSED"}`,
);
if (before) {
  const ratio = (mine, theirs) => `${(median(mine) / median(theirs)).toFixed(2)}×`;
  console.log(
    `  ${before}, in alternating sessions: keypress median ${ms(median(keysBefore))}, p90 ${ms(p90(keysBefore))}; four keys median ${ms(median(chunkedBefore))}, p90 ${ms(p90(chunkedBefore))}`,
  );
  console.log(
    `  this build against it (median ratio)  keypress ${ratio(keys, keysBefore)}, four keys ${ratio(chunked, chunkedBefore)}`,
  );
}
