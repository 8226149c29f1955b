/**
 * Styled text as plain data, and the layout rules every pane follows: wrap on whole words whatever the
 * styles inside a word, cut on a word with `…`, and measure by display width (CJK and emoji take two
 * columns) with `string-width`, the measure Ink itself draws with.
 */
import stringWidth from "string-width";
import { graphemes as characters } from "./graphemes.js";

/** How a run of text is drawn. `mark` is the highlight of cited words. */
export type Style = "plain" | "bold" | "dim" | "mark" | "accent" | "us" | "turkey" | "link";

/** A run of text in one style. */
export interface Segment {
  readonly text: string;
  readonly style?: Style;
}

/** One terminal line: a list of runs. */
export type Line = readonly Segment[];

/** Shorthand for a segment. */
export function seg(text: string, style: Style = "plain"): Segment {
  return { text, style };
}

/** The plain text of a line. */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join("");
}

/** Cited words in brackets, for a terminal that draws no inverse or underline: "[NATO ally Turkey]'s". */
export function bracketMarks(segments: readonly Segment[]): Segment[] {
  return segments.map((segment, i) => {
    if (segment.style !== "mark") return segment;
    const open = segments[i - 1]?.style === "mark" ? "" : "[";
    const close = segments[i + 1]?.style === "mark" ? "" : "]";
    return { ...segment, text: `${open}${segment.text}${close}` };
  });
}

/** Printable ASCII: one column a character, so its width is its length. */
const ascii = /^[\x20-\x7e]*$/;

/** Columns a string takes in a terminal (most of the text is ASCII, measured without string-width). */
export function width(text: string): number {
  return ascii.test(text) ? text.length : stringWidth(text);
}

/** A word (no spaces) made of runs in possibly different styles: `negotiations` marked, `,` plain. */
type Word = { readonly parts: Segment[]; width: number };
type Token =
  | { readonly kind: "newline" }
  | { readonly kind: "space"; readonly parts: Segment[]; width: number }
  | ({ readonly kind: "word" } & Word);

/** Cuts styled runs into words, spaces and newlines; a word runs on across a change of style. */
function tokens(segments: readonly Segment[]): Token[] {
  const out: Token[] = [];
  for (const segment of segments) {
    for (const piece of segment.text.match(/\n|[^\s]+|[^\S\n]+/g) ?? []) {
      const part: Segment =
        segment.style === undefined ? { text: piece } : { text: piece, style: segment.style };
      const last = out[out.length - 1];
      if (piece === "\n") out.push({ kind: "newline" });
      else if (/^\s/.test(piece)) {
        const text = piece.replace(/\s/g, " ");
        const spaced = { ...part, text };
        if (last?.kind === "space") {
          last.parts.push(spaced);
          last.width += text.length;
        } else out.push({ kind: "space", parts: [spaced], width: text.length });
      } else if (last?.kind === "word") {
        last.parts.push(part);
        last.width += width(piece);
      } else out.push({ kind: "word", parts: [part], width: width(piece) });
    }
  }
  return out;
}

/**
 * Wraps styled runs to lines at most `columns` wide, breaking only between words (a word that changes
 * style in the middle, like a marked name and its comma, stays whole) and splitting only a word longer
 * than a line; continuation lines, also those after a `"\n"`, start with `indent` spaces.
 */
export function wrap(segments: readonly Segment[], columns: number, indent = 0): Line[] {
  const max = Math.max(1, columns);
  const pad = Math.min(indent, max - 1);
  const lines: Segment[][] = [];
  let current: Segment[] = [];
  let used = 0;
  let content = false;
  const append = (part: Segment, partWidth: number) => {
    const last = current[current.length - 1];
    if (last && last.style === part.style)
      current[current.length - 1] = { ...last, text: last.text + part.text };
    else current.push(part);
    used += partWidth;
  };
  const newLine = () => {
    lines.push(current);
    current = [];
    used = 0;
    content = false;
    if (pad > 0) append({ text: " ".repeat(pad), style: "plain" }, pad);
  };
  let space: Extract<Token, { kind: "space" }> | undefined;
  for (const token of tokens(segments)) {
    if (token.kind === "newline") {
      newLine();
      space = undefined;
    } else if (token.kind === "space") {
      space = token;
    } else {
      const gap = content && space ? space.width : 0;
      if (content && used + gap + token.width > max) {
        newLine();
      } else if (gap > 0 && space) {
        for (const part of space.parts) append(part, part.text.length);
      }
      space = undefined;
      if (used + token.width <= max) {
        for (const part of token.parts) append(part, width(part.text));
      } else {
        // Longer than a whole line: split it by characters, the only place a word is ever cut.
        for (const part of token.parts) {
          for (const char of characters(part.text)) {
            const w = width(char);
            if (used + w > max && content) newLine();
            append(part.style === undefined ? { text: char } : { text: char, style: part.style }, w);
            content = true;
          }
        }
      }
      content = true;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * Cuts a string to `columns`, ending with `…` when it was longer: after the last whole word that fits,
 * or inside the first word only when not even that fits.
 */
export function truncate(text: string, columns: number): string {
  if (columns <= 0) return "";
  if (width(text) <= columns) return text;
  if (columns === 1) return "…";
  const room = columns - 1;
  let cut = "";
  let used = 0;
  for (const char of characters(text)) {
    const w = width(char);
    if (used + w > room) break;
    cut += char;
    used += w;
  }
  const next = text.slice(cut.length, cut.length + 1);
  const atWord = next === "" || /\s/.test(next) ? cut : cut.replace(/\S+$/, "");
  const words = atWord.replace(/[\s,;:–—-]+$/, "");
  return `${words === "" ? cut.trimEnd() : words}…`;
}
