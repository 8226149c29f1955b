import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { app: "src/app.ts", client: "src/client.ts", node: "src/node.ts" },
    format: ["esm"],
    dts: { entry: { app: "src/app.ts", client: "src/client.ts" } },
    target: "es2022",
    platform: "node",
    sourcemap: true,
    clean: false,
    // `pnpm dev` serves the app after every rebuild (tsup restarts it); only this config may, or two
    // servers would race for the port.
    ...(process.env.S400_API_DEV ? { onSuccess: "node dist/node.js" } : {}),
  },
  {
    // A self-contained Worker bundle: everything inlined, Web Standards only, no Node built-ins.
    entry: { worker: "src/worker.ts" },
    format: ["esm"],
    target: "es2022",
    platform: "neutral",
    noExternal: [/.*/],
    esbuildOptions(options) {
      options.conditions = ["workerd", "worker", "browser", "import", "default"];
      options.mainFields = ["module", "main"];
    },
    minify: true,
    treeshake: true,
    sourcemap: false,
    clean: false,
    onSuccess: "node scripts/report-size.mjs dist/worker.js",
  },
]);
