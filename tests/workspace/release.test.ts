// The release set-up: one changeset bumps all three packages to the same version, offline, with a CHANGELOG each.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const packages = ["packages/data", "apps/api", "apps/tui"];
const changesetBin = createRequire(join(root, "package.json")).resolve("@changesets/cli/bin.js");
const work = mkdtempSync(join(tmpdir(), "s400-release-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const version = (dir: string): string =>
  (JSON.parse(readFileSync(join(work, dir, "package.json"), "utf8")) as { version: string }).version;

it("bumps every package to one version and writes their changelogs", () => {
  for (const file of [
    "package.json",
    "pnpm-workspace.yaml",
    ".changeset/config.json",
    "tests/package.json",
  ]) {
    mkdirSync(dirname(join(work, file)), { recursive: true });
    cpSync(join(root, file), join(work, file));
  }
  for (const dir of packages) {
    mkdirSync(join(work, dir), { recursive: true });
    cpSync(join(root, dir, "package.json"), join(work, dir, "package.json"));
  }
  const before = packages.map(version);
  expect(new Set(before).size).toBe(1);
  writeFileSync(join(work, ".changeset/test-bump.md"), '---\n"@s400/data": minor\n---\n\nA test change.\n');

  execFileSync(process.execPath, [changesetBin, "version"], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, CI: "true" },
  });

  const after = packages.map(version);
  expect(new Set(after).size).toBe(1);
  expect(after[0]).not.toBe(before[0]);
  for (const dir of packages) {
    expect(existsSync(join(work, dir, "CHANGELOG.md"))).toBe(true);
  }
  expect(readFileSync(join(work, "packages/data/CHANGELOG.md"), "utf8")).toContain("A test change.");
});
