// Releases the workspace for real, to a throwaway Verdaccio on loopback, then installs @s400/data from it by
// name with npm into a fresh project and uses it from ESM and CommonJS. Nothing leaves the machine.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../process-group.js";
import { type Registry, startRegistry } from "./registry.js";

const root = resolve(import.meta.dirname, "../..");
const changesetBin = createRequire(join(root, "package.json")).resolve("@changesets/cli/bin.js");
const minute = 60_000;

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

/** The workspace's packages as pnpm lists them (the root aside), each with its manifest and folder. */
const workspace: (Manifest & { dir: string })[] = (
  JSON.parse(
    await run("pnpm", ["ls", "--recursive", "--depth=-1", "--json"], {
      cwd: root,
      env: process.env,
      timeoutMs: minute,
    }),
  ) as { path: string }[]
)
  .filter(({ path }) => path !== root)
  .map(({ path }) => ({ ...readJson<Manifest>(join(path, "package.json")), dir: relative(root, path) }));
/** What `changeset publish` must publish: every package that is not private. */
const publishable = workspace.filter((pkg) => !pkg.private);
const data = workspace.find((pkg) => pkg.name === "@s400/data");
if (!data) throw new Error("the workspace has no @s400/data");

let work: string;
let registry: Registry;
let copy: string;
let consumer: string;
let env: NodeJS.ProcessEnv;

/**
 * The environment of every command: the test's own, less any npm or pnpm setting it inherited (a registry
 * or a token set there must not take part), plus the throwaway registry, a user config and an npm cache of
 * the test's own (so the install really downloads from the registry), and git without the user's config
 * (a `tag.gpgSign` there would break changesets' tagging).
 */
function commandEnv(): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !/^p?npm_config_/i.test(key));
  return {
    ...Object.fromEntries(inherited),
    CI: "true",
    npm_config_registry: registry.url,
    npm_config_userconfig: join(work, "npmrc"),
    npm_config_cache: join(work, "npm-cache"),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_AUTHOR_NAME: "s400 release test",
    GIT_AUTHOR_EMAIL: "release-test@s400.invalid",
    GIT_COMMITTER_NAME: "s400 release test",
    GIT_COMMITTER_EMAIL: "release-test@s400.invalid",
  };
}

const inCopy = (command: string, args: string[]) => run(command, args, { cwd: copy, env, timeoutMs: minute });
const git = (cwd: string, args: string[]) => run("git", args, { cwd, env, timeoutMs: minute });
const node = (args: string[]) => run(process.execPath, args, { cwd: consumer, env, timeoutMs: minute });

/** What a release could change in the repository: its commit, its tags and each package's manifest. */
async function repositoryState(): Promise<unknown> {
  return {
    head: await git(root, ["rev-parse", "HEAD"]),
    tags: await git(root, ["tag", "--list"]),
    manifests: workspace.map((pkg) => readFileSync(join(root, pkg.dir, "package.json"), "utf8")),
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
  env = commandEnv();
  stateBefore = await repositoryState();

  // `changeset publish` tags each release in git, and would tag this repository if it ran here; so it runs on
  // a copy of the built work tree (what `pnpm release` sees after its `turbo run build lint`) that is a git
  // repository of its own. `pnpm publish --no-git-checks` of a packed copy would not mutate anything either,
  // but it would skip the release path we ship: which packages changesets picks, its registry check, its
  // pnpm invocation that turns `workspace:` and `catalog:` ranges into versions, and its tags.
  copy = join(work, "repo");
  const leftOut = new Set([".git", "node_modules", ".turbo", ".wrangler", "coverage"]);
  cpSync(root, copy, { recursive: true, filter: (src) => !leftOut.has(basename(src)) });
  for (const { dir } of publishable) {
    if (!existsSync(join(copy, dir, "dist")))
      throw new Error(`${dir} is not built; run \`pnpm build\` (turbo does before \`pnpm test\`)`);
  }
  // A CI release job's .npmrc: the registry and its token.
  writeFileSync(join(copy, ".npmrc"), npmrc);
  // pnpm publish resolves `workspace:` ranges (devDependencies' too) through node_modules, so the copy is
  // installed as a release job's checkout is; hard-linked from the store this repository was installed from
  // (--offline), it takes about a second and no network.
  const store = (
    await run("pnpm", ["store", "path"], { cwd: root, env: process.env, timeoutMs: minute })
  ).trim();
  await inCopy("pnpm", [
    "install",
    "--offline",
    "--frozen-lockfile",
    "--ignore-scripts",
    "--store-dir",
    store,
  ]);
  await git(copy, ["init", "--quiet", "--initial-branch=main"]);
  await git(copy, ["add", "--all"]);
  await git(copy, ["commit", "--quiet", "--message", "The release under test"]);

  // The `changeset publish` half of `pnpm release`. changesets reads the registry from npm_config_registry
  // and runs the `pnpm` on PATH, as it would in a release job.
  await inCopy(process.execPath, [changesetBin, "publish"]);
});

afterAll(async () => {
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The registry's document for a package (its packument), or undefined for a 404. */
async function packument(name: string): Promise<
  | {
      "dist-tags": Record<string, string>;
      versions: Record<string, Manifest & { dist: { tarball: string } }>;
    }
  | undefined
> {
  const response = await fetch(new URL(name.replace("/", "%2f"), registry.url), {
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status === 404) return undefined;
  expect(response.status).toBe(200);
  return response.json();
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
      expect(
        ranges.filter((range) => /^(workspace|catalog):/.test(range)),
        pkg.name,
      ).toEqual([]);
      const source = workspace.find((p) => p.name === pkg.name);
      // A dependency on a sibling names the sibling's version exactly.
      if (source?.dependencies?.["@s400/data"]?.startsWith("workspace:"))
        expect(published?.dependencies?.["@s400/data"], pkg.name).toBe(data.version);
    }
  });

  it("tags each release in the copy and leaves this repository as it was", async () => {
    const tags = (await git(copy, ["tag", "--list"])).trim().split("\n").sort();
    expect(tags).toEqual(publishable.map((pkg) => `${pkg.name}@${pkg.version}`).sort());
    expect(await repositoryState()).toEqual(stateBefore);
  });
});

describe("@s400/data installed by name from the registry", () => {
  beforeAll(async () => {
    consumer = join(work, "consumer");
    mkdirSync(consumer);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    writeFileSync(join(consumer, ".npmrc"), readFileSync(join(work, "npmrc")));
    await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "@s400/data"], {
      cwd: consumer,
      env,
      timeoutMs: minute,
    });
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
  });

  it("works from ESM", async () => {
    const out = await node([
      "--input-type=module",
      "-e",
      `import { dataset, getEntity, search, S400Error } from "@s400/data";
       let code = "";
       try { getEntity("no such entity"); } catch (e) { code = e instanceof S400Error ? e.code : "wrong error"; }
       console.log(JSON.stringify({ sources: dataset.sources.length, demir: getEntity("Ismail Demir").id, hits: search("sanctions").length > 0, code }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ sources: 15, demir: "ismail-demir", hits: true, code: "NOT_FOUND" });
  });

  it("works from CommonJS require", async () => {
    const out = await node([
      "-e",
      `const { dataset, getEntity } = require("@s400/data");
       const json = require("@s400/data/dataset.json");
       console.log(JSON.stringify({ sources: dataset.sources.length, ssb: getEntity("SSB").id, json: json.sources.length }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ sources: 15, ssb: "ssb", json: 15 });
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
});
