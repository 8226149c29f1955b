// Releases the workspace for real, to a throwaway Verdaccio on loopback, then installs @s400/data from it by
// name with npm into a fresh project and uses it, and its subpaths, from ESM and CommonJS. Nothing leaves the
// machine.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../process-group.js";
import { type Registry, startRegistry } from "./registry.js";
import {
  type Manifest,
  publishCopy,
  readJson,
  type WorkspacePackage,
  withOwnPnpm,
  workspacePackages,
} from "./release.js";

const root = resolve(import.meta.dirname, "../..");
const minute = 60_000;

let work: string;
let registry: Registry;
let env: NodeJS.ProcessEnv;
/** The repository's workspace packages, as pnpm lists them: what the registry must now hold. */
let workspace: WorkspacePackage[];
let copy: string;
let publishable: WorkspacePackage[];
let data: WorkspacePackage;

/**
 * The environment of every command: the test's own, less any npm or pnpm setting it inherited (a registry
 * or a token set there must not take part), plus the throwaway registry, a user config and an npm cache of
 * the test's own (so the install really downloads from the registry), and git without the user's config
 * (a `tag.gpgSign` there would break changesets' tagging).
 */
function commandEnv(userconfig: string): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !/^p?npm_config_/i.test(key));
  return withOwnPnpm({
    ...Object.fromEntries(inherited),
    CI: "true",
    npm_config_registry: registry.url,
    npm_config_userconfig: userconfig,
    npm_config_cache: join(work, "npm-cache"),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_AUTHOR_NAME: "s400 release test",
    GIT_AUTHOR_EMAIL: "release-test@s400.invalid",
    GIT_COMMITTER_NAME: "s400 release test",
    GIT_COMMITTER_EMAIL: "release-test@s400.invalid",
  });
}

const git = (cwd: string, args: string[]) => run("git", args, { cwd, env, timeoutMs: minute });

/** What a release could change in this repository: its commit, its tags, its manifests and changesets. */
async function repositoryState(): Promise<unknown> {
  return {
    head: await git(root, ["rev-parse", "HEAD"]),
    tags: await git(root, ["tag", "--list"]),
    status: await git(root, [
      "status",
      "--porcelain",
      "--",
      "package.json",
      "packages",
      "apps",
      ".changeset",
    ]),
    manifests: workspace.map(({ dir }) => readFileSync(join(root, dir, "package.json"), "utf8")),
  };
}
let stateBefore: unknown;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "s400-publish-"));
  registry = await startRegistry(join(work, "registry"));
  // A guard against ever publishing elsewhere: everything below talks to this URL only.
  expect(new URL(registry.url).hostname).toBe("127.0.0.1");
  const host = registry.url.replace(/^http:/, "");
  const npmrc = `registry=${registry.url}\n@s400:registry=${registry.url}\n${host}:_authToken=${registry.token}\n`;
  writeFileSync(join(work, "npmrc"), npmrc);
  env = commandEnv(join(work, "npmrc"));
  workspace = await workspacePackages(root);
  stateBefore = await repositoryState();

  copy = join(work, "repo");
  await publishCopy({ root, copy, env, npmrc, workspace });
  publishable = workspace.filter((pkg) => !pkg.private);
  const found = workspace.find((pkg) => pkg.name === "@s400/data");
  if (!found) throw new Error("the workspace has no @s400/data");
  data = found;
});

afterAll(async () => {
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

type Packument = {
  "dist-tags": Record<string, string>;
  versions: Record<
    string,
    Manifest & { dist: { tarball: string }; peerDependenciesMeta?: Record<string, { optional?: boolean }> }
  >;
};

/** The registry's document for a package (its packument), or undefined for a 404. */
async function packument(name: string): Promise<Packument | undefined> {
  const response = await fetch(new URL(name.replace("/", "%2f"), registry.url), {
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status === 404) return undefined;
  expect(response.status).toBe(200);
  return (await response.json()) as Packument;
}

describe("changeset publish to a local registry", () => {
  it("publishes every public package at its version as latest, and nothing private", async () => {
    expect(publishable.map((pkg) => pkg.name)).toContain("@s400/data");
    for (const pkg of workspace) {
      const doc = await packument(pkg.name);
      if (pkg.private) {
        expect(doc, `${pkg.name} is private`).toBeUndefined();
        continue;
      }
      expect(doc?.["dist-tags"].latest, pkg.name).toBe(pkg.version);
      expect(Object.keys(doc?.versions ?? {}), pkg.name).toEqual([pkg.version]);
      expect(doc?.versions[pkg.version]?.dist.tarball.startsWith(registry.url), pkg.name).toBe(true);
    }
  });

  it("publishes real version ranges in place of workspace: and catalog:", async () => {
    for (const pkg of publishable) {
      const published = (await packument(pkg.name))?.versions[pkg.version];
      const ranges = Object.values({
        ...published?.dependencies,
        ...published?.devDependencies,
        ...published?.peerDependencies,
        ...published?.optionalDependencies,
      });
      expect(ranges.length, pkg.name).toBeGreaterThan(0);
      expect(
        ranges.filter((range) => /^(workspace|catalog):/.test(range)),
        pkg.name,
      ).toEqual([]);
      // A runtime dependency on a sibling names the sibling's version exactly.
      for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
        const sibling = workspace.find((p) => p.name === name);
        if (range.startsWith("workspace:") && sibling)
          expect(published?.dependencies?.[name], `${pkg.name} → ${name}`).toBe(sibling.version);
      }
    }
  });

  it("tags each release in the copy and leaves this repository as it was", async () => {
    const tags = (await git(copy, ["tag", "--list"])).trim().split("\n").sort();
    expect(tags).toEqual(publishable.map((pkg) => `${pkg.name}@${pkg.version}`).sort());
    expect(await repositoryState()).toEqual(stateBefore);
  });
});

describe("@s400/data installed by name from the registry", () => {
  let consumer: string;
  const node = (args: string[]) => run(process.execPath, args, { cwd: consumer, env, timeoutMs: minute });
  const npm = (args: string[], cwd = consumer) => run("npm", args, { cwd, env, timeoutMs: minute });

  beforeAll(async () => {
    consumer = join(work, "consumer");
    mkdirSync(consumer);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    writeFileSync(join(consumer, ".npmrc"), readFileSync(join(work, "npmrc")));
    await npm(["install", "--no-audit", "--no-fund", "--ignore-scripts", "@s400/data"]);
  });

  it("resolves to the published version, downloaded from the local registry", () => {
    const lock = readJson<{ packages: Record<string, { version: string; resolved: string }> }>(
      join(consumer, "package-lock.json"),
    );
    const entry = lock.packages["node_modules/@s400/data"];
    expect(entry?.version).toBe(data.version);
    expect(entry?.resolved.startsWith(registry.url)).toBe(true);
    expect(readJson<Manifest>(join(consumer, "package.json")).dependencies?.["@s400/data"]).toBe(
      `^${data.version}`,
    );
    expect(readJson<Manifest>(join(consumer, "node_modules/@s400/data/package.json")).version).toBe(
      data.version,
    );
  });

  it("works from ESM", async () => {
    const out = await node([
      "--input-type=module",
      "-e",
      `import { dataset, getEntity, search, S400Error } from "@s400/data";
       let code = "";
       try { getEntity("no such entity"); } catch (e) { code = e instanceof S400Error ? e.code : "wrong error"; }
       console.log(JSON.stringify({ version: dataset.version, sources: dataset.sources.length, demir: getEntity("Ismail Demir").id, hits: search("sanctions").length > 0, code }));`,
    ]);
    // The build bakes the version in: what was published must say the version it was published as.
    expect(JSON.parse(out)).toEqual({
      version: data.version,
      sources: 15,
      demir: "ismail-demir",
      hits: true,
      code: "NOT_FOUND",
    });
  });

  it("works from CommonJS require", async () => {
    const out = await node([
      "-e",
      `const { dataset, getEntity } = require("@s400/data");
       const json = require("@s400/data/dataset.json");
       console.log(JSON.stringify({ version: dataset.version, sources: dataset.sources.length, ssb: getEntity("SSB").id, json: json.version }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ version: data.version, sources: 15, ssb: "ssb", json: data.version });
  });

  it("serves dataset.json to ESM with an import attribute", async () => {
    const out = await node([
      "--input-type=module",
      "-e",
      `import data from "@s400/data/dataset.json" with { type: "json" };
       console.log(data.sources[0].id, data.sources.length);`,
    ]);
    expect(out.trim()).toBe("s01 15");
  });

  it("loads without zod, its optional peer, and its schema subpath then asks for zod", async () => {
    const published = (await packument(data.name))?.versions[data.version];
    expect(published?.peerDependencies?.zod).toBeTruthy();
    expect(published?.peerDependenciesMeta?.zod?.optional).toBe(true);
    expect(existsSync(join(consumer, "node_modules/zod"))).toBe(false);
    const out = await node([
      "--input-type=module",
      "-e",
      `import { getEntity } from "@s400/data";
       let missing = "";
       try { await import("@s400/data/schema"); } catch (e) { missing = e.code + " " + String(e.message).includes("'zod'"); }
       console.log(getEntity("SSB").id, missing);`,
    ]);
    expect(out.trim()).toBe("ssb ERR_MODULE_NOT_FOUND true");
  });

  describe("with zod installed by name beside it", () => {
    beforeAll(async () => {
      // The registry is offline, so it serves the zod this repository pins, packed from its installed copy (the
      // files of npm's tarball; its build scripts are not ours to run). pnpm packs and publishes it: npm 11
      // crashes ("Exit handler never called") packing a folder inside node_modules, and took 6 s to publish
      // the tarball that pnpm publishes in 0.5 s.
      const zod = dirname(createRequire(import.meta.url).resolve("zod/package.json"));
      const packed = join(work, "zod");
      mkdirSync(packed);
      const pnpm = (args: string[], cwd: string) => run("pnpm", args, { cwd, env, timeoutMs: minute });
      await pnpm(["pack", "--ignore-scripts", "--pack-destination", packed], zod);
      const [tarball] = readdirSync(packed);
      if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${zod}`);
      await pnpm(["publish", join(packed, tarball), "--ignore-scripts", "--no-git-checks"], packed);
      await npm(["install", "--no-audit", "--no-fund", "--ignore-scripts", "zod"]);
    });

    it("validates the dataset and rejects a bad record from ESM through @s400/data/schema", async () => {
      const out = await node([
        "--input-type=module",
        "-e",
        `import { datasetJsonSchema, datasetSchema, entityIdSchema, entitySchema } from "@s400/data/schema";
         import { getEntity } from "@s400/data";
         import data from "@s400/data/dataset.json" with { type: "json" };
         const bad = entitySchema.safeParse({ ...getEntity("SSB"), id: "no-such-entity" });
         console.log(JSON.stringify({
           dataset: datasetSchema.safeParse(data).success,
           ssb: entitySchema.parse(getEntity("SSB")).id,
           bad: bad.success,
           path: bad.error?.issues[0]?.path,
           ids: entityIdSchema.options.includes("ismail-demir"),
           jsonSchema: datasetJsonSchema().$schema,
         }));`,
      ]);
      expect(JSON.parse(out)).toEqual({
        dataset: true,
        ssb: "ssb",
        bad: false,
        path: ["id"],
        ids: true,
        jsonSchema: "https://json-schema.org/draft/2020-12/schema",
      });
    });

    it("works from CommonJS require of @s400/data/schema", async () => {
      const out = await node([
        "-e",
        `const { datasetSchema, sourceSchema } = require("@s400/data/schema");
         const { dataset } = require("@s400/data");
         const json = require("@s400/data/dataset.json");
         console.log(JSON.stringify({ dataset: datasetSchema.safeParse(json).success, source: sourceSchema.parse(dataset.sources[0]).id, empty: sourceSchema.safeParse({}).success }));`,
      ]);
      expect(JSON.parse(out)).toEqual({ dataset: true, source: "s01", empty: false });
    });
  });
});
