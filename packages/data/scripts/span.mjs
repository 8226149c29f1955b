#!/usr/bin/env node
// Authoring aid: prints the SourceSpan literal for words of a sentence, so offsets are never counted by hand.
// Usage: node scripts/span.mjs s05 "Ismail Demir" [occurrence=1]
import { readFileSync } from "node:fs";

const [sourceId, exact, occurrence = "1"] = process.argv.slice(2);
if (!sourceId || !exact) {
  console.error('usage: node scripts/span.mjs <sourceId> "<exact words>" [occurrence]');
  process.exit(2);
}
const lines = readFileSync(new URL("../source/s400-sanctions-cluster.txt", import.meta.url), "utf8").split("\n");
const text = lines[Number(sourceId.slice(1)) - 1];
if (text === undefined) {
  console.error(`no sentence ${sourceId}`);
  process.exit(2);
}
let start = -1;
for (let n = 0; n < Number(occurrence); n++) {
  start = text.indexOf(exact, start + 1);
  if (start < 0) {
    console.error(`"${exact}" does not occur ${occurrence} time(s) in ${sourceId}: ${text}`);
    process.exit(1);
  }
}
console.log(`{ sourceId: "${sourceId}", start: ${start}, end: ${start + exact.length}, exact: ${JSON.stringify(exact)} }`);
