/** esbuild plugins for the CLI bundle: they take work out of every start that the app never needs. */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { isBuiltin } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/** Yoga's own decoding of its inline WebAssembly: `atob`, then a loop over every byte. */
const YOGA_ATOB_DECODE =
  "var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c";
/** Node's native base64 decoder: 0.5 ms for the same 95 kB, against 4-10 ms. */
const YOGA_BUFFER_DECODE = 'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))';

/**
 * Yoga (Ink's layout engine) ships its WebAssembly inline, yet asks `typeof fetch` while loading it; on
 * Node 20 that one question loads the whole fetch implementation (undici), some 40-60 ms of every start.
 * The inline binary never needs fetch, so the bundled copy is told there is none; and it decodes the
 * binary with Buffer rather than `atob` and a loop in JavaScript.
 */
export function withoutFetch(source: string, path: string): string {
  // A newer yoga written differently must be looked at again, not shipped slow unnoticed.
  if (!source.includes("typeof fetch") || !source.includes(YOGA_ATOB_DECODE))
    throw new Error(`yoga-without-fetch: ${path} changed`);
  return source.replaceAll("typeof fetch", '"undefined"').replace(YOGA_ATOB_DECODE, YOGA_BUFFER_DECODE);
}

export const yogaWithoutFetch: Plugin = {
  name: "yoga-without-fetch",
  setup(build) {
    build.onLoad({ filter: /yoga-wasm-base64-esm\.js$/ }, async ({ path }) => ({
      contents: withoutFetch(await readFile(path, "utf8"), path),
      loader: "js",
    }));
  },
};

/**
 * A cluster that can be an RGI emoji: every one holds a code point drawn as emoji by default, a VS16
 * (U+FE0F) or a keycap (U+20E3); bundle-plugins.test.ts checks it against V8's own set.
 */
export const EMOJI_CANDIDATE = /\p{Emoji_Presentation}|\uFE0F|\u20E3/u;

const EAGER_RGI_EMOJI = "const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;";
const LAZY_RGI_EMOJI = [
  `const emojiCandidateRegex = ${EMOJI_CANDIDATE};`,
  "let rgiEmojiPattern;",
  "const rgiEmojiRegex = {",
  "  test: (segment) =>",
  "    emojiCandidateRegex.test(segment) &&",
  '    (rgiEmojiPattern ??= new RegExp("^\\\\p{RGI_Emoji}$", "v")).test(segment),',
  "};",
].join("\n");

/**
 * string-width 8 (under Ink, and ours) holds the literal `/^\p{RGI_Emoji}$/v`, and V8 builds that set of
 * emoji sequences when it parses the file: about 30 ms of every start here (40-80 ms on a busy machine),
 * though the first frame has no emoji at all. The patched copy asks the set only about a cluster that
 * can be an emoji (a class that takes 0.2 ms to build) and builds it the first time one comes.
 * Returns `undefined` for a copy without the literal (string-width 7, under wrap-ansi, has none).
 */
export function withLazyEmojiSet(source: string, path: string): string | undefined {
  if (!source.includes("/^\\p{RGI_Emoji}$/v")) return undefined;
  // A newer string-width written differently must be looked at again, not shipped slow unnoticed.
  if (!source.includes(EAGER_RGI_EMOJI)) throw new Error(`string-width-lazy-emoji: ${path} changed`);
  return source.replace(EAGER_RGI_EMOJI, LAZY_RGI_EMOJI);
}

/** Where the bundle's libraries get their segmenter from: ours, which leaves ICU alone until needed. */
const SEGMENTER_MODULE = fileURLToPath(new URL("./src/graphemes.ts", import.meta.url));
const INTL_SEGMENTER = "new Intl.Segmenter(";

/**
 * string-width 7 and 8, slice-ansi and ansi-tokenize (all under Ink) each make an `Intl.Segmenter` as
 * they load, and the first one of a process costs 20-60 ms (ICU), though the first frame holds no text
 * that needs it. The bundled copies make src/graphemes.ts's `Segmenter` instead, which answers text of
 * lone code points itself with the same clusters and makes the real one on first need.
 */
export function withLazySegmenter(source: string, path: string): string {
  // A newer copy that no longer makes one must be looked at again, not patched blindly.
  if (!source.includes(INTL_SEGMENTER)) throw new Error(`lazy-segmenter: ${path} changed`);
  const patched = source.replaceAll(INTL_SEGMENTER, "new __s400Segmenter(");
  return `import { Segmenter as __s400Segmenter } from ${JSON.stringify(SEGMENTER_MODULE)};\n${patched}`;
}

/** string-width 8's own fast path, after which the lone-code-point one goes. */
const ASCII_WIDTH = "if (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;\n\t}";
const ALONE_WIDTH = [
  "",
  "\tconst __s400Width = __s400AloneWidth(string, (codePoint) =>",
  "\t\teastAsianWidth(codePoint, {ambiguousAsWide: !ambiguousIsNarrow}));",
  "\tif (__s400Width !== undefined) {",
  "\t\treturn __s400Width;",
  "\t}",
].join("\n");

/**
 * string-width 8 measures any text beyond printable ASCII with a segmenter and three Unicode-property
 * regexes, built on first use: a few ms of the first frame (borders, "…", "’"). The patched copy first
 * asks src/graphemes.ts's `aloneWidth`, which answers text of lone code points with the same widths.
 * Returns `undefined` for a copy without that fast path (string-width 7 measures differently).
 */
export function withAloneWidth(source: string, path: string): string | undefined {
  if (!source.includes("/^[\\u0020-\\u007E]*$/.test(string)")) return undefined;
  if (!source.includes(ASCII_WIDTH)) throw new Error(`string-width-alone-width: ${path} changed`);
  const patched = source.replace(ASCII_WIDTH, `${ASCII_WIDTH}\n${ALONE_WIDTH}`);
  return `import { aloneWidth as __s400AloneWidth } from ${JSON.stringify(SEGMENTER_MODULE)};\n${patched}`;
}

/** The files of the libraries above that make a segmenter as they load. */
export const SEGMENTER_USERS =
  /[\\/](?:string-width[\\/]index|slice-ansi[\\/]tokenize-ansi|@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize)\.js$/;

export const lazyUnicode: Plugin = {
  name: "lazy-unicode",
  setup(build) {
    build.onLoad({ filter: SEGMENTER_USERS }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      // string-width 8 also gets its emoji set made lazily and its widths of lone code points at once;
      // one onLoad per file, so all of it happens here.
      const emoji = withLazyEmojiSet(source, path) ?? source;
      return { contents: withLazySegmenter(withAloneWidth(emoji, path) ?? emoji, path), loader: "js" };
    });
  },
};

const EVERY_DIFF = "ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));";
const CHANGED_DIFF = [
  "const previous = chars[i - 1].styles;",
  "if (!__s400SameStyles(previous, char.styles)) {",
  "  ret += ansiCodesToString(diffAnsiCodes(previous, char.styles));",
  "}",
].join("\n");
/** Two styles of the same codes, in order: nothing to switch between them (diffAnsiCodes gives []). */
const SAME_STYLES = [
  "function __s400SameStyles(a, b) {",
  "  if (a === b) return true;",
  "  if (a.length !== b.length) return false;",
  "  for (let i = 0; i < a.length; i++) {",
  "    if (a[i] !== b[i] && (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode)) return false;",
  "  }",
  "  return true;",
  "}",
].join("\n");

/**
 * Ink turns each row of every frame back into a string with ansi-tokenize's `styledCharsToString`,
 * which works out the codes between every two neighbouring cells with `diffAnsiCodes` (three Sets and
 * four arrays a cell, 1,920 cells a frame at 80×24): 40% of Ink's output pass on a keypress. Neighbours
 * in the same style (blank cells, a run of text) need no codes at all, which the patched copy sees
 * first; bundle-plugins.test.ts checks it draws the same strings.
 */
export function withSameStyleRuns(source: string, path: string): string {
  if (!source.includes(EVERY_DIFF)) throw new Error(`ansi-tokenize-same-style: ${path} changed`);
  return `${source.replace(EVERY_DIFF, CHANGED_DIFF)}\n${SAME_STYLES}\n`;
}

const CACHES_PER_FRAME = "    caches = new OutputCaches();";
const SHARED_CACHES = [
  "let __s400Caches;",
  "/** One set of caches for every frame, started afresh when it holds more than 2,000 texts. */",
  "function __s400SharedCaches() {",
  "    const { styledChars, widths, blockWidths } = __s400Caches ?? {};",
  "    if (!__s400Caches || styledChars.size + widths.size + blockWidths.size > 2000) {",
  "        __s400Caches = new OutputCaches();",
  "    }",
  "    return __s400Caches;",
  "}",
].join("\n");

/**
 * Ink's output pass caches each line's cells and widths (Ink PR #835), but in a cache made afresh for
 * every frame, so a keypress tokenizes the header, footer, borders and unchanged rows again. The cells
 * are never changed once made, so the patched copy keeps one bounded cache for every frame.
 */
export function withSharedOutputCaches(source: string, path: string): string {
  if (!source.includes(CACHES_PER_FRAME) || !source.includes("class OutputCaches {"))
    throw new Error(`ink-shared-output-caches: ${path} changed`);
  return `${source.replace(CACHES_PER_FRAME, "    caches = __s400SharedCaches();")}\n${SHARED_CACHES}\n`;
}

export const inkOutput: Plugin = {
  name: "ink-output",
  setup(build) {
    build.onLoad(
      { filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/ },
      async ({ path }) => ({
        contents: withSameStyleRuns(await readFile(path, "utf8"), path),
        loader: "js",
      }),
    );
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, async ({ path }) => ({
      contents: withSharedOutputCaches(await readFile(path, "utf8"), path),
      loader: "js",
    }));
  },
};

const EAGER_CHILD_PROCESS = "import {execFileSync} from 'node:child_process';";
const LAZY_CHILD_PROCESS =
  "const execFileSync = (...arguments_) => process.getBuiltinModule('node:child_process').execFileSync(...arguments_);";

/**
 * terminal-size (Ink's fallback when stdout has no size) imports `child_process` for `tput` and `resize`,
 * which it runs only when the terminal does not say its size; loading it (with `net`, `dgram` and their
 * internals) costs every start about 1.5 ms. The bundled copy loads it the first time it runs one.
 */
export function withLazyChildProcess(source: string, path: string): string {
  if (!source.includes(EAGER_CHILD_PROCESS))
    throw new Error(`terminal-size-lazy-child-process: ${path} changed`);
  return source.replace(EAGER_CHILD_PROCESS, LAZY_CHILD_PROCESS);
}

const EAGER_ASSERT = "var assert = require('assert')";
/** The one assertion signal-exit makes, with `assert.equal`'s meaning; `assert` loads only if it fails. */
const LAZY_ASSERT = [
  "var assert = {",
  "    equal: function (actual, expected, message) {",
  "      if (actual != expected) {",
  "        throw new (require('assert').AssertionError)({ message: message, actual: actual, expected: expected, operator: '==' })",
  "      }",
  "    }",
  "  }",
].join("\n");

/**
 * signal-exit 3 (under Ink and restore-cursor) loads Node's `assert` (about 1 ms, with its internals) to
 * check once that it was given a function. The bundled copy checks it the same way without loading it.
 */
export function withoutEagerAssert(source: string, path: string): string {
  if (!source.includes(EAGER_ASSERT) || !source.includes("assert.equal(typeof cb, 'function',"))
    throw new Error(`signal-exit-lazy-assert: ${path} changed`);
  return source.replace(EAGER_ASSERT, LAZY_ASSERT);
}

/**
 * The global `process` as a module, with the names the bundle's libraries import from it (a library that
 * imports another fails the build rather than get `undefined`). An ES module, not `module.exports`, so
 * each importer is not given its own copy of every property (esbuild's CommonJS interop).
 */
export const GLOBAL_PROCESS = [
  "const { process } = globalThis;",
  "export default process;",
  "export const { cwd, env } = process;",
].join("\n");

/**
 * Node's built-ins that the bundle's libraries load though the first frame never uses them.
 * `import process from 'node:process'` (in Ink, chalk and a dozen more) is the global `process`, but as
 * an ES module import Node builds its namespace by reading every property of `process`, which loads
 * `process.report` and more: about 3 ms of every start. Here it is the global itself, as in CommonJS.
 */
export const builtinsAtNeed: Plugin = {
  name: "builtins-at-need",
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, () => ({ path: "process", namespace: "s400-global" }));
    build.onLoad({ filter: /^process$/, namespace: "s400-global" }, () => ({
      contents: GLOBAL_PROCESS,
      loader: "js",
    }));
    build.onLoad({ filter: /[\\/]terminal-size[\\/]index\.js$/ }, async ({ path }) => ({
      contents: withLazyChildProcess(await readFile(path, "utf8"), path),
      loader: "js",
    }));
    build.onLoad({ filter: /[\\/]signal-exit[\\/]index\.js$/ }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      // signal-exit 4 (ESM, no assert) is left as it is.
      return source.includes(EAGER_ASSERT)
        ? { contents: withoutEagerAssert(source, path), loader: "js" }
        : undefined;
    });
  },
};

/** Where the bundle's code cache lives: runs a shipped CommonJS file through V8's code cache. */
const CODE_CACHE_MODULE = fileURLToPath(new URL("./src/code-cache.ts", import.meta.url));

/**
 * The bundle's stand-in for a CommonJS file shipped beside it as `file`: the same exports, from the file
 * run through the code cache, with the bundled copies of what it requires.
 */
export function cachedStandIn(file: string, source: string): string {
  const required = [
    ...new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] as string)),
  ];
  const dependencies = required
    .map((id) => `${JSON.stringify(id)}: require(${JSON.stringify(id)})`)
    .join(", ");
  return `module.exports = require(${JSON.stringify(CODE_CACHE_MODULE)}).loadCached(${JSON.stringify(file)}, { ${dependencies} });\n`;
}

/**
 * React's reconciler is the largest file of the bundle (117 kB minified), and compiling it and the
 * functions the first frame calls is work every start repeated: run through V8's code cache, it costs the
 * main thread 11-12 ms less CPU to the first frame than compiled afresh (medians of 21 starts in
 * bench/run.mjs, which times both; with the built-ins above, 19-23 ms less than before). Node 20 keeps
 * no compile cache of its own (`module.enableCompileCache` is Node 22's, and it leaves vm scripts alone),
 * so the file is named by its content and runs through src/code-cache.ts, which keeps the cache in the
 * user's temporary folder.
 */
export const reconcilerFromCache: Plugin = {
  name: "reconciler-from-cache",
  setup(build) {
    let shipped: { file: string; contents: string } | undefined;
    build.onLoad(
      { filter: /[\\/]react-reconciler[\\/]cjs[\\/]react-reconciler\.production\.js$/ },
      async ({ path }) => {
        const source = await readFile(path, "utf8");
        const { code } = await build.esbuild.transform(source, { minify: true, target: "node20" });
        const hash = createHash("sha256").update(code).digest("hex").slice(0, 8);
        shipped = { file: `react-reconciler-${hash}.cjs`, contents: code };
        return { contents: cachedStandIn(shipped.file, source), loader: "js" };
      },
    );
    build.onEnd(async (result) => {
      const { outdir } = build.initialOptions;
      if (!shipped || !outdir || result.errors.length > 0) return;
      await mkdir(outdir, { recursive: true });
      await writeFile(join(outdir, shipped.file), shipped.contents);
    });
  },
};

/** The interactive app's entry, which the CLI imports when it draws the app. */
const APP_ENTRY = fileURLToPath(new URL("./src/interactive.tsx", import.meta.url));
const CLI_ENTRY = fileURLToPath(new URL("./src/cli.tsx", import.meta.url));

/**
 * Modules the app file gets from the bundle, by these names, instead of its own copy: data/source.ts
 * keeps which answers have settled (the app's first frame asks it about answers that local.ts, outside
 * the app, settled) and DataSourceError, which the CLI tells apart; code-cache.ts finds the files beside
 * the bundle through import.meta.url, which a CommonJS file does not have.
 */
export const SHARED_MODULES: Readonly<Record<string, string>> = {
  [fileURLToPath(new URL("./src/data/source.ts", import.meta.url))]: "s400:data-source",
  [CODE_CACHE_MODULE]: "s400:code-cache",
};

/**
 * Packages the app file is handed rather than bundled: yoga-layout waits for its WebAssembly with a
 * top-level await, which a CommonJS file cannot hold, so it loads beside the bundle and the app gets its
 * default export (all Ink imports); @s400/data and zod are dependencies, never bundled.
 */
const HANDED_PACKAGES = /^(?:yoga-layout|@s400\/data(?:\/.*)?|zod)$/;

const INK_DEVTOOLS = "await import('./devtools.js');";
const NO_DEVTOOLS =
  "throw Object.assign(new Error(\"react-devtools-core is not bundled\"), { code: 'ERR_MODULE_NOT_FOUND' });";
const INK_PACKAGE_JSON = "? await loadPackageJson()";

/**
 * Ink's reconciler loads the React devtools with a top-level await when DEV=true, and its own
 * package.json for them; the CLI never ships the devtools (react-devtools-core is no dependency), and a
 * CommonJS file can hold no top-level await. The patched copy says at once what Ink says when
 * react-devtools-core is missing, as the shipped CLI did, and names itself "ink" to no devtools.
 */
export function withoutDevtools(source: string, path: string): string {
  if (!source.includes(INK_DEVTOOLS) || !source.includes(INK_PACKAGE_JSON))
    throw new Error(`ink-without-devtools: ${path} changed`);
  return source
    .replace(INK_DEVTOOLS, NO_DEVTOOLS)
    .replace(INK_PACKAGE_JSON, '? { name: "ink", version: undefined }');
}

/**
 * The bundle's stand-in for the app file `file`: an ES module that imports what the file is handed (the
 * shared modules and packages above; yoga-layout from `yoga`, Ink's own copy), hands it the built-ins it
 * requires when it first asks, and exports the file's `interactive`.
 */
export function appStandIn(file: string, source: string, yoga: string): string {
  const required = [
    ...new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] as string)),
  ];
  const imports: string[] = [`import * as __s400CodeCache from ${JSON.stringify(CODE_CACHE_MODULE)};`];
  const handed: string[] = [];
  for (const [index, id] of required.entries()) {
    const module = Object.entries(SHARED_MODULES).find(([, name]) => name === id)?.[0];
    if (module !== undefined) {
      imports.push(`import * as __s400Shared${index} from ${JSON.stringify(module)};`);
      handed.push(`${JSON.stringify(id)}: __s400Shared${index}`);
    } else if (id === "yoga-layout") {
      imports.push(`import __s400Yoga from ${JSON.stringify(yoga)};`);
      handed.push(`"yoga-layout": __s400Yoga`);
    } else if (HANDED_PACKAGES.test(id)) {
      imports.push(`import * as __s400Package${index} from ${JSON.stringify(id)};`);
      handed.push(`${JSON.stringify(id)}: __s400Package${index}`);
    } else if (isBuiltin(id)) {
      // Built-ins load when the app first asks for them, as they would in CommonJS.
      handed.push(`get ${JSON.stringify(id)}() { return require(${JSON.stringify(id)}); }`);
    } else {
      throw new Error(`app-from-cache: the app requires "${id}", which the bundle does not hand it`);
    }
  }
  return [
    ...imports,
    `const app = __s400CodeCache.loadCached(${JSON.stringify(file)}, { ${handed.join(", ")} });`,
    "export const { interactive } = app;",
    "",
  ].join("\n");
}

/**
 * The app (Ink, React, the views: 168 kB minified beside the reconciler) is compiled anew by every
 * start, as Node 20 keeps no compile cache for ES modules, and so is every function the first frame
 * calls. Built apart as one CommonJS file (`interactive-<hash>.cjs`, with the bundle's other patches
 * given in `plugins`) and run through src/code-cache.ts as the reconciler is, later starts read the
 * compiled code from the user's cache instead: 28 ms less CPU of the main thread to the first frame
 * and 20 ms sooner on the screen than the ES module chunk (medians of 21 starts in bench/run.mjs,
 * against main's build in the same run, on a busy machine).
 */
export function appFromCache(plugins: readonly Plugin[]): Plugin {
  return {
    name: "app-from-cache",
    setup(build) {
      let shipped: { file: string; contents: string; map?: string } | undefined;
      build.onResolve({ filter: /^\.\/interactive\.js$/ }, ({ importer }) =>
        importer === CLI_ENTRY ? { path: APP_ENTRY, namespace: "s400-app" } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: "s400-app" }, async () => {
        const { outdir, define, tsconfig } = build.initialOptions;
        // Ink's own yoga-layout (not a dependency of ours), for the stand-in to import.
        const ink = await build.resolve("ink", { kind: "import-statement", resolveDir: dirname(APP_ENTRY) });
        const yoga = await build.resolve("yoga-layout", {
          kind: "import-statement",
          resolveDir: dirname(ink.path),
        });
        if (ink.errors.length > 0 || yoga.errors.length > 0)
          throw new Error("app-from-cache: no yoga-layout under Ink");
        const result = await build.esbuild.build({
          entryPoints: [APP_ENTRY],
          bundle: true,
          format: "cjs",
          platform: "node",
          target: "node20",
          minify: true,
          write: false,
          metafile: true,
          // A map beside the file, as the chunks have, for reading a stack trace back to src/ by hand or
          // with a tool (Node's --enable-source-maps does not look at code run through node:vm).
          sourcemap: "external",
          logLevel: "silent",
          jsx: "automatic",
          ...(outdir ? { outdir } : {}),
          ...(define ? { define } : {}),
          ...(tsconfig ? { tsconfig } : {}),
          plugins: [
            {
              name: "app-from-cache-handed",
              setup(inner) {
                inner.onResolve({ filter: HANDED_PACKAGES }, ({ path }) => ({ path, external: true }));
                inner.onResolve({ filter: /.*/ }, async (args) => {
                  if (args.pluginData === "s400-shared" || !/^(?:\.|\/|[A-Za-z]:)/.test(args.path))
                    return undefined;
                  const resolved = await inner.resolve(args.path, {
                    kind: args.kind,
                    importer: args.importer,
                    resolveDir: args.resolveDir,
                    pluginData: "s400-shared",
                  });
                  const name = SHARED_MODULES[resolved.path];
                  return name ? { path: name, external: true } : undefined;
                });
                inner.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, async ({ path }) => ({
                  contents: withoutDevtools(await readFile(path, "utf8"), path),
                  loader: "js",
                }));
              },
            },
            ...plugins,
          ],
        });
        const problems = [...result.errors, ...result.warnings];
        if (problems.length > 0) throw new Error(`app-from-cache: ${problems.map((p) => p.text).join("; ")}`);
        const output = result.outputFiles.find((out) => out.path.endsWith(".js"));
        if (!output) throw new Error("app-from-cache: the app built to no file");
        const map = result.outputFiles.find((out) => out.path.endsWith(".js.map"));
        const hash = createHash("sha256").update(output.text).digest("hex").slice(0, 8);
        const file = `interactive-${hash}.cjs`;
        shipped = {
          file,
          contents: map ? `${output.text}//# sourceMappingURL=${file}.map\n` : output.text,
          ...(map ? { map: map.text } : {}),
        };
        return {
          contents: appStandIn(shipped.file, output.text, yoga.path),
          loader: "js",
          resolveDir: dirname(APP_ENTRY),
          watchFiles: Object.keys(result.metafile.inputs).map((input) => resolve(input)),
        };
      });
      build.onEnd(async (result) => {
        const { outdir } = build.initialOptions;
        if (!shipped || !outdir || result.errors.length > 0) return;
        await mkdir(outdir, { recursive: true });
        await writeFile(join(outdir, shipped.file), shipped.contents);
        if (shipped.map !== undefined) await writeFile(join(outdir, `${shipped.file}.map`), shipped.map);
      });
    },
  };
}
