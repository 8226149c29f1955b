import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    // Colours on, so the tests can tell a colourful frame from a NO_COLOR one.
    env: { FORCE_COLOR: "1" },
    // The CLI tests start node a few dozen times; on a busy machine each start can take a second.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
