/** The layout rules, at fixed sizes: whole words whatever the marks, cuts on words, positions, the footer, no ids. */
import * as s400 from "@s400/data";
import { afterEach, describe, expect, it } from "vitest";
import { createLocalSource } from "./data/local.js";
import { type Harness, keys, renderApp } from "./test/harness.js";
import { lineText, seg, truncate, width, wrap } from "./text.js";

let app: Harness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

describe("wrap", () => {
  it("never breaks a word where a mark ends inside it", () => {
    // "negotiations" is marked and its comma is not: the two are one word.
    const segments = [
      seg("the start of "),
      seg("negotiations", "mark"),
      seg(", Turkey's foreign minister said"),
    ];
    for (let columns = 14; columns <= 40; columns++) {
      const lines = wrap(segments, columns).map(lineText);
      expect(lines.some((line) => line.startsWith(","))).toBe(false);
      expect(lines.join(" ")).toContain("negotiations,");
      for (const line of lines) expect(width(line)).toBeLessThanOrEqual(columns);
    }
    const possessive = wrap([seg("NATO ally Turkey", "mark"), seg("’s Defence Industry")], 16).map(lineText);
    expect(possessive[0]).toBe("NATO ally");
    expect(possessive[1]).toBe("Turkey’s Defence");
  });

  it("measures by display width, so wide characters keep lines inside the pane", () => {
    const lines = wrap([seg("日本語の 検索 テスト 👍🏽 ok")], 8).map(lineText);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(8);
    expect(lines.join(" ")).toBe("日本語の 検索 テスト 👍🏽 ok");
  });
});

describe("truncate", () => {
  it("cuts on a word, with an ellipsis", () => {
    expect(truncate("Turkey signs a contract with Russia", 20)).toBe("Turkey signs a…");
    expect(truncate("sanctions, penalties", 12)).toBe("sanctions…");
    expect(truncate("Çavuşoğlu", 20)).toBe("Çavuşoğlu");
    expect(width(truncate("日本語の検索テスト", 7))).toBeLessThanOrEqual(7);
  });
});

describe("the screen", () => {
  it("shows where the cursor is in each list, and how much more there is below", async () => {
    app = await renderApp(createLocalSource());
    await app.press("e");
    const total = s400.entities().length;
    await app.see(`1/${total}`);
    await app.see("↓ ");
    await app.send("jjj");
    await app.see(`4/${total}`);
    await app.press(keys.end);
    await app.see(`${total}/${total}`);
    await app.see("↑ ");
  });

  it("keeps `? help · q quit` in the footer and a gutter inside borders at 60 columns", async () => {
    app = await renderApp(createLocalSource(), { size: { columns: 60, rows: 16 } });
    for (const key of ["o", "e", "t", "p", "u", "s"]) {
      await app.press(key);
      const frame = await app.see("? help · q quit");
      const lines = frame.split("\n");
      for (const line of lines) expect(width(line)).toBeLessThanOrEqual(60);
      // Text never touches a border: a border is followed by a space or another border.
      for (const line of lines) expect(line).not.toMatch(/[║│][^\s║│╔╗╚╝┌┐└┘═─]/);
    }
  });

  it("reaches the last lines of the Overview at 80×24", async () => {
    app = await renderApp(createLocalSource());
    await app.press(keys.end);
    await app.see(`Dataset version ${s400.meta().version}`);
  });

  it("titles a detail page once, in words, without record ids or package names", async () => {
    app = await renderApp(createLocalSource());
    const statement = s400.statementsAbout("turkey")[0] as s400.Statement;
    const claim = s400.claims()[0] as s400.Claim;
    for (const id of [statement.id, claim.id, "ev-us-sanctions-imposed", "ismail-demir"]) {
      app.unmount();
      app = await renderApp(createLocalSource(), { route: { view: "record", id } });
      const frame = await app.see("╔═ ▶ ");
      const record = s400.getRecord(id);
      expect(frame).not.toContain(id);
      expect(frame).not.toContain("@s400/data");
      expect(frame).not.toMatch(/\b(ev|cl|st|qu)-[a-z]/);
      const title =
        record.kind === "entity" ? record.name : record.kind === "claim" ? record.text.slice(0, 20) : "";
      if (title) expect(frame.split(title).length - 1).toBe(1);
    }
    // A claim names its topic by its title.
    app.unmount();
    app = await renderApp(createLocalSource(), { route: { view: "record", id: claim.id } });
    const topic = s400.topics().find((t) => t.id === claim.topic) as s400.Topic;
    await app.see(topic.label.slice(0, 30));
    expect(app.frame()).not.toContain(claim.topic);
  });

  it("draws in-process data in the first frame, with no Loading", async () => {
    app = await renderApp(createLocalSource());
    for (const key of ["e", "t", "p", "u", "s", "o"]) {
      await app.press(key);
      expect(app.frame()).not.toContain("Loading");
    }
  });
});

describe("a terminal without attributes (TERM=dumb)", () => {
  it("marks cited words with brackets, and says so in the legend", async () => {
    const { themeFor } = await import("./theme.js");
    app = await renderApp(createLocalSource(), { theme: themeFor({ TERM: "dumb" }) });
    await app.press("u");
    await app.see("Cited words (");
    await app.press(keys.tab, keys.end, "g");
    const frame = await app.see("[marked]: the words the record");
    const quote = s400.quotes()[0] as s400.Quote;
    const first = quote.provenance[0]?.exact.split(" ")[0] ?? "";
    expect(frame).toContain(`[${first}`);
  });
});
