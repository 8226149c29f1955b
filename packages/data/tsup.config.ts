import { readFileSync } from "node:fs";
import MagicString from "magic-string";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

type Plugin = NonNullable<Options["plugins"]>[number];

/**
 * Writes every character outside ASCII as a `\u` escape, with a source map back to the text before.
 * esbuild escapes strings but leaves regular expression literals and kept comments as they are, and
 * one such character makes V8 hold the whole module as a two-byte string (the 327 kB index.js took
 * 654 kB of a cold process's young heap, and longer to decode): the ASCII bundle imports 0.5–1 ms
 * faster in a fresh Node 20 (fastest of 15 runs each). Inside a regular expression, a string or a
 * comment, `\uXXXX` means the same character (one escape per UTF-16 unit, so astral characters keep
 * their meaning too).
 */
const asciiOutput: Plugin = {
  name: "ascii-output",
  renderChunk(code, chunk) {
    if (!/[^\0-\x7f]/.test(code)) return;
    const text = new MagicString(code);
    for (const match of code.matchAll(/[^\0-\x7f]/g)) {
      const escaped = `\\u${match[0].charCodeAt(0).toString(16).padStart(4, "0")}`;
      text.overwrite(match.index, match.index + 1, escaped);
    }
    // Named after the chunk, so tsup can chain this map onto esbuild's (`applySourceMap`).
    return { code: text.toString(), map: text.generateMap({ hires: true, source: chunk.path }) };
  },
};

export default defineConfig({
  // The schema subpath is its own entry so that the main entry never loads zod (an optional peer).
  entry: { index: "src/index.ts", schema: "src/schema/index.ts", formats: "src/formats/index.ts" },
  external: ["zod"],
  // Each entry is one self-contained module (a browser can import dist/index.js alone); the schema
  // entry carries its own copy of the ids it enumerates.
  splitting: false,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  // `rm -rf dist` in the build script cleans once; two cleans would race.
  clean: false,
  define: { __S400_VERSION__: JSON.stringify(version) },
  plugins: [asciiOutput],
  // Terser shortens only the names inside functions and drops whitespace (367 kB -> 297 kB), so
  // Node has less to parse when it compiles the bundle and each function on its first call: a fresh
  // Node 20 process that imports it and answers once used about 3 ms less CPU (medians of 21,
  // alternating). Top-level names are kept (`module: false`, `toplevel: false`), so `S400Error`,
  // every class and every function keep their names in `.name` and stack traces. esbuild's minifier
  // renames them, and with `keepNames` it wraps every function in a `__name()` call, which took back
  // all but 0.5 ms of the gain. No `compress`: the code runs as written.
  minify: "terser",
  terserOptions: {
    module: false,
    toplevel: false,
    compress: false,
    mangle: { toplevel: false },
    format: { ascii_only: true, comments: false },
    sourceMap: true,
  },
});
