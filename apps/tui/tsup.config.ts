import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

/**
 * Yoga (Ink's layout engine) ships its WebAssembly inline, yet asks `typeof fetch` while loading it; on
 * Node 20 that one question loads the whole fetch implementation (undici), some 40-60 ms of every start.
 * The inline binary never needs fetch, so the bundled copy is told there is none.
 */
const yogaWithoutFetch: Plugin = {
  name: "yoga-without-fetch",
  setup(build) {
    build.onLoad({ filter: /yoga-wasm-base64-esm\.js$/ }, async ({ path }) => ({
      contents: (await readFile(path, "utf8")).replaceAll("typeof fetch", '"undefined"'),
      loader: "js",
    }));
  },
};

/**
 * string-width 8 (under Ink, and ours) builds `/^\p{RGI_Emoji}$/v` when it loads: V8 compiles that set of
 * emoji sequences up front, 40-80 ms of every start on this machine, though the app's first
 * frame has no emoji at all. The bundled copy asks it only of a cluster that can be one: every RGI emoji
 * holds a code point drawn as emoji by default, a VS16 (U+FE0F) or a keycap (U+20E3), checked over all
 * code points, flags and emojilib's list. That class takes 0.2 ms to build; the set is built on first use.
 */
const EAGER_RGI_EMOJI = "const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;";
const LAZY_RGI_EMOJI = [
  "const emojiCodePointRegex = /[\\p{Emoji_Presentation}\\uFE0F\\u20E3]/u;",
  "let rgiEmojiPattern;",
  "const rgiEmojiRegex = {",
  "  test: (segment) =>",
  "    emojiCodePointRegex.test(segment) &&",
  '    (rgiEmojiPattern ??= new RegExp("^\\\\p{RGI_Emoji}$", "v")).test(segment),',
  "};",
].join("\n");
const stringWidthLazyEmoji: Plugin = {
  name: "string-width-lazy-emoji",
  setup(build) {
    build.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async ({ path }) => {
      const contents = await readFile(path, "utf8");
      // Older copies (string-width 7, under wrap-ansi) have no such set and load as they are.
      if (!contents.includes("/^\\p{RGI_Emoji}$/v")) return undefined;
      // A newer string-width written differently must be looked at again, not shipped slow unnoticed.
      if (!contents.includes(EAGER_RGI_EMOJI)) throw new Error(`string-width-lazy-emoji: ${path} changed`);
      return { contents: contents.replace(EAGER_RGI_EMOJI, LAZY_RGI_EMOJI), loader: "js" };
    });
  },
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
  noExternal: [/^(?!@s400\/data$|react-devtools-core$)/],
  // Ink loads the React devtools only when DEV=true; they are not shipped.
  external: ["@s400/data", "react-devtools-core"],
  treeshake: true,
  minify: true,
  esbuildPlugins: [yogaWithoutFetch, stringWidthLazyEmoji],
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
