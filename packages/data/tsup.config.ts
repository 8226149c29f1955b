import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  entry: { index: "src/index.ts", formats: "src/formats/index.ts" },
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
