#!/usr/bin/env node
// Authoring aid: prints the SourceSpan literal for words of a sentence, so offsets are never counted by hand.
// Usage: node scripts/span.mjs s05 "Ismail Demir" [occurrence=1]
//        node scripts/span.mjs --fill src/facts/statements.ts …  (replaces each `span("s05", "Ismail Demir"[, n])`
//        marker in the files with its literal, so records can be written by their words and checked by the build)
import { readFileSync, writeFileSync } from "node:fs";

const lines = readFileSync(new URL("../source/s400-sanctions-cluster.txt", import.meta.url), "utf8").split(
  "\n",
);

function literal(sourceId, exact, occurrence = 1) {
  const text = /^s\d\d$/.test(sourceId) ? lines[Number(sourceId.slice(1)) - 1] : undefined;
  if (text === undefined) throw new Error(`no sentence ${sourceId}`);
  let start = -1;
  for (let n = 0; n < occurrence; n++) {
    start = text.indexOf(exact, start + 1);
    if (start < 0) throw new Error(`"${exact}" does not occur ${occurrence} time(s) in ${sourceId}: ${text}`);
  }
  return `{ sourceId: "${sourceId}", start: ${start}, end: ${start + exact.length}, exact: ${JSON.stringify(exact)} }`;
}

const args = process.argv.slice(2);
try {
  if (args[0] === "--fill") {
    // A trailing comma is allowed, as the formatter writes a marker split over lines.
    const marker = /span\(\s*"(s\d\d)",\s*("(?:[^"\\]|\\.)*")\s*(?:,\s*(\d+)\s*)?,?\s*\)/g;
    for (const file of args.slice(1)) {
      const before = readFileSync(file, "utf8");
      let count = 0;
      const after = before.replace(marker, (_, sourceId, exact, occurrence) => {
        count++;
        return literal(sourceId, JSON.parse(exact), Number(occurrence ?? 1));
      });
      if (after !== before) writeFileSync(file, after);
      console.log(`${file}: ${count} span(s) filled`);
    }
  } else {
    const [sourceId, exact, occurrence = "1"] = args;
    if (!sourceId || !exact) {
      console.error('usage: node scripts/span.mjs <sourceId> "<exact words>" [occurrence] | --fill <files…>');
      process.exit(2);
    }
    console.log(literal(sourceId, exact, Number(occurrence)));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
