// Makes sure the system programs the end-to-end tests drive are present: tmux (the TUI in a real terminal)
// and Chromium (the API docs page in a real browser). On a fresh Debian machine, as root, it installs them
// from Debian's packages; elsewhere it says what to install and fails, rather than letting tests skip.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
const needed = [
  { pkg: "tmux", present: () => has("tmux") },
  { pkg: "chromium", present: () => existsSync("/usr/bin/chromium") || has("chromium") },
];
const missing = needed.filter((n) => !n.present()).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !has("apt-get")) {
  console.error(
    `The end-to-end tests need ${missing.join(" and ")}; install ${missing.length > 1 ? "them" : "it"} (Debian/Ubuntu: sudo apt-get install -y ${missing.join(" ")}) and run the tests again.`,
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(", ")} from Debian's packages for the end-to-end tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env });
