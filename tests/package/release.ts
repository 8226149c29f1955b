/** Runs the project's release (`changeset publish`) on a copy of the built work tree, against a given registry. */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { basename, delimiter, dirname, join, relative } from "node:path";
import { run } from "../process-group.js";

const minute = 60_000;

/** The parts of a package manifest the release touches. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** A workspace package: its manifest and its folder, relative to the repository root. */
export type WorkspacePackage = Manifest & { dir: string };

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

/**
 * `env` with the pnpm that runs these tests first on PATH (pnpm sets npm_execpath for its scripts), so that
 * changesets' plain `pnpm` is that one too, also under `npx pnpm@…` where no other may be installed.
 */
export function withOwnPnpm(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const own = process.env.npm_execpath;
  // pnpm 12 is a native executable; an older pnpm.cjs cannot stand on PATH as `pnpm`.
  if (!own || basename(own) !== "pnpm") return env;
  return { ...env, PATH: `${dirname(own)}${delimiter}${env.PATH ?? ""}` };
}

/** The workspace's packages as pnpm lists them (the root aside). */
export async function workspacePackages(root: string): Promise<WorkspacePackage[]> {
  const listed = JSON.parse(
    await run("pnpm", ["ls", "--recursive", "--depth=-1", "--json"], {
      cwd: root,
      env: withOwnPnpm(process.env),
      timeoutMs: minute,
    }),
  ) as { path: string }[];
  // pnpm prints real paths; the root may have been reached through a symbolic link.
  const real = realpathSync(root);
  return listed
    .filter(({ path }) => path !== real)
    .map(({ path }) => ({ ...readJson<Manifest>(join(path, "package.json")), dir: relative(real, path) }));
}

/**
 * Links each package's `workspace:` dependencies into its node_modules, as `pnpm install` does: `pnpm publish`
 * reads a sibling's version from there to replace the range (`catalog:` ranges it takes from
 * pnpm-workspace.yaml). A real `pnpm install --offline` of the copy works too, but on a loaded 2-core machine
 * it took 2.8 s and removing it afterwards 17 s (5 s when installing only the published packages); these few
 * symbolic links take milliseconds.
 */
function linkWorkspaceDependencies(copy: string, workspace: readonly WorkspacePackage[]): void {
  for (const pkg of workspace) {
    const ranges = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
    for (const [name, range] of Object.entries(ranges)) {
      const sibling = workspace.find((other) => other.name === name);
      if (!range.startsWith("workspace:") || !sibling) continue;
      const link = join(copy, pkg.dir, "node_modules", name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), join(copy, sibling.dir)), link, "dir");
    }
  }
}

export interface ReleaseOptions {
  /** The repository to release; it is read, never written. */
  root: string;
  /** Where the copy goes; it becomes a git repository of its own. */
  copy: string;
  /** The environment of every command; it names the registry (changesets reads npm_config_registry). */
  env: NodeJS.ProcessEnv;
  /** The release job's .npmrc: the registry and its token. */
  npmrc: string;
  /** The repository's workspace packages, as `workspacePackages(root)` lists them. */
  workspace: readonly WorkspacePackage[];
}

/**
 * Publishes a copy of `root` with `changeset publish`.
 *
 * `changeset publish` tags each release in git: run here, it would tag this repository, so it runs on a copy of the built work tree (what `pnpm release`
 * sees after its `turbo run build lint`) that is a git repository of its own. `pnpm publish --no-git-checks`
 * of a packed copy would leave the repository alone too, but it would skip the release path we ship: which
 * packages changesets picks, its check of what the registry already has, its pnpm invocation that turns
 * `workspace:` and `catalog:` ranges into versions, and its tags.
 */
export async function publishCopy(options: ReleaseOptions): Promise<void> {
  const { root, copy, env, npmrc, workspace } = options;
  const changeset = createRequire(join(root, "package.json")).resolve("@changesets/cli/bin.js");
  const inCopy = (command: string, args: string[]) =>
    run(command, args, { cwd: copy, env, timeoutMs: minute });

  const leftOut = new Set([".git", "node_modules", ".turbo", ".wrangler", "coverage"]);
  cpSync(root, copy, { recursive: true, filter: (src) => !leftOut.has(basename(src)) });
  for (const { dir, private: isPrivate } of workspace) {
    if (!isPrivate && !existsSync(join(copy, dir, "dist")))
      throw new Error(`${dir} is not built; run \`pnpm build\` (turbo does before \`pnpm test\`)`);
  }
  writeFileSync(join(copy, ".npmrc"), npmrc);
  linkWorkspaceDependencies(copy, workspace);
  await inCopy("git", ["init", "--quiet", "--initial-branch=main"]);
  await inCopy("git", ["add", "--all"]);
  await inCopy("git", ["commit", "--quiet", "--message", "The release under test"]);

  // No `changeset version` here: the build bakes each package's version into it (`dataset.version`), and a
  // release builds after versioning; publishing the work tree as built keeps the two equal. The versioning
  // step has its own test (tests/workspace/release.test.ts).
  // The `changeset publish` half of `pnpm release`. It runs the `pnpm` on PATH, as in a release job.
  await inCopy(process.execPath, [changeset, "publish"]);
}
