/** The keymap table is the one description of the keys: the handlers, the footer and help all read it. */
import { describe, expect, it } from "vitest";
import { footerHints } from "../components/footer.js";
import { createLocalSource } from "../data/local.js";
import { keys, renderApp } from "../test/harness.js";
import { lineText } from "../text.js";
import { helpBlocks } from "../views/help.js";
import { type Action, type Binding, hintsFor, keymap, matches } from "./keymap.js";
import { splitKeypresses } from "./keypress.js";

const press = (chunk: string) =>
  splitKeypresses(chunk)[0] as NonNullable<ReturnType<typeof splitKeypresses>[0]>;

describe("the keymap", () => {
  it("matches keypresses by the keys the table lists", () => {
    expect(matches("down", press("j"))).toBe(true);
    expect(matches("down", press(keys.down))).toBe(true);
    expect(matches("last", press(keys.end))).toBe(true);
    expect(matches("last", press("G"))).toBe(true);
    expect(matches("interrupt", press("\u0003"))).toBe(true);
    expect(matches("quit", press("\u0003"))).toBe(false);
  });

  it("lists every binding on the help screen, with its keys and what it does", () => {
    const lines = helpBlocks().map((block) => lineText(block.segments));
    for (const binding of Object.values(keymap) as Binding[]) {
      expect(lines.some((line) => line.startsWith(binding.label) && line.includes(binding.does))).toBe(true);
    }
  });

  it("shows each hint once, in the table's order, and keeps help and quit at every width", () => {
    expect(hintsFor(["up", "down", "open"])).toEqual(["↑↓ move", "Enter open"]);
    const actions: Action[] = [
      "down",
      "up",
      "open",
      "nextPane",
      "cite",
      "back",
      "search",
      "help",
      "quit",
      "interrupt",
    ];
    for (const width of [200, 80, 60, 30]) {
      const hints = footerHints(actions, width);
      expect(hints.endsWith("? help · q quit")).toBe(true);
      if (width >= 30) expect(hints.length).toBeLessThanOrEqual(width);
    }
    // ^C is offered only where q does not quit (while typing).
    expect(footerHints(["help", "interrupt"], 80)).toBe("? help · ^C quit");
  });

  it("drives the footer from the handlers that can take a key now", async () => {
    const app = await renderApp(createLocalSource());
    try {
      await app.press("e");
      await app.see("╔═ ▶ Entities");
      expect(app.frame()).toContain("Tab pane");
      expect(app.frame()).toContain("f type");
      await app.press("p");
      await app.see("[ ] topic");
      await app.press("/");
      await app.see("search the story");
      // Typing takes q and ?, so the footer offers Ctrl-C instead.
      const typing = app.frame();
      expect(typing).toContain("^C quit");
      expect(typing).not.toContain("q quit");
      expect(typing).not.toContain("f type");
    } finally {
      app.unmount();
    }
  });
});
