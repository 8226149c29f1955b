import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import {
  appFromCache,
  builtinsAtNeed,
  inkOutput,
  lazyUnicode,
  reconcilerFromCache,
  yogaWithoutFetch,
} from "./bundle-plugins.js";

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
  // Everything but @s400/data goes into one file: @s400/api is private and never published (its typed
  // client and hono/client are small), and bundling Ink and React with their production builds and only
  // the parts used halves the time to the first frame (see bench/).
  noExternal: [/^(?!@s400\/data(\/formats|\/schema)?$|react-devtools-core$|jsonld$|zod$)/],
  // Ink loads the React devtools only when DEV=true; they are not shipped. jsonld (N-Quads for
  // `s400 export nquads` only) and @s400/data/schema with zod (parsing what `--api` reads) are
  // dependencies, loaded when asked for, not bundled.
  external: ["@s400/data", "@s400/data/formats", "@s400/data/schema", "react-devtools-core", "jsonld", "zod"],
  treeshake: true,
  // Kept, so the builtins-at-need plugin sees `node:process` (tsup would strip it to an external `process`).
  removeNodeProtocol: false,
  minify: true,
  esbuildPlugins: [
    yogaWithoutFetch,
    lazyUnicode,
    inkOutput,
    builtinsAtNeed,
    reconcilerFromCache,
    // The app itself, built apart with the same patches, from the code cache too.
    appFromCache([lazyUnicode, inkOutput, builtinsAtNeed, reconcilerFromCache]),
  ],
  define: {
    __S400_TUI_VERSION__: JSON.stringify(version),
    "process.env.NODE_ENV": JSON.stringify("production"),
  },
  banner: {
    // CommonJS parts of the bundle (React) still call require() for Node's built-ins.
    js: [
      "#!/usr/bin/env node",
      'import { createRequire as __s400CreateRequire } from "node:module";',
      "const require = __s400CreateRequire(import.meta.url);",
    ].join("\n"),
  },
});
