// Splits the start of the s400 app into its phases, in-process, to show where the time goes: importing
// @s400/data, its first queries (the names every view needs, then the Overview's meta), and importing the
// app's bundle (Ink, React, yoga and the views), with the reconciler's code cache (src/code-cache.ts) as
// every start after the first has it, and without (NODE_DISABLE_COMPILE_CACHE=1), in alternate runs.
// Medians of several runs, each in a fresh node. Usage: node bench/phases.mjs [runs]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const app = readdirSync(dist).find((file) => file.startsWith("interactive") && file.endsWith(".js"));
if (!app) {
  console.error("phases: build first (pnpm turbo run build --filter=@s400/tui...)");
  process.exit(1);
}
const runs = Number(process.argv.slice(2).find((arg) => arg !== "--") ?? 7);
const probe = `
  const t0 = performance.now();
  const data = await import("@s400/data");
  const t1 = performance.now();
  data.entities(); data.topics(); data.timeline(); data.claims();
  const t2 = performance.now();
  data.meta();
  const t3 = performance.now();
  await import(${JSON.stringify(`${dist}${app}`)});
  const t4 = performance.now();
  console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2, t4 - t3]));`;
// A temporary folder of its own for the code cache: these starts draw no frame, so the cache they write
// would lack the first frame's functions, and a later `s400` or bench would read it.
const cacheHome = mkdtempSync(join(tmpdir(), "s400-phases-"));
process.once("exit", () => rmSync(cacheHome, { recursive: true, force: true }));
const probeIn = (env) =>
  JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", probe], {
      cwd: dist,
      encoding: "utf8",
      env: { ...process.env, TMPDIR: cacheHome, ...env },
    }),
  );
// One start first, so the cache the others read is there.
probeIn({});
const samples = [];
const uncached = [];
for (let i = 0; i < runs; i++) {
  samples.push(probeIn({}));
  uncached.push(probeIn({ NODE_DISABLE_COMPILE_CACHE: "1" }));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const names = [
  "import @s400/data",
  "names and titles (4 queries)",
  "meta() for the Overview (hash shipped in the build)",
  "import the app (Ink, React, yoga, views)",
];
console.log(`s400 start phases (${runs} runs, medians; Node ${process.version})`);
for (const [i, name] of names.entries()) {
  console.log(`  ${name.padEnd(50)} ${median(samples.map((s) => s[i])).toFixed(1)} ms`);
}
console.log(
  `  ${"the same, without the code cache".padEnd(50)} ${median(uncached.map((s) => s[3])).toFixed(1)} ms`,
);
