/**
 * Splits what the terminal sends into keypresses. A read from stdin can hold several keys at once (key
 * repeat, SSH, tmux `send-keys`, a busy machine) and Ink hands such a chunk on as one string; here every
 * chunk becomes a list of keys, escape sequences kept whole and a bracketed paste kept as one text.
 * Modelled on the keypress splitting of gemini-cli (packages/cli/src/ui/contexts/KeypressContext.tsx)
 * and Ink PR #782, reduced to the keys this app reads.
 */
import { graphemes as characters } from "../graphemes.js";

/** The keys the app knows by name; `char` is a printable character, `paste` a bracketed paste. */
export type KeyName =
  | "up"
  | "down"
  | "left"
  | "right"
  | "home"
  | "end"
  | "pageup"
  | "pagedown"
  | "insert"
  | "delete"
  | "return"
  | "escape"
  | "tab"
  | "backtab"
  | "backspace"
  | "char"
  | "paste"
  | "unknown";

export interface Keypress {
  readonly name: KeyName;
  /** The character of a `char` (the letter of a Ctrl+letter), the text of a `paste`; "" otherwise. */
  readonly text: string;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
  /** The bytes the terminal sent for this key. */
  readonly sequence: string;
}

const ESC = "\u001b";
const PASTE_START = `${ESC}[200~`;
const PASTE_END = `${ESC}[201~`;

function key(name: KeyName, sequence: string, extra: Partial<Keypress> = {}): Keypress {
  return { name, text: "", ctrl: false, meta: false, shift: false, sequence, ...extra };
}

/** CSI and SS3 final bytes and `~` codes of the keys we name. */
const letters: Readonly<Record<string, KeyName>> = {
  A: "up",
  B: "down",
  C: "right",
  D: "left",
  H: "home",
  F: "end",
  Z: "backtab",
};
const tildes: Readonly<Record<string, KeyName>> = {
  "1": "home",
  "2": "insert",
  "3": "delete",
  "4": "end",
  "5": "pageup",
  "6": "pagedown",
  "7": "home",
  "8": "end",
};

/** Decodes one complete escape sequence. */
function decodeEscape(sequence: string): Keypress {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences start with ESC.
  const csi = /^\u001b(\u001b)?\[([0-9;]*)([A-Za-z~])$/.exec(sequence);
  if (csi) {
    const [, alt, params = "", final = ""] = csi;
    const [first = "", modifier = "1"] = params.split(";");
    // xterm modifiers: 1 + (shift 1 | alt 2 | ctrl 4).
    const bits = Math.max(0, Number(modifier) - 1);
    const name = final === "~" ? (tildes[first] ?? "unknown") : (letters[final] ?? "unknown");
    return key(name, sequence, {
      shift: (bits & 1) !== 0 || final === "Z",
      meta: (bits & 2) !== 0 || alt !== undefined,
      ctrl: (bits & 4) !== 0,
    });
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences start with ESC.
  const ss3 = /^\u001bO([A-Za-z])$/.exec(sequence);
  if (ss3) return key(letters[ss3[1] ?? ""] ?? "unknown", sequence);
  if (sequence === ESC || sequence === ESC + ESC)
    return key("escape", sequence, { meta: sequence.length > 1 });
  // ESC followed by one character: Alt (Meta) and that key.
  const rest = sequence.slice(1);
  const plain = decodeControl(rest) ?? key("char", rest, { text: rest });
  return { ...plain, meta: true, sequence };
}

/** Decodes a single control character, or undefined for a printable one. */
function decodeControl(char: string): Keypress | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (char === "\r" || char === "\n") return key("return", char);
  if (char === "\t") return key("tab", char);
  if (char === "\u007f" || char === "\b") return key("backspace", char);
  if (char === ESC) return key("escape", char);
  if (code === 0) return key("unknown", char, { ctrl: true });
  if (code < 0x20) {
    return key("char", char, { ctrl: true, text: String.fromCharCode(code + 0x60) });
  }
  if (code >= 0x80 && code < 0xa0) return key("unknown", char);
  return undefined;
}

/** Text without control characters; line breaks and tabs become spaces, so a paste stays on one line. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  return text.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}

/**
 * Length of the escape sequence at the start of `text`, 0 when it is cut off (more bytes are coming),
 * or 1 for a lone ESC followed by something that starts no sequence.
 */
function escapeLength(text: string): number {
  const second = text[1];
  if (second === undefined) return 0;
  if (second === ESC) {
    // ESC ESC [ A: Alt+arrow in some terminals; ESC ESC alone: Alt+Esc.
    if (text[2] === "[" || text[2] === "O") {
      const inner = escapeLength(text.slice(1));
      return inner === 0 ? 0 : inner + 1;
    }
    return 2;
  }
  if (second === "[") {
    for (let i = 2; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x40 && code <= 0x7e && !(i === 2 && text[i] === "[")) return i + 1;
      if (code < 0x20 || code > 0x7e) return i;
    }
    return 0;
  }
  if (second === "O") return text.length >= 3 ? 3 : 0;
  // ESC + one character (a surrogate pair counts as one).
  const code = text.codePointAt(1) ?? 0;
  return code > 0xffff ? 3 : 2;
}

/**
 * A splitter keeps what it has not yet understood (an escape sequence cut between reads, a paste that
 * has not ended) until the next chunk. `flush()` hands out a pending lone ESC as the Escape key.
 */
export interface KeypressSplitter {
  push(chunk: string): Keypress[];
  flush(): Keypress[];
}

export function createKeypressSplitter(): KeypressSplitter {
  let pending = "";
  let paste: string | undefined;

  function split(text: string, out: Keypress[]): string {
    let at = 0;
    while (at < text.length) {
      if (paste !== undefined) {
        const end = text.indexOf(PASTE_END, at);
        if (end === -1) {
          // Keep a possible start of the end marker for the next chunk.
          const keep = Math.max(at, text.length - (PASTE_END.length - 1));
          paste += text.slice(at, keep);
          return text.slice(keep);
        }
        paste += text.slice(at, end);
        out.push(key("paste", PASTE_START + paste + PASTE_END, { text: printable(paste) }));
        paste = undefined;
        at = end + PASTE_END.length;
        continue;
      }
      const char = text[at] as string;
      if (char === ESC) {
        const length = escapeLength(text.slice(at));
        if (length === 0) return text.slice(at);
        const sequence = text.slice(at, at + length);
        at += length;
        if (sequence === PASTE_START) paste = "";
        else if (sequence !== PASTE_END) out.push(decodeEscape(sequence));
        continue;
      }
      const control = decodeControl(char);
      if (control) {
        out.push(control);
        at += 1;
        continue;
      }
      // A run of printable text, up to the next control character.
      let end = at;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: a control character ends the run.
      while (end < text.length && !/[\u0000-\u001f\u007f-\u009f]/.test(text[end] as string)) end += 1;
      for (const c of characters(text.slice(at, end))) {
        out.push(key("char", c, { text: c, shift: c !== c.toLowerCase() }));
      }
      at = end;
    }
    return "";
  }

  return {
    push(chunk) {
      const out: Keypress[] = [];
      pending = split(pending + chunk, out);
      return out;
    },
    flush() {
      if (paste !== undefined || pending === "") return [];
      const out = [decodeEscape(pending.startsWith(ESC) && pending.length === 1 ? ESC : pending)];
      pending = "";
      return out[0]?.name === "unknown" ? [] : out;
    },
  };
}

/** Every keypress in one complete string (tests, and callers that have a whole chunk). */
export function splitKeypresses(chunk: string): Keypress[] {
  const splitter = createKeypressSplitter();
  return [...splitter.push(chunk), ...splitter.flush()];
}
