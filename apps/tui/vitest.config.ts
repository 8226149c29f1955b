import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    // Colours on, so the tests can tell a colourful frame from a NO_COLOR one.
    env: { FORCE_COLOR: "1" },
  },
});
