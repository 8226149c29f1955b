import { describe, expect, it } from "vitest";
import { allAlone, graphemes, Segmenter } from "./graphemes.js";

const icu = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const clusters = (segments: Intl.Segments) =>
  Array.from(segments, ({ segment, index, input }) => ({ segment, index, input }));

/** Every code point the fast path answers for. */
function alonePoints(): string[] {
  const points: string[] = [];
  for (let point = 0; point <= 0xffff; point++) {
    if (point >= 0xd800 && point <= 0xdfff) continue;
    const char = String.fromCharCode(point);
    if (allAlone(char)) points.push(char);
  }
  return points;
}

/** Text of every kind the app may draw or be typed: CJK, emoji, ZWJ sequences, flags, marks, Hangul. */
const corpus = [
  "",
  "İsmail Demir’s “S-400” — Çavuşoğlu said… ▶ · ─│╭╮ ↑↓ 12/20 ≥ €5",
  "\u001b[1mbold\u001b[22m and \u001b[7mmarked\u001b[27m, \u001b]8;;https://x.test\u0007link\u001b]8;;\u0007",
  "line\r\nbreak\ttab\u00ad",
  "東京 土耳其 ｔｕｒｋｅｙ 한국어 각",
  "e\u0301 a\u0308 n\u0303 क्षि ন্দ্র",
  "👨‍👩‍👧‍👦 🏳️‍🌈 ❤️‍🔥 🧑🏽‍💻 🇹🇷🇺🇸 1️⃣ #⃣ ▶️ ☺︎ ✌🏿",
  "\u200b\u200c\u200d\ufeff zero widths",
];

describe("Segmenter", () => {
  it("covers the text the app draws", () => {
    expect(allAlone("İsmail Demir’s “S-400” — said… ▶ · ─│╭╮ ↑↓ €5 \u001b[7m")).toBe(true);
    for (const joined of ["e\u0301", "a\r\nb", "👍", "東", "한", "\u200d", "\ufe0f"])
      expect(allAlone(joined)).toBe(false);
  });

  it("answers only for code points that ICU never joins to a neighbour", () => {
    const points = alonePoints();
    expect(points.length).toBeGreaterThan(3000);
    // UAX #29 joins two code points only when one is CR before LF, Extend, ZWJ or SpacingMark (joined to
    // what comes before), Prepend (to what follows), Hangul or a Regional Indicator. Each code point the
    // fast path answers for must stay apart from a letter on either side, from each Hangul kind (L, V,
    // T, LV) and from a Regional Indicator; then no two of them ever join.
    const before = ["a", "\u1100", "\u1161", "\u11a8", "\uac00", "\u{1f1f9}"];
    const after = ["a", "\u1100", "\u1161", "\u11a8", "\uac00", "\u{1f1f9}"];
    const joined: string[] = [];
    for (const point of points) {
      const pairs = [...before.map((b) => [b, point]), ...after.map((a) => [point, a])];
      if (pairs.some(([x, y]) => Array.from(icu.segment(`${x}${y}`)).length !== 2)) joined.push(point);
    }
    expect(joined).toEqual([]);
    // And side by side, in both orders, ICU gives one cluster per code point.
    for (const text of [points.join(""), [...points].reverse().join("")])
      expect(Array.from(icu.segment(text)).length).toBe(text.length);
  });

  it("gives the same clusters as Intl.Segmenter on any text", () => {
    const mine = new Segmenter();
    for (const text of [...corpus, alonePoints().join("")]) {
      expect(clusters(mine.segment(text))).toEqual(clusters(icu.segment(text)));
      for (const index of [-1, 0, 1, 5, text.length - 1, text.length, 2.7, Number.NaN]) {
        const a = mine.segment(text).containing(index);
        const b = icu.segment(text).containing(index);
        expect(a && { segment: a.segment, index: a.index }).toEqual(
          b && { segment: b.segment, index: b.index },
        );
      }
    }
  });

  it("leaves words and sentences to Intl.Segmenter", () => {
    const words = new Segmenter("en", { granularity: "word" });
    const text = "Turkey bought S-400s.";
    expect(Array.from(words.segment(text), (s) => s.segment)).toEqual(
      Array.from(new Intl.Segmenter("en", { granularity: "word" }).segment(text), (s) => s.segment),
    );
    expect(words.resolvedOptions().granularity).toBe("word");
  });

  it("splits a text into what a reader sees as characters", () => {
    expect(graphemes("Demir")).toEqual(["D", "e", "m", "i", "r"]);
    expect(graphemes("e\u0301🇹🇷👨‍👩‍👧")).toEqual(["e\u0301", "🇹🇷", "👨‍👩‍👧"]);
  });
});
