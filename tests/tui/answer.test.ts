/** Questions answered in a real terminal (tmux at 80×24): the search overlay's answer line, and `s400 ask`. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as s400data from "@s400/data";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Terminal } from "./terminal.js";

const tuiDir = dirname(createRequire(import.meta.url).resolve("@s400/tui/package.json"));
const { bin } = JSON.parse(readFileSync(join(tuiDir, "package.json"), "utf8")) as { bin: { s400: string } };
const s400 = `${process.execPath} ${join(tuiDir, bin.s400)}`;
const ESC = String.fromCharCode(27);
/** Inverse video, alone or among other attributes in one SGR sequence, as tmux writes it back. */
const inverse = `${ESC}\\[(?:[0-9;]*;)?7[;m]`;

const question = "Who heads the SSB?";

let terminal: Terminal;
beforeEach(async () => {
  terminal = new Terminal(80, 24);
  await terminal.see("shell$");
});
afterEach(() => terminal?.close());

describe("answers in a terminal", () => {
  it("answers a question typed into search on the line above the hits, its cited words marked", async () => {
    const expected = s400data.answer(question);
    expect(expected).not.toBeNull();
    terminal.run(`clear; ${s400}; echo "s400 exited with $?"`);
    await terminal.waitFor((s) => s.includes("s400 · Overview") && s.includes("q quit"), "the frame");
    terminal.press("/");
    await terminal.see("search the story");
    terminal.press(question, true);
    const screen = await terminal.waitFor(
      (s) => s.includes(`results for “${question}”`) && s.includes(`Answer: ${expected?.text}`),
      "the answer and the results",
    );
    const lines = screen.split("\n");
    const answerAt = lines.findIndex((line) => line.startsWith(`Answer: ${expected?.text}`));
    expect(lines[answerAt - 1]).toMatch(new RegExp(`^/ ${question.replace("?", "\\?")}`));
    expect(lines[answerAt + 1]).toContain("results for");
    const first = [...(expected?.evidence ?? [])].sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1))[0];
    expect(lines[answerAt]).toContain(`${first?.exact} ${first?.sourceId}`);
    // The cited words on that line are drawn inverse, as `g` draws them in the sentence.
    const styled = terminal.screen(true).split("\n")[answerAt] ?? "";
    expect(styled).toMatch(new RegExp(`${inverse}[^${ESC}]*${first?.exact.split(" ")[0]}`));
    terminal.press("Escape");
    await terminal.see("s400 · Overview");
    terminal.press("q");
    await terminal.see("s400 exited with 0");
    expect(terminal.command()).toBe("sh");
  });

  it("marks the cited words of s400 ask as the app does when writing to a terminal", async () => {
    terminal.run(`clear; ${s400} ask "${question}"; echo "s400 exited with $?"`);
    await terminal.see("s400 exited with 0");
    const screen = terminal.screen();
    expect(screen).toContain(s400data.answer(question)?.text);
    // In a terminal the words are marked with inverse video, not brackets.
    expect(screen).not.toMatch(/^s\d\d {2}\[/m);
    expect(terminal.screen(true)).toMatch(new RegExp(`s\\d\\d {2}${inverse}`));
  });
});
