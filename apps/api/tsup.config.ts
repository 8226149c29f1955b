import { dirname } from "node:path";
import { defineConfig } from "tsup";

/**
 * zod's `locales` namespace re-exports the error messages of ~50 languages; the API only ever uses the
 * English one (which zod registers by itself), so in the Worker bundle the namespace holds `en` alone.
 * Measured on the same tree: 699.2 KiB raw / 165.9 KiB gzipped with every locale, 443.1 / 128.0 without.
 */
const englishZodLocalesOnly = {
  name: "english-zod-locales-only",
  setup(build: {
    onResolve(
      options: { filter: RegExp },
      callback: (args: { path: string; importer: string; resolveDir: string }) => unknown,
    ): void;
    onLoad(
      options: { filter: RegExp; namespace: string },
      callback: (args: { path: string }) => unknown,
    ): void;
  }) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: `${args.resolveDir}/${args.path.replace(/index\.js$/, "en.js")}`, namespace: "zod-locales" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: "js",
    }));
  },
};

export default defineConfig([
  {
    // The wrappers of the Node entry are entries of their own too, so the bench can serve the app without the cache.
    entry: {
      app: "src/app.ts",
      client: "src/client.ts",
      node: "src/node.ts",
      "node/compression": "src/node/compression.ts",
      "node/answer-cache": "src/node/answer-cache.ts",
      serializer: "src/answer-json.ts",
    },
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
    // The Worker that ships: wrangler uploads this file as it is (`no_bundle` in wrangler.jsonc), so the
    // size check below measures exactly what is deployed. Everything inlined, Web Standards only.
    entry: { worker: "src/worker.ts" },
    format: ["esm"],
    target: "es2022",
    platform: "neutral",
    noExternal: [/.*/],
    esbuildPlugins: [englishZodLocalesOnly],
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
