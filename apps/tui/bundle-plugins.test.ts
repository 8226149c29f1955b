import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMOJI_CANDIDATE, withLazyEmojiSet, withoutFetch } from "./bundle-plugins.js";

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
