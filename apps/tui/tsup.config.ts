import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

export default defineConfig({
  entry: { cli: "src/cli.tsx" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  sourcemap: true,
  clean: false,
  banner: { js: "#!/usr/bin/env node" },
  define: { __S400_TUI_VERSION__: JSON.stringify(version) },
  // @s400/api is private and never published: bundle its small typed client (and hono/client) into dist.
  noExternal: ["@s400/api", "hono"],
});
