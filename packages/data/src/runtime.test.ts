/** The library must run unchanged in browsers and Workers: no Node built-ins, no `process`, no `require`. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "__fixtures__" ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

const forbidden: [string, RegExp][] = [
  ["a node: import", /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']node:/],
  [
    "a Node built-in import",
    /from\s*["'](?:fs|path|os|url|crypto|util|stream|buffer|child_process)(?:\/[\w/]*)?["']/,
  ],
  ["process", /(?<![\w$.])process\s*(?:\.|\[|\?\.)/],
  ["require(", /(?<![\w$.])require\s*\(/],
  ["__dirname/__filename", /(?<![\w$.])__(?:dirname|filename)\b/],
];

function offences(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const code = readFileSync(file, "utf8");
    return forbidden
      .filter(([, pattern]) => pattern.test(code))
      .map(([what]) => `${relative(root, file)}: ${what}`);
  });
}

const dist = (name: string) => join(root, "dist", name);
function built(name: string): string {
  if (!existsSync(dist(name)))
    throw new Error(`dist/${name} is missing: build first (pnpm turbo run build --filter=@s400/data)`);
  return readFileSync(dist(name), "utf8");
}

describe("runtime-agnostic library", () => {
  it("has no Node-only code in its source (tests aside)", () => {
    const sources = filesUnder(
      join(root, "src"),
      (path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path),
    );
    expect(sources.length).toBeGreaterThan(10);
    expect(offences(sources)).toEqual([]);
  });

  it("has no Node-only code in its built bundles", () => {
    built("index.js");
    const bundles = ["index.js", "index.cjs"].map(dist);
    expect(offences(bundles)).toEqual([]);
  });

  it("leaves zod, a build-time tool for the JSON Schema, out of the bundles", () => {
    for (const name of ["index.js", "index.cjs"]) {
      const code = built(name);
      expect(code, name).not.toMatch(/["']zod(?:\/[\w/-]*)?["']/);
      expect(code, name).not.toMatch(/toJSONSchema|ZodError/);
    }
  });

  it("catches the code it is meant to catch", () => {
    const samples = [
      'import { readFileSync } from "node:fs";',
      'const fs = await import("node:fs");',
      'import path from "path";',
      "if (process.env.DEBUG) log();",
      "const x = require('zod');",
    ];
    for (const sample of samples)
      expect(
        forbidden.some(([, p]) => p.test(sample)),
        sample,
      ).toBe(true);
    expect(forbidden.some(([, p]) => p.test("// the process of sanctioning; a required step"))).toBe(false);
  });

  it("runs its bundle in a bare JavaScript realm with only web-standard globals", () => {
    const module = { exports: {} as Record<string, unknown> };
    // What every browser and Worker provides; nothing Node-specific (no process, require, Buffer).
    const web = { module, exports: module.exports, TextEncoder, TextDecoder, URL, crypto: globalThis.crypto };
    runInNewContext(built("index.cjs"), web, { filename: "index.cjs" });
    const { dataset } = module.exports as { dataset: { sources: unknown[]; entities: { id: string }[] } };
    expect(dataset.sources).toHaveLength(15);
    expect(dataset.entities.map((entity) => entity.id)).toContain("ssb");
  });
});
