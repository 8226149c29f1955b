import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheFolder, runCachedCommonJs } from "./code-cache.js";

const scratch = mkdtempSync(join(tmpdir(), "s400-code-cache-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let files = 0;
/** A CommonJS file of its own text (V8 would otherwise answer a second compile from memory). */
function commonJs(body: string): string {
  files += 1;
  const path = join(scratch, `file-${files}.cjs`);
  writeFileSync(path, `"use strict";\n// file ${files} ${Math.random()}\n${body}\n`);
  return path;
}

/** A base folder of the test's own, standing in for the temporary folder. */
function folder(name: string): string {
  return join(scratch, name);
}

describe("runCachedCommonJs", () => {
  it("runs the file as require() would, with only the modules it is handed", () => {
    const path = commonJs(
      "const greet = require('greet'); module.exports = { said: greet('Turkey'), file: __filename, dir: __dirname };",
    );
    const run = runCachedCommonJs(path, { greet: (name: string) => `hello ${name}` }, undefined);
    expect(run.exports).toEqual({ said: "hello Turkey", file: path, dir: scratch });
    expect(run.compiled).toBe("uncached");
    run.save();
    expect(() => runCachedCommonJs(commonJs("require('node:fs');"), {}, undefined)).toThrow(
      /requires "node:fs", which the bundle does not hand it/,
    );
  });

  it("compiles afresh without a cache, writes one when asked, and compiles from it the next time", () => {
    const cache = cacheFolder({}, folder("fresh"));
    expect(cache).toBeDefined();
    const path = commonJs("module.exports = function twice(n) { return [n, n]; };");
    const first = runCachedCommonJs(path, {}, cache);
    expect(first.compiled).toBe("afresh");
    expect((first.exports as (n: number) => number[])(2)).toEqual([2, 2]);
    first.save();
    const [written] = readdirSync(cache as string);
    expect(written).toMatch(
      new RegExp(`^file-\\d+\\.cjs\\.${process.versions.v8}\\.${process.arch}\\.cache$`),
    );
    // Only the user reads it: it is code.
    if (process.platform !== "win32")
      expect(statSync(join(cache as string, written as string)).mode & 0o077).toBe(0);
    const second = runCachedCommonJs(path, {}, cache);
    expect(second.compiled).toBe("from-cache");
    expect((second.exports as (n: number) => number[])(3)).toEqual([3, 3]);
  });

  it("compiles past a cache V8 refuses, and replaces it", () => {
    const cache = cacheFolder({}, folder("refused")) as string;
    const path = commonJs("module.exports = 'refused';");
    const name = `${path.replace(/^.*[\\/]/, "")}.${process.versions.v8}.${process.arch}.cache`;
    writeFileSync(join(cache, name), "not a code cache at all");
    const run = runCachedCommonJs(path, {}, cache);
    expect(run.exports).toBe("refused");
    expect(run.compiled).toBe("afresh");
    run.save();
    expect(statSync(join(cache, name)).size).toBeGreaterThan(100);
    // No half-written file is left behind.
    expect(readdirSync(cache)).toEqual([name]);
  });
});

describe("cacheFolder", () => {
  it("is the user's own folder, made for the user alone", () => {
    const path = cacheFolder({}, folder("own"));
    expect(path).toMatch(/s400-compile-cache/);
    if (process.platform !== "win32") {
      expect(path).toContain(`s400-compile-cache-${process.getuid?.()}`);
      expect(statSync(path as string).mode & 0o077).toBe(0);
    }
  });

  it("is off when Node's compile cache is turned off", () => {
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: "1" }, folder("off"))).toBeUndefined();
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: "" }, folder("off"))).toBeDefined();
  });

  it("is not used when others can write to it", () => {
    const path = cacheFolder({}, folder("shared")) as string;
    chmodSync(path, 0o777);
    // Windows has no such mode bits; the folder is the user's own there anyway (their own temp folder).
    expect(cacheFolder({}, folder("shared"))).toBe(process.platform === "win32" ? path : undefined);
  });

  it("is off where no folder can be made", () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "");
    expect(cacheFolder({}, file)).toBeUndefined();
  });
});
