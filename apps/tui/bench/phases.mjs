// Times the phases of the app's start in-process: module loading, the data, the first render.
const t0 = performance.now();
const { createRequire } = await import("node:module");
const fs = await import("node:fs");
const dir = process.argv[2] ?? new URL("../dist", import.meta.url).pathname;
const files = fs.readdirSync(dir);
const find = (p) => files.find((f) => f.startsWith(p) && f.endsWith(".js"));
const data = await import("@s400/data");
const t1 = performance.now();
data.entities();
data.topics();
data.timeline();
data.claims();
data.meta();
const t2 = performance.now();
await import(`${dir}/${find("interactive")}`);
const t3 = performance.now();
console.log(
  `data import ${(t1 - t0).toFixed(0)} ms, boot queries ${(t2 - t1).toFixed(0)} ms, interactive chunk ${(t3 - t2).toFixed(0)} ms`,
);
