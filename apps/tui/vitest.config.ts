import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Ink's own reconciler instance (see src/hooks/flush-sync.ts); tsup reads the same alias from tsconfig.json.
  resolve: {
    alias: {
      "#ink-reconciler": fileURLToPath(new URL("./node_modules/ink/build/reconciler.js", import.meta.url)),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "*.test.ts"],
    // Colours on, so the tests can tell a colourful frame from a NO_COLOR one.
    env: { FORCE_COLOR: "1" },
    // The CLI tests start node a few dozen times; on a busy machine each start can take a second.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
