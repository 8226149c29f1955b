/** Runs every ```ts example in the JSDoc of the public surface, so the documentation cannot rot. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as library from "./index.js";

const here = new URL(".", import.meta.url);

/** The source files whose JSDoc documents public exports: the surface and the modules it re-exports from. */
function documentedFiles(): string[] {
  const files = ["index.ts", "errors.ts", "hash.ts"];
  for (const dir of ["query", "search", "answer"]) {
    if (!existsSync(new URL(dir, here))) continue;
    for (const name of readdirSync(new URL(dir, here))) {
      if (name.endsWith(".ts") && !name.endsWith(".test.ts")) files.push(`${dir}/${name}`);
    }
  }
  return files;
}

interface Example {
  readonly file: string;
  readonly owner: string;
  readonly code: string;
}

/** Each ```ts block inside a JSDoc comment, named after the declaration that follows the comment. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(new URL(file, here), "utf8");
  const examples: Example[] = [];
  for (const doc of text.matchAll(
    /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:function|class|const|interface|type)?\s*(\w+)?/g,
  )) {
    const body = (doc[1] ?? "").replace(/^\s*\* ?/gm, "");
    for (const block of body.matchAll(/```ts\n([\s\S]*?)```/g)) {
      examples.push({ file, owner: doc[2] ?? "?", code: block[1] ?? "" });
    }
  }
  return examples;
}

/** Runs an example against the local library: its imports become a destructuring of the module. */
async function run(code: string): Promise<string[]> {
  const logged: string[] = [];
  const body = code.replace(
    /import\s*\{([^}]*)\}\s*from\s*"@s400\/data";?/g,
    (_, names: string) => `const {${names.replace(/\btype\s+\w+\s*,?/g, "")}} = library;`,
  );
  const console = {
    log: (...args: unknown[]) => logged.push(args.map(String).join(" ")),
    assert: (condition: unknown, ...message: unknown[]) => {
      if (!condition) throw new Error(`console.assert failed: ${message.join(" ")}`);
    },
  };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction("library", "console", body)(library, console);
  return logged;
}

const examples = documentedFiles().flatMap(examplesOf);

describe("JSDoc examples", () => {
  it("document every function the package exports", () => {
    const documented = new Set(examples.map((e) => e.owner));
    const functions = Object.entries(library)
      .filter(([name, value]) => typeof value === "function" && name !== "S400Error")
      .map(([name]) => name);
    expect(functions.length).toBeGreaterThan(15);
    for (const name of functions) expect(documented, `no @example for ${name}`).toContain(name);
  });

  it.each(examples.map((e) => [`${e.file} ${e.owner}`, e] as const))("%s runs", async (_, example) => {
    await expect(run(example.code)).resolves.toBeDefined();
  });

  it("fails an example whose assertion is false", async () => {
    await expect(
      run('import { sources } from "@s400/data";\nconsole.assert(sources().length === 0);'),
    ).rejects.toThrow("console.assert failed");
  });
});
