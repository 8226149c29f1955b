// Installs @s400/data's packed tarball into a fresh project and uses it as an npm user would:
// ESM import, CJS require, the JSON subpaths, the open formats (JSON-LD, annotations, CSV), and TypeScript under
// `nodenext` and `bundler` resolution.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dataDir = resolve(import.meta.dirname, "../../packages/data");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
let work: string;
let consumer: string;

/** Runs the pnpm this test was started with (npx, a global install or corepack all set npm_execpath). */
function pnpm(args: string[], cwd: string): string {
  const execPath = process.env.npm_execpath;
  if (!execPath || !/pnpm/.test(execPath)) return execFileSync("pnpm", args, { cwd, encoding: "utf8" });
  // pnpm 12 ships as a native executable; older releases as a JavaScript file run by node.
  if (/\.[cm]?js$/.test(execPath))
    return execFileSync(process.execPath, [execPath, ...args], { cwd, encoding: "utf8" });
  return execFileSync(execPath, args, { cwd, encoding: "utf8" });
}

/** The runtimes the package must work on: the Node running the tests (20 here) and Node 24, from npm. */
const runtimes: { name: string; bin: () => string }[] = [
  { name: `Node ${process.versions.node}`, bin: () => process.execPath },
  { name: "Node 24", bin: () => join(work, "node24/node_modules/.bin/node") },
];
let runtime = runtimes[0] as (typeof runtimes)[number];

function node(args: string[]): string {
  return execFileSync(runtime.bin(), args, { cwd: consumer, encoding: "utf8" });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "s400-tarball-"));
  pnpm(["pack", "--pack-destination", work], dataDir);
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${work}`);
  consumer = join(work, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", join(work, tarball)],
    {
      cwd: consumer,
      encoding: "utf8",
    },
  );
  mkdirSync(join(work, "node24"));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", "-E", "node@24"], {
    cwd: join(work, "node24"),
    encoding: "utf8",
  });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed @s400/data tarball", () => {
  it("ships only dist and package metadata", () => {
    const files = readdirSync(join(consumer, "node_modules/@s400/data")).sort();
    expect(files).toEqual(expect.arrayContaining(["dist", "package.json"]));
    expect(
      files.filter((f) => !["dist", "package.json", "README.md", "LICENSE", "CHANGELOG.md"].includes(f)),
    ).toEqual([]);
  });

  for (const current of runtimes) {
    const { name } = current;
    describe(name, () => {
      beforeAll(() => {
        runtime = current;
      });
      it(`works from ESM on ${name}`, () => {
        const out = node([
          "--input-type=module",
          "-e",
          `import { dataset, getEntity, search, S400Error } from "@s400/data";
           const demir = getEntity("Ismail Demir");
           let code = "";
           try { getEntity("no such entity"); } catch (e) { code = e instanceof S400Error ? e.code : "wrong error"; }
           console.log(JSON.stringify({ sources: dataset.sources.length, demir: demir.id, hits: search("sanctions").length > 0, code }));`,
        ]);
        expect(JSON.parse(out)).toEqual({
          sources: 15,
          demir: "ismail-demir",
          hits: true,
          code: "NOT_FOUND",
        });
      });

      it(`works from CommonJS require on ${name}`, () => {
        const out = node([
          "-e",
          `const { dataset, getEntity } = require("@s400/data");
           const json = require("@s400/data/dataset.json");
           const schema = require("@s400/data/dataset.schema.json");
           console.log(JSON.stringify({ sources: dataset.sources.length, ssb: getEntity("SSB").id, json: json.sources.length, schema: typeof schema }));`,
        ]);
        expect(JSON.parse(out)).toEqual({ sources: 15, ssb: "ssb", json: 15, schema: "object" });
      });

      it(`serves dataset.json to ESM with an import attribute on ${name}`, () => {
        const out = node([
          "--input-type=module",
          "-e",
          `import data from "@s400/data/dataset.json" with { type: "json" };
           console.log(data.sources[0].id, data.entities.length > 0);`,
        ]);
        expect(out.trim()).toBe("s01 true");
      });

      it(`serves the open formats as a subpath and as generated files on ${name}`, () => {
        const esm = node([
          "--input-type=module",
          "-e",
          `import { dataset } from "@s400/data";
           import { toAnnotations, toCsv, toJsonLd } from "@s400/data/formats";
           import { createRequire } from "node:module";
           import { readFileSync } from "node:fs";
           const require = createRequire(import.meta.url);
           const file = (subpath) => readFileSync(require.resolve(subpath), "utf8");
           const jsonld = JSON.parse(file("@s400/data/dataset.jsonld"));
           const annotations = JSON.parse(file("@s400/data/annotations.jsonld"));
           console.log(JSON.stringify({
             sameJsonLd: JSON.stringify(jsonld) === JSON.stringify(toJsonLd(dataset)),
             context: typeof jsonld["@context"],
             annotations: annotations.total === toAnnotations(dataset).total,
             claimsCsv: file("@s400/data/csv/claims.csv") === toCsv(dataset).find((f) => f.name === "claims.csv").text,
           }));`,
        ]);
        expect(JSON.parse(esm)).toEqual({
          sameJsonLd: true,
          context: "object",
          annotations: true,
          claimsCsv: true,
        });
        const cjs = node([
          "-e",
          `const { dataset } = require("@s400/data");
           const { toCsv } = require("@s400/data/formats");
           console.log(toCsv(dataset).map((f) => f.name).join(" "));`,
        ]);
        expect(cjs.trim()).toBe(
          "sources.csv entities.csv statements.csv events.csv topics.csv claims.csv quotes.csv spans.csv",
        );
      });
    });
  }

  for (const [moduleResolution, module, type] of [
    ["nodenext", "nodenext", "module"],
    ["nodenext", "nodenext", "commonjs"],
    ["bundler", "esnext", "module"],
  ] as const) {
    it(`type-checks under moduleResolution ${moduleResolution} (package type ${type})`, () => {
      const dir = join(consumer, `ts-${moduleResolution}-${type}`);
      mkdirSync(dir);
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type }));
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            module,
            moduleResolution,
            target: "es2022",
            types: [],
            skipLibCheck: false,
          },
          files: ["index.ts"],
        }),
      );
      writeFileSync(
        join(dir, "index.ts"),
        `import { getEntity, search, type Entity, type SearchHit, type SourceSpan } from "@s400/data";
         const e: Entity = getEntity("Cavusoglu");
         const hits: readonly SearchHit[] = search("who heads the SSB?", { limit: 3 });
         const span: SourceSpan | undefined = e.provenance[0];
         // @ts-expect-error records are readonly
         e.name = "x";
         export const out = [e.id, hits.length, span?.exact];
         import { dataset } from "@s400/data";
         import { toJsonLd, toCsv, type CsvFile, type JsonLdDocument } from "@s400/data/formats";
         const doc: JsonLdDocument = toJsonLd(dataset, { base: "https://example.org/" });
         const csv: readonly CsvFile[] = toCsv(dataset);
         // @ts-expect-error the generated documents are readonly
         doc["@graph"] = [];
         export const formats = [doc["@graph"].length, csv.length];
        `,
      );
      execFileSync(process.execPath, [tsc, "-p", dir], { cwd: dir, encoding: "utf8" });
    });
  }
});
