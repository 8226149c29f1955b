/** Styled text as plain data, and word wrapping that keeps the styles, so views can be laid out line by line. */

/** How a run of text is drawn. `mark` is the highlight of cited words: inverse and underline, so it survives NO_COLOR. */
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

/**
 * Wraps styled runs to lines at most `width` characters wide, breaking at spaces and splitting words
 * longer than a line; continuation lines, also those after a `"\n"`, start with `indent` spaces.
 */
export function wrap(segments: readonly Segment[], width: number, indent = 0): Line[] {
  const max = Math.max(1, width);
  const pad = Math.min(indent, max - 1);
  const lines: Segment[][] = [];
  let current: Segment[] = [];
  let used = 0;
  const append = (text: string, style: Style | undefined) => {
    const last = current[current.length - 1];
    if (last && last.style === style) current[current.length - 1] = { ...last, text: last.text + text };
    else current.push(style === undefined ? { text } : { text, style });
    used += text.length;
  };
  const break_ = (continuation: boolean) => {
    lines.push(trimEnd(current));
    current = [];
    used = 0;
    if (continuation && pad > 0) append(" ".repeat(pad), "plain");
  };
  const atLineStart = () => used === 0 || (lines.length > 0 && used === pad && current.length === 1);
  for (const segment of segments) {
    for (const token of segment.text.match(/\n|[^\s]+| +/g) ?? []) {
      if (token === "\n") {
        break_(true);
      } else if (token.startsWith(" ")) {
        if (!atLineStart() && used + token.length <= max) append(token, segment.style);
        else if (!atLineStart()) break_(true);
      } else {
        if (!atLineStart() && used + token.length > max) break_(true);
        let word = token;
        while (used + word.length > max) {
          const room = Math.max(1, max - used);
          append(word.slice(0, room), segment.style);
          word = word.slice(room);
          break_(true);
        }
        if (word !== "") append(word, segment.style);
      }
    }
  }
  lines.push(trimEnd(current));
  return lines;
}

function trimEnd(line: readonly Segment[]): Segment[] {
  const out = [...line];
  while (out.length > 0) {
    const last = out[out.length - 1] as Segment;
    const trimmed = last.text.replace(/ +$/, "");
    if (trimmed === last.text) break;
    out.pop();
    if (trimmed !== "") {
      out.push({ ...last, text: trimmed });
      break;
    }
  }
  return out;
}

/** Cuts a string to `width` characters, ending with an ellipsis when it was longer. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (text.length <= width) return text;
  return width === 1 ? "…" : `${text.slice(0, width - 1)}…`;
}
