/** The built `s400` in tmux: keys that arrive together, pastes, the way back, and leaving from any screen. */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type AddressInfo, createServer, type Server, type Socket } from "node:net";
import { dirname, join } from "node:path";
import * as s400data from "@s400/data";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Terminal } from "./terminal.js";

const tuiDir = dirname(createRequire(import.meta.url).resolve("@s400/tui/package.json"));
const { bin } = JSON.parse(readFileSync(join(tuiDir, "package.json"), "utf8")) as { bin: { s400: string } };
const s400 = `${process.execPath} ${join(tuiDir, bin.s400)}`;
const total = s400data.entities().length;

let terminal: Terminal;
beforeEach(async () => {
  terminal = new Terminal(80, 24);
  await terminal.see("shell$");
});
afterEach(() => terminal?.close());

async function start(args = "", first = "s400 · "): Promise<void> {
  terminal.run(`clear; ${s400} ${args}; echo "s400 exited with $?"`);
  await terminal.see(first);
}

/** The terminal is as the shell left it: main screen, cursor visible, the shell running. */
function expectGivenBack(): void {
  expect(terminal.format("#{alternate_on}")).toBe("0");
  expect(terminal.format("#{cursor_flag}")).toBe("1");
  expect(terminal.command()).toBe("sh");
}

/** A server that takes connections and never answers, like an API behind a hung proxy. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe("keys that arrive together", () => {
  it("moves four rows for j j j j sent at once", async () => {
    await start();
    terminal.press("e");
    await terminal.see(`1/${total}`);
    terminal.tmux("send-keys", "-t", "e2e", "j", "j", "j", "j");
    const screen = await terminal.see(`5/${total}`);
    expect(screen).toContain(`▶ ${s400data.entities()[4]?.name.split(" ")[0]}`);
    terminal.press("q");
    await terminal.see("s400 exited with 0");
  });

  it("deletes three characters for three Backspaces sent at once", async () => {
    await start();
    terminal.press("/");
    await terminal.see("search the story");
    terminal.press("Demir", true);
    await terminal.see("results for “Demir”");
    terminal.tmux("send-keys", "-t", "e2e", "BSpace", "BSpace", "BSpace");
    const screen = await terminal.see("results for “De”");
    expect(screen).toMatch(/^\/ De\s*$/m);
    terminal.tmux("send-keys", "-t", "e2e", "C-c");
    await terminal.see("s400 exited with 130");
    expectGivenBack();
  });

  it("puts a pasted question into the search field whole", async () => {
    await start();
    terminal.press("/");
    await terminal.see("search the story");
    const question = "who heads the procurement agency? q";
    terminal.paste(question);
    const screen = await terminal.see(`results for “${question}”`);
    expect(screen).toContain(`/ ${question}`);
    terminal.press("Escape");
    await terminal.see("s400 · Overview");
    terminal.press("q");
    await terminal.see("s400 exited with 0");
  });
});

describe("the way back", () => {
  it("returns to the entity, the neighbour's pane and the cursor where they were", async () => {
    await start();
    const entities = s400data.entities();
    const index = entities.findIndex((e) => e.id === "ismail-demir");
    terminal.press("e");
    await terminal.see(`1/${total}`);
    for (let i = 0; i < index; i++) terminal.press("Down");
    await terminal.see(`▶ İsmail Demir`);
    terminal.press("Tab");
    await terminal.see("╔═ ▶ Person");
    const statements = s400data.statementsAbout("ismail-demir").length;
    // Down past the name and the statements to the first neighbour.
    for (let i = 0; i < statements + 1; i++) terminal.press("Down");
    const neighbour = s400data.related("ismail-demir")[0]?.entity.name ?? "";
    await terminal.see(`▶ ${neighbour}`);
    terminal.press("Enter");
    await terminal.waitFor(
      (s) => s.includes("s400 · Entity") && s.includes(`▶ ${neighbour}`),
      "the neighbour",
    );
    terminal.press("Escape");
    const back = await terminal.see("s400 · Entities");
    expect(back).toContain("╔═ ▶ Person");
    expect(back).toContain("› İsmail Demir");
    expect(back).toContain(`▶ ${neighbour}`);
    expect(back).toContain(`${index + 1}/${total}`);
    terminal.press("q");
    await terminal.see("s400 exited with 0");
  });

  it("returns to the topic a claim was opened from", async () => {
    await start();
    const count = s400data.positions().length;
    terminal.press("p");
    await terminal.see(`Topic 1/${count}`);
    terminal.press("]");
    await terminal.see(`Topic 2/${count}`);
    terminal.press("Enter");
    await terminal.see("s400 · Claim");
    terminal.press("Escape");
    await terminal.see(`Topic 2/${count}`);
    terminal.press("q");
    await terminal.see("s400 exited with 0");
  });

  it("returns to the search with its query and results, and does not stack the current view", async () => {
    await start();
    terminal.press("e");
    terminal.press("e");
    terminal.press("e");
    await terminal.see("s400 · Entities");
    terminal.press("/");
    terminal.press("working group", true);
    await terminal.see("results for “working group”");
    terminal.press("Down");
    await terminal.see("2/");
    terminal.press("Enter");
    await terminal.waitFor((s) => !s.includes("results for"), "the result");
    terminal.press("Escape");
    const search = await terminal.see("results for “working group”");
    expect(search).toContain("/ working group");
    expect(search).toMatch(/ 2\/\d+ /);
    terminal.press("Escape");
    await terminal.see("s400 · Entities");
    terminal.press("Escape");
    await terminal.see("s400 · Overview");
    terminal.press("q");
    await terminal.see("s400 exited with 0");
  });

  it("keeps the cursor through a resize below the smallest size", async () => {
    await start();
    terminal.press("e");
    await terminal.see(`1/${total}`);
    terminal.tmux("send-keys", "-t", "e2e", "j", "j", "j");
    await terminal.see(`4/${total}`);
    terminal.resize(40, 10);
    await terminal.see("needs at least 60×16");
    terminal.resize(80, 24);
    const screen = await terminal.see(`4/${total}`);
    expect(screen).toContain(`▶ ${s400data.entities()[3]?.name.split(" ")[0]}`);
    terminal.press("q");
    await terminal.see("s400 exited with 0");
  });
});

describe("leaving while an API never answers", () => {
  it("quits with q on the loading screen, giving the terminal back", async () => {
    const server = await silentServer();
    try {
      await start(`--api ${server.url}`, "Loading the story");
      expect(terminal.format("#{alternate_on}")).toBe("1");
      const quit = Date.now();
      terminal.press("q");
      const after = await terminal.see("s400 exited with 0");
      // At once: the request still waiting is given up, not left to run into its 10 s timeout.
      expect(Date.now() - quit).toBeLessThan(5000);
      expect(after).not.toContain("Loading the story");
      expectGivenBack();
    } finally {
      await server.close();
    }
  });

  it("exits 130 on SIGINT on the loading screen, giving the terminal back", async () => {
    const server = await silentServer();
    try {
      await start(`--api ${server.url}`, "Loading the story");
      const [app] = terminal.children();
      process.kill(app as number, "SIGINT");
      const after = await terminal.see("s400 exited with 130");
      expect(after).not.toContain("Loading the story");
      expectGivenBack();
    } finally {
      await server.close();
    }
  });

  it("gives up after --timeout, says so in one line and exits 3", async () => {
    const server = await silentServer();
    try {
      terminal.run(`clear; ${s400} --api ${server.url} --timeout 1; echo "s400 exited with $?"`);
      const after = await terminal.see("s400 exited with 3");
      expect(after).toContain(`s400: the s400 API at ${server.url} did not answer within 1 s`);
      expectGivenBack();
    } finally {
      await server.close();
    }
  });
});
