/** The built @s400/data/formats runs where the rest of the library does, and dist's files are its output. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../model/record.js";
import type * as formats from "./index.js";

const dist = new URL("../../dist/", import.meta.url);
function built(name: string): string {
  const file = new URL(name, dist);
  if (!existsSync(file))
    throw new Error(`dist/${name} is missing: build first (pnpm turbo run build --filter=@s400/data)`);
  return readFileSync(file, "utf8");
}

/** Runs a CommonJS bundle with only what every browser and Worker provides. */
function inBareRealm<T>(name: string): T {
  const module = { exports: {} as Record<string, unknown> };
  const web = { module, exports: module.exports, TextEncoder, TextDecoder, URL, crypto: globalThis.crypto };
  runInNewContext(built(name), web, { filename: name });
  return module.exports as T;
}

describe("the built formats", () => {
  it("import nothing from Node, in the ESM bundle and the chunks it shares with the library", () => {
    const esm = readdirSync(dist).filter((name) => /^(formats|chunk-[\w-]+)\.js$/.test(name));
    expect(esm).toContain("formats.js");
    for (const name of [...esm, "formats.cjs"]) {
      const code = built(name);
      expect(code, name).not.toMatch(/(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']node:/);
      expect(code, name).not.toMatch(/(?<![\w$.])process\s*(?:\.|\[|\?\.)/);
    }
  });

  it("run in a bare JavaScript realm, and dist's dataset.jsonld, annotations.jsonld and CSVs are their output", () => {
    const { dataset } = inBareRealm<{ dataset: Dataset }>("index.cjs");
    const { toAnnotations, toCsv, toJsonLd } = inBareRealm<typeof formats>("formats.cjs");
    expect(JSON.parse(built("dataset.jsonld"))).toEqual(JSON.parse(JSON.stringify(toJsonLd(dataset))));
    expect(JSON.parse(built("annotations.jsonld"))).toEqual(
      JSON.parse(JSON.stringify(toAnnotations(dataset))),
    );
    for (const { name, text } of toCsv(dataset)) expect(built(`csv/${name}`), name).toBe(text);
  });
});

describe("errors across the built entries", () => {
  it("are S400Errors of the main entry when the formats entry throws them, in ESM and CommonJS", async () => {
    const main = await import(new URL("index.js", dist).href);
    const own = await import(new URL("formats.js", dist).href);
    const thrown = (() => {
      try {
        own.toJsonLd(null);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(main.S400Error);
    expect(thrown).toMatchObject({ name: "S400Error", code: "INVALID_ARGUMENT" });
    expect(new Error("plain")).not.toBeInstanceOf(main.S400Error);
    const cjs = inBareRealm<{ S400Error: new (...args: never[]) => Error }>("index.cjs");
    expect(thrown).toBeInstanceOf(cjs.S400Error);
  });
});
