/** A real terminal for end-to-end tests: a tmux server of its own, one 80×24 window running a shell. */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The environment of the terminal: no CI (Ink under CI=true draws only its last frame), a common TERM. */
function terminalEnv(): NodeJS.ProcessEnv {
  const { CI: _ci, TMUX: _tmux, FORCE_COLOR: _force, NO_COLOR: _no, ...rest } = process.env;
  return { ...rest, TERM: "xterm-256color" };
}

export class Terminal {
  /** A socket name of its own, so parallel runs and a user's tmux never meet. */
  readonly socket = `s400-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(columns = 80, rows = 24) {
    this.tmux("new-session", "-d", "-s", "e2e", "-x", String(columns), "-y", String(rows), "sh");
    // A window size of its own, not the size of whichever client attaches last.
    this.tmux("set-option", "-t", "e2e", "window-size", "manual");
    // A prompt the tests can recognise (sh ignores PS1 from the environment for root).
    this.run("PS1='shell$ '");
  }

  tmux(...args: string[]): string {
    return execFileSync("tmux", ["-L", this.socket, ...args], { env: terminalEnv(), encoding: "utf8" });
  }

  /** Types a line into the shell and presses Enter. */
  run(command: string): void {
    this.tmux("send-keys", "-t", "e2e", "-l", command);
    this.tmux("send-keys", "-t", "e2e", "Enter");
  }

  /** Presses keys by their tmux names (Escape, Enter, Up) or types literal text with `literal`. */
  press(keys: string, literal = false): void {
    this.tmux("send-keys", "-t", "e2e", ...(literal ? ["-l"] : []), keys);
  }

  /** What the pane shows now; with `styles`, its colours and attributes as escape codes too. */
  screen(styles = false): string {
    return this.tmux("capture-pane", "-p", ...(styles ? ["-e"] : []), "-t", "e2e");
  }

  /** The program running in the pane now (`sh` once the app has quit). */
  command(): string {
    return this.tmux("display-message", "-p", "-t", "e2e", "#{pane_current_command}").trim();
  }

  /** The processes the pane's shell has started (Linux: read from /proc). */
  children(): number[] {
    const shell = Number(this.tmux("display-message", "-p", "-t", "e2e", "#{pane_pid}").trim());
    return readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          // Field 4 of /proc/<pid>/stat is the parent pid; the command name before it may contain spaces.
          const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
          return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === shell;
        } catch {
          return false;
        }
      })
      .map(Number);
  }

  /** Pastes `text` as a terminal does: bracketed (ESC[200~ … ESC[201~) when the app asked for it. */
  paste(text: string): void {
    this.tmux("set-buffer", "-b", "s400-paste", text);
    this.tmux("paste-buffer", "-p", "-d", "-b", "s400-paste", "-t", "e2e");
  }

  /** A tmux format of the pane, e.g. `#{alternate_on}` (1 on the alternate screen) or `#{cursor_flag}` (1 when the cursor shows). */
  format(format: string): string {
    return this.tmux("display-message", "-p", "-t", "e2e", format).trim();
  }

  resize(columns: number, rows: number): void {
    this.tmux("resize-window", "-t", "e2e", "-x", String(columns), "-y", String(rows));
  }

  /** Waits until `check` holds for the screen; fails with the screen it last saw. */
  async waitFor(check: (screen: string) => boolean, what: string, timeout = 10_000): Promise<string> {
    const start = Date.now();
    let screen = "";
    while (Date.now() - start < timeout) {
      screen = this.screen();
      if (check(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`timed out waiting for ${what}; the screen shows:\n${screen}`);
  }

  /** Waits until the screen shows `text`. */
  see(text: string, timeout?: number): Promise<string> {
    return this.waitFor((screen) => screen.includes(text), JSON.stringify(text), timeout);
  }

  close(): void {
    try {
      this.tmux("kill-server");
    } catch {
      // Already gone.
    }
    // tmux leaves its socket file behind after kill-server.
    const uid = typeof process.getuid === "function" ? process.getuid() : 0;
    rmSync(join(process.env.TMUX_TMPDIR ?? tmpdir(), `tmux-${uid}`, this.socket), { force: true });
  }
}
