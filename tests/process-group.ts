/** Child processes for end-to-end tests, each in a process group of its own, so ending one ends all it started. */
import { type ChildProcess, spawn } from "node:child_process";

/** Waits for `pattern` on the child's output; fails with the child's output if it exits or times out first. */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => fail(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        cleanup();
        resolve(match);
      }
    };
    const onExit = (code: number | null) => fail(new Error(`server exited with ${code}:\n${output}`));
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
    };
    const fail = (error: Error) => {
      cleanup();
      reject(error);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", onExit);
  });
}

/** Sends `signal` to the whole process group led by `pid`; a group that is already gone is fine. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Ends the child's whole process group (workerd children included) and waits for the child to exit. */
export function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const pid = child.pid;
    const hard = setTimeout(() => signalGroup(pid, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(hard);
      // Anything left in the group (a workerd that ignored SIGTERM) goes too.
      signalGroup(pid, "SIGKILL");
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The whole group is killed after this long, and the run fails with what it printed. */
  timeoutMs: number;
}

/**
 * Runs a command to completion without stdin and resolves with its stdout; rejects with its output on a
 * non-zero exit or a timeout. Unlike `execFileSync` it keeps the test's event loop free (a server the test
 * started goes on draining its pipes), and a timeout ends grandchildren too (`changeset publish` runs
 * `pnpm publish`, which runs more), which `execFile`'s `timeout` does not.
 */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const line = [command, ...args].join(" ");
    let stdout = "";
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) signalGroup(child.pid, "SIGKILL");
    }, options.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${line} could not start: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      // Nothing the command started outlives it.
      if (child.pid !== undefined) signalGroup(child.pid, "SIGKILL");
      if (timedOut) reject(new Error(`${line} timed out after ${options.timeoutMs} ms:\n${output}`));
      else if (code !== 0) reject(new Error(`${line} exited with ${code ?? signal}:\n${output}`));
      else resolve(stdout);
    });
  });
}
