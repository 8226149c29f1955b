/** The built library is minified for a faster cold start, yet keeps its names, its ASCII text and its source maps. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const dist = new URL("../dist/", import.meta.url);
function built(name: string): string {
  const file = new URL(name, dist);
  if (!existsSync(file))
    throw new Error(`dist/${name} is missing: build first (pnpm turbo run build --filter=@s400/data)`);
  return readFileSync(file, "utf8");
}

interface Library {
  S400Error: { name: string };
  createQueries: { name: string };
  answer: (question: string) => unknown;
}

const loaders: [string, () => Promise<Library>][] = [
  ["index.js", async () => (await import(new URL("index.js", dist).href)) as Library],
  ["index.cjs", async () => createRequire(import.meta.url)(new URL("index.cjs", dist).pathname) as Library],
];

describe.each(loaders)("the built %s", (name, load) => {
  it("is minified: no indentation left", () => {
    const code = built(name);
    expect(code).not.toMatch(/\n {2}/);
  });

  it("is printable ASCII, so V8 holds it as a one-byte string", () => {
    expect(built(name)).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it("keeps the names of its classes and functions, for users' stack traces", async () => {
    built(name);
    const library = await load();
    expect(library.S400Error.name).toBe("S400Error");
    expect(library.createQueries.name).toBe("createQueries");
    // In a plain Node, which (unlike vitest) does not read the source maps.
    const file = new URL(name, dist).pathname;
    const stack = execFileSync(
      process.execPath,
      [
        "-e",
        `import(${JSON.stringify(file)}).then((m) => { try { m.answer("  "); } catch (e) { console.log(e.stack); } })`,
      ],
      { encoding: "utf8" },
    );
    expect(stack).toMatch(/^S400Error: question must be a non-empty string/);
    expect(stack).toMatch(/ at requireText \(/);
    expect(stack).toMatch(/ at answerIn \(/);
  });

  it("maps back to the TypeScript sources", () => {
    built(name);
    const map = JSON.parse(built(`${name}.map`)) as { sources: string[]; sourcesContent?: string[] };
    expect(map.sources).toContain("../src/answer/answer-index.ts");
    expect(map.sources).toContain("../src/errors.ts");
    expect(built(name)).toMatch(new RegExp(`//# sourceMappingURL=${name.replace(".", "\\.")}\\.map\\s*$`));
  });
});
