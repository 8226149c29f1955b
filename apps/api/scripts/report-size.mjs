// Prints a bundle's raw and gzipped size, and fails the build if it creeps toward the Workers limit.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

// Workers' free plan allows 3 MiB gzipped; we keep a wide margin so growth is noticed long before that.
const LIMIT_GZIP = 3 * 1024 * 1024;
const BUDGET_GZIP = 1024 * 1024;

const file = process.argv[2] ?? "dist/worker.js";
const bytes = readFileSync(file);
const gzipped = gzipSync(bytes, { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `worker bundle ${file}: ${kib(bytes.length)} raw, ${kib(gzipped)} gzipped ` +
    `(${((gzipped / LIMIT_GZIP) * 100).toFixed(1)}% of the 3 MiB Workers free limit)`,
);
if (gzipped > BUDGET_GZIP) {
  console.error(`worker bundle is over its ${kib(BUDGET_GZIP)} gzipped budget`);
  process.exit(1);
}
