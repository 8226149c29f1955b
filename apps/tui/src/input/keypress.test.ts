import { describe, expect, it } from "vitest";
import { createKeypressSplitter, printable, splitKeypresses } from "./keypress.js";

const names = (chunk: string) => splitKeypresses(chunk).map((k) => (k.name === "char" ? k.text : k.name));

describe("splitKeypresses", () => {
  it("splits repeated keys that arrive in one chunk", () => {
    expect(names("jjjj")).toEqual(["j", "j", "j", "j"]);
    expect(names("\u007f\u007f\u007f")).toEqual(["backspace", "backspace", "backspace"]);
  });

  it("keeps escape sequences whole, with their modifiers", () => {
    expect(names("\u001b[B\u001b[B\u001b[A")).toEqual(["down", "down", "up"]);
    expect(names("\u001b[5~\u001b[6~\u001b[H\u001b[F\u001b[Z")).toEqual([
      "pageup",
      "pagedown",
      "home",
      "end",
      "backtab",
    ]);
    expect(names("\u001bOA\u001b[4~")).toEqual(["up", "end"]);
    const [ctrlRight] = splitKeypresses("\u001b[1;5C");
    expect(ctrlRight).toMatchObject({ name: "right", ctrl: true, meta: false });
  });

  it("tells Escape from Alt+key and a sequence", () => {
    expect(names("\u001b")).toEqual(["escape"]);
    expect(splitKeypresses("\u001bx")[0]).toMatchObject({ name: "char", text: "x", meta: true });
    expect(names("j\u001bk")).toEqual(["j", "k"]);
  });

  it("names control keys: Enter, Tab, Ctrl+letter", () => {
    expect(names("a\rb\t")).toEqual(["a", "return", "b", "tab"]);
    expect(splitKeypresses("\u0003")[0]).toMatchObject({ name: "char", text: "c", ctrl: true });
  });

  it("keeps a character a reader sees as one key (emoji, CJK)", () => {
    expect(names("👍🏽日本")).toEqual(["👍🏽", "日", "本"]);
  });

  it("delivers a bracketed paste as one text, control characters removed", () => {
    const [paste] = splitKeypresses("\u001b[200~who heads\r\nthe\u0007 SSB?\u001b[201~");
    expect(paste).toMatchObject({ name: "paste", text: "who heads the SSB?" });
  });

  it("waits for the rest of a sequence or a paste cut between chunks", () => {
    const splitter = createKeypressSplitter();
    expect(splitter.push("j\u001b[")).toHaveLength(1);
    expect(splitter.push("B").map((k) => k.name)).toEqual(["down"]);
    expect(splitter.push("\u001b[200~Turkey ")).toEqual([]);
    expect(splitter.flush()).toEqual([]);
    expect(splitter.push("and the US\u001b[20")).toEqual([]);
    expect(splitter.push("1~q").map((k) => [k.name, k.text])).toEqual([
      ["paste", "Turkey and the US"],
      ["char", "q"],
    ]);
  });
});

describe("printable", () => {
  it("keeps text on one line without control characters", () => {
    expect(printable("a\tb\nc\u001b[31md\u007f")).toBe("a b c[31md");
  });
});
