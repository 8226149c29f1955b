/** Runs a CommonJS file shipped beside the bundle through V8's code cache, so later starts skip compiling it. */
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/** The same arguments as Node's own CommonJS wrapper, so the file runs as `require()` would run it. */
const WRAPPER = ["(function (exports, require, module, __filename, __dirname) {", "\n})"] as const;

/** What a shipped file sees as `require`: only the modules the bundle hands it, by name. */
export type Dependencies = Readonly<Record<string, unknown>>;

/** Where a file shipped beside this module is: the bundle's own folder once built (dist/). */
export function besideBundle(file: string): string {
  return fileURLToPath(new URL(`./${file}`, import.meta.url));
}

/**
 * The folder for the cache: one a user's own, in the temporary folder, as Node's own compile cache
 * (`module.enableCompileCache`, Node 22) keeps its files; `undefined` when it is off
 * (`NODE_DISABLE_COMPILE_CACHE`, Node's switch for its own) or cannot be trusted: code read from a folder
 * that another user can write is code that user chose.
 */
export function cacheFolder(
  env: NodeJS.ProcessEnv = process.env,
  base: string = tmpdir(),
): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined && env.NODE_DISABLE_COMPILE_CACHE !== "") return undefined;
  const uid = process.getuid?.();
  const folder = join(base, uid === undefined ? "s400-compile-cache" : `s400-compile-cache-${uid}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stat = lstatSync(folder);
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0)
      return undefined;
    return folder;
  } catch {
    // A read-only or missing temporary folder: run without a cache.
    return undefined;
  }
}

export interface CachedRun {
  /** What the file put in `module.exports`. */
  readonly exports: unknown;
  /** How the compile went: from the cache, compiled afresh (no cache yet, or one V8 refused), or uncached. */
  readonly compiled: "from-cache" | "afresh" | "uncached";
  /**
   * Writes the cache when there was no usable one (else does nothing). Called late, it holds every
   * function compiled by then, not only the top level.
   */
  readonly save: () => void;
}

/**
 * Compiles and runs the CommonJS file at `path` with V8's code cache from `folder`, handing it
 * `dependencies` as its `require`. A cache V8 refuses (another Node, other flags, another file) is compiled past and replaced; any failure
 * to read or write it only costs the compile it would have saved.
 *
 * @example
 * const run = runCachedCommonJs(besideBundle("react-reconciler.cjs"), { react, scheduler }, cacheFolder());
 * process.once("exit", run.save);
 */
export function runCachedCommonJs(
  path: string,
  dependencies: Dependencies,
  folder: string | undefined,
): CachedRun {
  const source = readFileSync(path, "utf8");
  const name = path.replace(/^.*[\\/]/, "");
  // V8 checks its version, flags and the source's length itself; the name keeps two Nodes from taking turns.
  const cacheFile = folder && join(folder, `${name}.${process.versions.v8}.${process.arch}.cache`);
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet.
    }
  }
  const script = new Script(`${WRAPPER[0]}${source}${WRAPPER[1]}`, {
    filename: path,
    ...(cachedData ? { cachedData } : {}),
  });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as unknown };
  const require = (id: string): unknown => {
    if (Object.hasOwn(dependencies, id)) return dependencies[id];
    throw new Error(`${name} requires "${id}", which the bundle does not hand it`);
  };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, require, module, path, path.replace(/[\\/][^\\/]*$/, ""));
  return {
    exports: module.exports,
    compiled: !cacheFile ? "uncached" : fromCache ? "from-cache" : "afresh",
    save: () => {
      if (cacheFile && !fromCache) save(script, cacheFile);
    },
  };
}

/**
 * The bundle's way in (see bundle-plugins.ts): runs `file` from beside the bundle through the user's
 * cache, and writes the cache as the process exits, so it holds every function the session compiled,
 * the first frame's included.
 */
export function loadCached(file: string, dependencies: Dependencies): unknown {
  const run = runCachedCommonJs(besideBundle(file), dependencies, cacheFolder());
  process.once("exit", run.save);
  return run.exports;
}

/** Writes the cache whole or not at all: a start that reads it while it is written sees the old one or none. */
function save(script: Script, cacheFile: string): void {
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
    renameSync(partial, cacheFile);
  } catch {
    rmSync(partial, { force: true });
  }
}
