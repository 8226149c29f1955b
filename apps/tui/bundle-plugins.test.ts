import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  appStandIn,
  cachedStandIn,
  EMOJI_CANDIDATE,
  GLOBAL_PROCESS,
  SEGMENTER_USERS,
  SHARED_MODULES,
  withAloneWidth,
  withLazyChildProcess,
  withLazyEmojiSet,
  withLazySegmenter,
  withoutDevtools,
  withoutEagerAssert,
  withoutFetch,
  withSameStyleRuns,
  withSharedOutputCaches,
} from "./bundle-plugins.js";
import { allAlone } from "./src/graphemes.js";

// V8's own set of RGI emoji; the `v` flag given as a plain string, since TypeScript targets ES2023 here.
const unicodeSets: string = "v";
const rgiEmoji = new RegExp("^\\p{RGI_Emoji}$", unicodeSets);

describe("the lazy emoji set of string-width", () => {
  it("lets every RGI emoji through its cheap test", () => {
    // Every RGI emoji starts with an emoji code point or component; its single code points, VS16 and
    // keycap forms, and all flag pairs cover every kind but ZWJ sequences, whose parts are these.
    const starts = /\p{Emoji}|\p{Emoji_Component}/u;
    const missed: string[] = [];
    let seen = 0;
    const check = (text: string) => {
      if (!rgiEmoji.test(text)) return;
      seen++;
      if (!EMOJI_CANDIDATE.test(text)) missed.push(text);
    };
    for (let point = 0; point <= 0x10ffff; point++) {
      const char = String.fromCodePoint(point);
      if (!starts.test(char)) continue;
      for (const text of [char, `${char}\ufe0f`, `${char}\ufe0f\u20e3`, `${char}\u{1f3fd}`]) check(text);
    }
    for (let a = 0x1f1e6; a <= 0x1f1ff; a++)
      for (let b = 0x1f1e6; b <= 0x1f1ff; b++) check(String.fromCodePoint(a, b));
    for (const text of ["👨‍👩‍👧‍👦", "🏳️‍🌈", "❤️‍🔥", "🧑🏽‍💻", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"]) check(text);
    expect(seen).toBeGreaterThan(1500);
    expect(missed).toEqual([]);
  });

  it("patches the installed string-width, and refuses a changed one", () => {
    const require = createRequire(import.meta.url);
    const path = require.resolve("string-width");
    const source = readFileSync(path, "utf8");
    const patched = withLazyEmojiSet(source, path);
    expect(patched).toBeDefined();
    expect(patched).not.toContain("/^\\p{RGI_Emoji}$/v");
    expect(patched).toContain('new RegExp("^\\\\p{RGI_Emoji}$", "v")');
    expect(withLazyEmojiSet("const segmenter = 1;", path)).toBeUndefined();
    expect(() => withLazyEmojiSet("const emoji = /^\\p{RGI_Emoji}$/v;", path)).toThrow(/changed/);
  });
});

describe("yoga without fetch", () => {
  it("patches the installed yoga, and refuses a changed one", () => {
    // yoga-layout is Ink's, so it is found from Ink's own folder.
    const require = createRequire(createRequire(import.meta.url).resolve("ink"));
    const path = join(dirname(require.resolve("yoga-layout/load")), "../binaries/yoga-wasm-base64-esm.js");
    const patched = withoutFetch(readFileSync(path, "utf8"), path);
    expect(patched).not.toContain("typeof fetch");
    expect(patched).toContain('Buffer.from(a.slice(37),"base64")');
    expect(() => withoutFetch("var x = typeof fetch;", path)).toThrow(/changed/);
  });
});

describe("the lazy segmenter of the bundled libraries", () => {
  const require = createRequire(import.meta.url);
  const inkRequire = createRequire(require.resolve("ink"));
  const wrapAnsiRequire = createRequire(inkRequire.resolve("wrap-ansi"));
  const corpus = [
    "İsmail Demir’s “S-400” — Çavuşoğlu said… ▶ · ─│╭╮ ↑↓ 12/20 ≥ €5",
    "\u001b[1mbold\u001b[22m and \u001b[7mmarked\u001b[27m",
    "東京 土耳其 ｔｕｒｋｅｙ 한국어 각 각",
    "e\u0301 a\u0308 क्षि ন্দ্র \u0903",
    "👨‍👩‍👧‍👦 🏳️‍🌈 ❤️‍🔥 🧑🏽‍💻 🇹🇷🇺🇸 1️⃣ #⃣ ▶️ ☺︎ ✌🏿 ⌚",
    "\u200b\u200c\u200d\ufeff\u00ad zero widths\ttab",
  ];
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  type Width = (text: string, options?: { ambiguousIsNarrow?: boolean }) => number;
  /** The installed file patched as the bundle patches it, with its imports pointed at the installed packages. */
  async function patched(path: string): Promise<Width> {
    const from = createRequire(path);
    const original = readFileSync(path, "utf8");
    const emoji = withLazyEmojiSet(original, path) ?? original;
    const source = withLazySegmenter(withAloneWidth(emoji, path) ?? emoji, path).replace(
      /from ['"]([^'"./][^'"]*)['"]/g,
      (_, name: string) => `from ${JSON.stringify(from.resolve(name))}`,
    );
    const dir = mkdtempSync(join(tmpdir(), "s400-patched-"));
    dirs.push(dir);
    const file = join(dir, "index.js");
    writeFileSync(file, source);
    return ((await import(/* @vite-ignore */ file)) as { default: Width }).default;
  }

  it("measures every text as the unpatched string-width 8 and 7 do", async () => {
    const alone = Array.from({ length: 0x2c00 }, (_, point) => String.fromCharCode(point)).filter((c) =>
      allAlone(c),
    );
    for (const path of [require.resolve("string-width"), wrapAnsiRequire.resolve("string-width")]) {
      const original = ((await import(/* @vite-ignore */ path)) as { default: Width }).default;
      const fast = await patched(path);
      const wide = { ambiguousIsNarrow: false };
      for (const text of [...corpus, ...alone, alone.join("")]) {
        expect([text, fast(text)]).toEqual([text, original(text)]);
        expect([text, fast(text, wide)]).toEqual([text, original(text, wide)]);
      }
    }
  });

  it("patches every library that makes one, and refuses a changed one", () => {
    const paths = [
      require.resolve("string-width"),
      wrapAnsiRequire.resolve("string-width"),
      join(dirname(inkRequire.resolve("slice-ansi")), "tokenize-ansi.js"),
      join(dirname(inkRequire.resolve("ink")), "../../@alcalzone/ansi-tokenize/build/tokenize.js"),
    ];
    for (const path of paths) {
      expect(path).toMatch(SEGMENTER_USERS);
      const patchedSource = withLazySegmenter(readFileSync(path, "utf8"), path);
      expect(patchedSource).not.toContain("new Intl.Segmenter(");
      expect(patchedSource).toContain("new __s400Segmenter(");
    }
    expect(() => withLazySegmenter("const width = 1;", "x.js")).toThrow(/changed/);
    expect(withAloneWidth(readFileSync(require.resolve("string-width"), "utf8"), "x.js")).toContain(
      "__s400AloneWidth(string,",
    );
    expect(withAloneWidth("const width = 1;", "x.js")).toBeUndefined();
    expect(() => withAloneWidth("if (/^[\\u0020-\\u007E]*$/.test(string)) return 1;", "x.js")).toThrow(
      /changed/,
    );
  });
});

describe("ansi-tokenize's rows of styled cells", () => {
  const inkRequire = createRequire(createRequire(import.meta.url).resolve("ink"));
  const build = join(dirname(inkRequire.resolve("ink")), "../../@alcalzone/ansi-tokenize/build");
  type Styled = { readonly value: string; readonly styles: readonly unknown[] };
  type Tokenizer = {
    tokenize: (text: string) => unknown[];
    styledCharsFromTokens: (tokens: unknown[]) => Styled[];
    styledCharsToString: (chars: Styled[]) => string;
  };
  const dir = mkdtempSync(join(tmpdir(), "s400-ansi-tokenize-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("draws every row as the unpatched copy does", async () => {
    const original = (await import(/* @vite-ignore */ join(build, "index.js"))) as Tokenizer;
    const path = join(build, "styledChars.js");
    const source = withSameStyleRuns(readFileSync(path, "utf8"), path)
      .replace(/\/\/# sourceMappingURL=.*/, "")
      .replace(/from "\.\/([^"]+)"/g, (_, file: string) => `from ${JSON.stringify(join(build, file))}`);
    const file = join(dir, "styledChars.js");
    writeFileSync(file, source);
    const patched = (await import(/* @vite-ignore */ file)) as Pick<Tokenizer, "styledCharsToString">;
    const E = "\u001b[";
    const lines = [
      "plain text, no style",
      `${E}1mbold${E}22m ${E}2mdim${E}22m ${E}1m${E}2mboth${E}22m after`,
      `${E}7mmarked ${E}1mand bold${E}22m still marked${E}27m plain`,
      `${E}38;5;33mblue ${E}48;5;236mon grey${E}49m${E}39m ${E}4munder${E}24m`,
      `${E}31mred${E}32mgreen${E}39m${E}0m reset ${E}3mitalic${E}23m`,
      `${E}]8;;https://x.test\u0007link${E}]8;;\u0007 ╭──╮ 東京 👍`,
    ];
    const cells = lines.flatMap((line) => original.styledCharsFromTokens(original.tokenize(line)));
    const rows: Styled[][] = lines.map((line) => original.styledCharsFromTokens(original.tokenize(line)));
    // Rows as Ink builds them: cells of several writes side by side, blanks between, in any order.
    const blank = (): Styled => ({ value: " ", styles: [] });
    for (let seed = 1; seed <= 200; seed++) {
      const row: Styled[] = [];
      for (let i = 0; i < 40; i++)
        row.push(
          (seed * 7919 + i * 104729) % 5 === 0
            ? blank()
            : (cells[(seed * 31 + i * i) % cells.length] as Styled),
        );
      rows.push(row);
    }
    for (const row of rows) expect(patched.styledCharsToString(row)).toBe(original.styledCharsToString(row));
  });

  it("patches the installed copy, and refuses a changed one", () => {
    const path = join(build, "styledChars.js");
    expect(withSameStyleRuns(readFileSync(path, "utf8"), path)).toContain(
      "__s400SameStyles(previous, char.styles)",
    );
    expect(() => withSameStyleRuns("export const x = 1;", path)).toThrow(/changed/);
  });
});

describe("Ink's output caches", () => {
  const inkBuild = dirname(createRequire(import.meta.url).resolve("ink"));
  const inkRequire = createRequire(join(inkBuild, "index.js"));
  type Output = {
    write(x: number, y: number, text: string, options: { transformers: ((line: string) => string)[] }): void;
    clip(clip: { x1?: number; x2?: number; y1?: number; y2?: number }): void;
    unclip(): void;
    get(): { output: string; height: number };
  };
  type OutputClass = new (size: { width: number; height: number }) => Output;
  // ansi-tokenize exports only an `import` condition, which require.resolve cannot follow.
  const resolve = (name: string) =>
    name === "@alcalzone/ansi-tokenize"
      ? join(inkBuild, "../../@alcalzone/ansi-tokenize/build/index.js")
      : inkRequire.resolve(name);
  const dir = mkdtempSync(join(tmpdir(), "s400-ink-output-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("draws every frame as Ink's own output does, frame after frame", async () => {
    const path = join(inkBuild, "output.js");
    const source = withSharedOutputCaches(readFileSync(path, "utf8"), path)
      .replace(/\/\/# sourceMappingURL=.*/, "")
      .replace(/from '([^'.][^']*)'/g, (_, name: string) => `from ${JSON.stringify(resolve(name))}`);
    const file = join(dir, "output.js");
    writeFileSync(file, source);
    const Original = ((await import(/* @vite-ignore */ path)) as { default: OutputClass }).default;
    const Shared = ((await import(/* @vite-ignore */ file)) as { default: OutputClass }).default;
    const E = "\u001b[";
    const texts = [
      "╭─ Search ─────╮",
      `${E}7mDemir${E}27m, head of the SSB`,
      "東京 👍 and e\u0301",
      `${E}1mbold${E}22m\n${E}2msecond line${E}22m`,
      "│\n│\n│\n│",
      "a longer line of plain text that the clip cuts",
    ];
    const upper = (line: string) => line.toUpperCase();
    for (let frame = 0; frame < 30; frame++) {
      const draw = (Kind: OutputClass) => {
        const output = new Kind({ width: 40, height: 8 });
        for (let i = 0; i < 6; i++) {
          const text = texts[(frame + i * i) % texts.length] as string;
          if (i === 3) output.clip({ x1: 2, x2: 30, y1: 1, y2: 6 });
          output.write((frame * 3 + i * 5) % 20, (frame + i) % 8, text, {
            transformers: i === 2 ? [upper] : [],
          });
          if (i === 4) output.unclip();
        }
        return output.get();
      };
      expect(draw(Shared)).toEqual(draw(Original));
    }
    // Past the cache's bound of 2,000 texts it starts afresh and still draws the same.
    for (let frame = 0; frame < 60; frame++) {
      const draw = (Kind: OutputClass) => {
        const output = new Kind({ width: 40, height: 50 });
        for (let y = 0; y < 50; y++)
          output.write(0, y, `${E}1mrow ${frame}:${y}${E}22m ─ ${y}`, { transformers: [] });
        return output.get();
      };
      expect(draw(Shared)).toEqual(draw(Original));
    }
  });

  it("patches the installed Ink, and refuses a changed one", () => {
    const path = join(inkBuild, "output.js");
    expect(withSharedOutputCaches(readFileSync(path, "utf8"), path)).toContain(
      "caches = __s400SharedCaches();",
    );
    expect(() => withSharedOutputCaches("export default class Output {}", path)).toThrow(/changed/);
  });
});

describe("built-ins at need", () => {
  // terminal-size and signal-exit are Ink's, so they are found from Ink's own folder.
  const inkRequire = createRequire(createRequire(import.meta.url).resolve("ink"));

  it("gives the global process to an import of node:process, with the names the libraries import", async () => {
    const module = (await import(
      /* @vite-ignore */ `data:text/javascript,${encodeURIComponent(GLOBAL_PROCESS)}`
    )) as { default: NodeJS.Process; env: NodeJS.ProcessEnv; cwd: () => string };
    expect(module.default).toBe(process);
    expect(module.env).toBe(process.env);
    expect(module.cwd()).toBe(process.cwd());
  });

  it("loads child_process in terminal-size only when it runs a command, and refuses a changed copy", () => {
    const path = inkRequire.resolve("terminal-size");
    const patched = withLazyChildProcess(readFileSync(path, "utf8"), path);
    expect(patched).not.toMatch(/from 'node:child_process'/);
    expect(patched).toContain("process.getBuiltinModule('node:child_process').execFileSync(");
    expect(() => withLazyChildProcess("export default () => ({});", path)).toThrow(/changed/);
  });

  it("checks signal-exit's callback as assert.equal does, without loading assert", () => {
    const path = inkRequire.resolve("signal-exit");
    const patched = withoutEagerAssert(readFileSync(path, "utf8"), path);
    const loaded: string[] = [];
    const load = (source: string) => {
      const module = { exports: {} as unknown };
      const localRequire = createRequire(path);
      const require = (id: string) => {
        loaded.push(id);
        return localRequire(id);
      };
      new Function("module", "exports", "require", source)(module, module.exports, require);
      return module.exports as (cb: unknown) => () => void;
    };
    const onExit = load(patched);
    const remove = onExit(() => undefined);
    remove();
    expect(loaded).not.toContain("assert");
    // A wrong argument fails as the unpatched copy fails: an AssertionError with its message.
    expect(() => onExit(42)).toThrow(
      expect.objectContaining({
        code: "ERR_ASSERTION",
        message: "a callback must be provided for exit handler",
      }),
    );
    expect(() => load(readFileSync(path, "utf8"))(42)).toThrow(
      expect.objectContaining({
        code: "ERR_ASSERTION",
        message: "a callback must be provided for exit handler",
      }),
    );
    expect(() => withoutEagerAssert("module.exports = () => {}", path)).toThrow(/changed/);
  });
});

describe("the reconciler from the code cache", () => {
  it("stands in with the bundled copies of exactly what the shipped file requires", () => {
    const inkRequire = createRequire(createRequire(import.meta.url).resolve("ink"));
    const path = join(dirname(inkRequire.resolve("react-reconciler")), "cjs/react-reconciler.production.js");
    const standIn = cachedStandIn("react-reconciler-0123abcd.cjs", readFileSync(path, "utf8"));
    expect(standIn).toContain(
      '.loadCached("react-reconciler-0123abcd.cjs", { "react": require("react"), "scheduler": require("scheduler") })',
    );
    expect(standIn).toMatch(/require\(".*[\\/]src[\\/]code-cache\.ts"\)/);
  });
});

describe("the app from the code cache", () => {
  const inkRequire = createRequire(createRequire(import.meta.url).resolve("ink"));
  const yoga = inkRequire.resolve("yoga-layout");

  it("hands the app the shared modules, Ink's yoga and the packages, and built-ins only when asked", () => {
    const [source, codeCache] = Object.keys(SHARED_MODULES);
    const app = [
      'var a=require("s400:data-source"),b=require("s400:code-cache"),c=require("yoga-layout");',
      'var d=require("@s400/data"),e=require("node:fs"),f=require("tty"),g=require("node:fs");',
    ].join("");
    const standIn = appStandIn("interactive-0123abcd.cjs", app, yoga);
    expect(standIn).toContain(`import * as __s400Shared0 from ${JSON.stringify(source)};`);
    expect(standIn).toContain(`import * as __s400Shared1 from ${JSON.stringify(codeCache)};`);
    expect(standIn).toContain(`import __s400Yoga from ${JSON.stringify(yoga)};`);
    expect(standIn).toContain('import * as __s400Package3 from "@s400/data";');
    // A getter: the built-in loads the first time the app requires it, once however often it is named.
    expect(standIn).toContain(
      'get "node:fs"() { return require("node:fs"); }, get "tty"() { return require("tty"); }',
    );
    expect(standIn.match(/"node:fs"\(\)/g)).toHaveLength(1);
    expect(standIn).toContain('.loadCached("interactive-0123abcd.cjs", {');
    expect(standIn).toContain("export const { interactive } = app;");
  });

  it("refuses an app that requires what the bundle cannot hand it", () => {
    expect(() => appStandIn("interactive-0123abcd.cjs", 'require("left-pad")', yoga)).toThrow(/left-pad/);
  });

  it("tells a DEV=true start that the devtools are not there, as Ink does, and refuses a changed Ink", () => {
    const path = join(dirname(inkRequire.resolve("ink")), "reconciler.js");
    const patched = withoutDevtools(readFileSync(path, "utf8"), path);
    // Neither of Ink's two top-level awaits is left for a CommonJS file to choke on.
    expect(patched).not.toContain("await import('./devtools.js')");
    expect(patched).not.toContain("await loadPackageJson()");
    expect(patched).toContain("code: 'ERR_MODULE_NOT_FOUND'");
    expect(patched).toContain("if (error.code === 'ERR_MODULE_NOT_FOUND')");
    expect(() => withoutDevtools("export default 1;", path)).toThrow(/changed/);
  });
});
