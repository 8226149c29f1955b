/** The built `s400` in a real terminal (tmux at 80×24): search, resize, quit, and an unreachable API. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type AddressInfo, createServer } from "node:net";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startNodeServer } from "../api/servers.js";
import { Terminal } from "./terminal.js";

const tuiDir = dirname(createRequire(import.meta.url).resolve("@s400/tui/package.json"));
const { bin } = JSON.parse(readFileSync(join(tuiDir, "package.json"), "utf8")) as { bin: { s400: string } };
const s400 = `${process.execPath} ${join(tuiDir, bin.s400)}`;

// A terminal of its own for each test, so one that fails leaves nothing running for the next.
let terminal: Terminal;
beforeEach(async () => {
  terminal = new Terminal(80, 24);
  await terminal.see("shell$");
});
afterEach(() => terminal?.close());

describe("s400 in a terminal", () => {
  it("searches as you type, shows the result, and quits with q, giving the shell back", async () => {
    terminal.run(`clear; ${s400}; echo "s400 exited with $?"`);
    // The whole first frame: tmux can capture a frame it has only partly received.
    const first = await terminal.waitFor(
      (s) => s.includes("s400 · Overview") && s.includes("q quit"),
      "the frame",
    );
    expect(first).toContain("The S-400 sanctions story");
    expect(first).toContain("o Overview");
    for (const line of first.split("\n")) expect(line.length).toBeLessThanOrEqual(80);

    // Switching views redraws the whole frame in place: one header, one footer, nothing left over.
    for (const [key, header] of [
      ["t", "s400 · Timeline"],
      ["u", "s400 · Quotes"],
      ["o", "s400 · Overview"],
    ] as const) {
      terminal.press(key);
      // The whole frame, as for the first one: tmux can capture a redraw it has only partly received.
      const screen = await terminal.waitFor(
        (s) => s.includes(header) && s.includes("q quit") && s.includes("o Overview  e Entities"),
        `the ${header} frame`,
      );
      expect(screen.match(/s400 · /g)?.length).toBe(1);
      expect(screen.split("\n").filter((line) => line.includes("o Overview  e Entities")).length).toBe(1);
    }

    terminal.press("/");
    await terminal.see("search the story");
    terminal.press("Demir", true);
    const results = await terminal.see("results for “Demir”");
    expect(results).toContain("İsmail Demir");

    terminal.press("Enter");
    // The header names what opened in words, not by its id.
    const record = await terminal.see("s400 · Entity");
    expect(record).toContain("▶ İsmail Demir");
    expect(record).not.toContain("ismail-demir");
    terminal.press("Escape");
    await terminal.see("results for “Demir”");
    terminal.press("Escape");
    await terminal.see("s400 · Overview");

    terminal.press("q");
    const after = await terminal.see("s400 exited with 0");
    // The alternate screen is gone: the app's frame no longer shows, the shell is back in charge.
    expect(after).not.toContain("s400 · Overview");
    await terminal.see("shell$");
    expect(terminal.command()).toBe("sh");
  });

  it("says it needs more room in a tiny terminal, and draws again when it grows", async () => {
    terminal.run(`clear; ${s400}; echo "s400 exited with $?"`);
    await terminal.see("s400 · Overview");
    terminal.resize(30, 8);
    await terminal.see("needs at least 60×16");
    terminal.resize(80, 24);
    await terminal.see("s400 · Overview");
    terminal.press("q");
    await terminal.see("s400 exited with 0");
    expect(terminal.command()).toBe("sh");
  });

  it("draws no colour under NO_COLOR, still marking cited words with inverse and underline", async () => {
    const ESC = String.fromCharCode(27);
    terminal.run(`clear; ${s400}`);
    await terminal.see("s400 · Overview");
    // The same screen in colour first, so the check below can tell the difference.
    expect(terminal.screen(true)).toMatch(new RegExp(`${ESC}\\[[0-9;]*(3[0-7]|9[0-7]|38;5;\\d+)m`));
    terminal.press("q");
    await terminal.see("shell$");
    terminal.run(`clear; NO_COLOR=1 ${s400}`);
    await terminal.see("s400 · Overview");
    terminal.press("t");
    await terminal.see("╔═ ▶ Timeline");
    terminal.press("g");
    await terminal.see("marked: the words the record");
    const styled = terminal.screen(true);
    expect(styled).not.toMatch(new RegExp(`${ESC}\\[[0-9;]*(3[0-7]|9[0-7]|38;5;\\d+)m`));
    expect(styled).toMatch(new RegExp(`${ESC}\\[(?:[0-9;]*;)?7[;m]`));
    terminal.press("q");
  });

  it("gives the terminal back when it is killed, exiting 143", async () => {
    terminal.run(`clear; ${s400}; echo "s400 exited with $?"`);
    await terminal.see("s400 · Overview");
    const [app] = terminal.children();
    expect(app).toBeDefined();
    process.kill(app as number, "SIGTERM");
    const after = await terminal.see("s400 exited with 143");
    expect(after).not.toContain("s400 · Overview");
    expect(terminal.command()).toBe("sh");
  });

  it("reads every view from a running API with --api", async () => {
    const server = await startNodeServer();
    try {
      terminal.run(`clear; ${s400} --api ${server.url}; echo "s400 exited with $?"`);
      const first = await terminal.see("s400 · Overview");
      expect(first).toContain(`API ${server.url}`);
      await terminal.see("entities");
      terminal.press("e");
      await terminal.see("Statements (");
      terminal.press("p");
      await terminal.see("United States (");
      terminal.press("q");
      await terminal.see("s400 exited with 0");
    } finally {
      await server.stop();
    }
  });

  it("says so and exits non-zero when the API cannot be reached", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    terminal.run(`clear; ${s400} --api http://127.0.0.1:${port}; echo "s400 exited with $?"`);
    const screen = await terminal.see("s400 exited with 3");
    expect(screen).toContain(`s400: cannot reach the s400 API at http://127.0.0.1:${port} (ECONNREFUSED)`);
    expect(screen).not.toMatch(/\n\s+at /);
    expect(terminal.command()).toBe("sh");
  });
});
