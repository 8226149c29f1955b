import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

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
});
