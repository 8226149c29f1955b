// The set-up promises of the README: CI runs exactly its test command, and builds are fully cacheable.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

it(".ci/run runs the README's test command, verbatim", () => {
  const readme = readFileSync(resolve(root, "README.md"), "utf8");
  const ci = readFileSync(resolve(root, ".ci/run"), "utf8");
  const command = /<!-- test-command -->\s*```sh\n(.+)\n```/.exec(readme)?.[1];
  expect(command, "README marks its test command with <!-- test-command -->").toBeTruthy();
  const ciCommands = ci
    .split("\n")
    .filter(
      (line) =>
        line.trim() && !line.trim().startsWith("#") && !line.startsWith("set ") && !line.startsWith("cd "),
    );
  expect(ciCommands).toEqual([command]);
});

it("a second build is all cache hits (outputs declared, nothing written into inputs)", () => {
  const turbo = resolve(root, "node_modules/.bin/turbo");
  const dry = JSON.parse(
    execFileSync(turbo, ["run", "build", "--dry=json"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    }),
  ) as { tasks: { taskId: string; command: string; cache: { status: string } }[] };
  expect(dry.tasks.length).toBeGreaterThanOrEqual(3);
  expect(
    dry.tasks.filter((t) => t.command !== "<NONEXISTENT>" && t.cache.status !== "HIT").map((t) => t.taskId),
  ).toEqual([]);
});
