/** Normalisation of names and words, so "Çavuşoğlu", "cavusoglu" and "CAVUSOGLU" are the same key. */
import { hasDigit } from "./stem.js";
import { spellingVariants } from "./thesaurus.js";

// Letters and digits as the folding sees them, after lower-casing and stripping diacritics: ASCII,
// Latin extensions, Greek, Cyrillic, Hebrew, Arabic, Indic and CJK. Written as plain ranges (no \p{…}
// with the u flag) because those compile slowly, and the first search of a cold process pays for it.
const W =
  "a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0dff\u1e00-\u1fff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af";
// Anything outside ASCII and the typographic quotes needs Unicode decomposition to lose its marks.
const NEEDS_FOLDING = /[\u0080-\u2017\u2020-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]+/g;
// Apostrophes and quotes of every kind; a possessive 's is dropped so "Turkey’s" reads as "Turkey".
const POSSESSIVE = new RegExp(`['’‘\`´ʼ]s(?![${W}])`, "g");
const APOSTROPHES = /['’‘`´ʼ“”„"«»]/g;
const HAS_QUOTE = /['’‘`´ʼ“”„"«»]/;
// Dots inside a word join it ("U.S." → "us"); a hyphen joins a code-like word ("S-400" → "s400",
// "F-35" → "f35") and breaks an ordinary compound ("President-elect" → "president elect").
const DOTS = new RegExp(`(?<=[${W}])\\.(?=[${W}])`, "g");
const HYPHENATED = new RegExp(`[${W}]+(?:[-‐‑–][${W}]+)+`, "g");
const HYPHEN = /[-‐‑–]/;
const DIGIT = /[0-9]/;

function joinCodeLike(compound: string): string {
  const parts = compound.split(HYPHEN);
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i++) {
    const left = parts[i - 1] ?? "";
    const right = parts[i] ?? "";
    const codeLike = left.length === 1 || DIGIT.test(left) || DIGIT.test(right);
    out += (codeLike ? "" : " ") + right;
  }
  return out;
}
const BREAKS = new RegExp(`[^${W}]+`, "g");

// The same rewrites for text that is plain ASCII once folded (nearly all of it): small classes run
// faster, above all before the engine has warmed up.
const NOT_ASCII = /[^\x20-\x7e]/;
const DOTS_ASCII = /(?<=[a-z0-9])\.(?=[a-z0-9])/g;
const HYPHENATED_ASCII = /[a-z0-9]+(?:-[a-z0-9]+)+/g;
const BREAKS_ASCII = /[^a-z0-9]+/;

/**
 * Folds a text to lower-case ASCII-ish words: strips diacritics (NFD, dotless ı → i), drops
 * possessives and apostrophes, joins dotted and code-like hyphenated words (S-400), and maps each
 * word's spelling variant (defence → defense) through the thesaurus.
 */
export function normalizeWords(text: string): string[] {
  let folded = text.toLowerCase();
  if (NEEDS_FOLDING.test(folded))
    folded = folded.normalize("NFD").replace(COMBINING_MARKS, "").replace(/ı/g, "i");
  // Each rewrite runs only when its character occurs: most queries have no quotes, dots or hyphens.
  if (HAS_QUOTE.test(folded)) folded = folded.replace(POSSESSIVE, "").replace(APOSTROPHES, "");
  return NOT_ASCII.test(folded) ? wordsByRegex(folded, false) : asciiWords(folded);
}

/**
 * The words of a folded text by the rewrites above, one regular expression each: the reference
 * reading, and the one for text that is not plain ASCII once folded. `asciiWords` reads the same words
 * from plain ASCII in one pass (normalize.test.ts holds the two equal).
 */
export function wordsByRegex(text: string, ascii = !NOT_ASCII.test(text)): string[] {
  let folded = text;
  if (folded.includes(".")) folded = folded.replace(ascii ? DOTS_ASCII : DOTS, "");
  if (ascii ? folded.includes("-") : HYPHEN.test(folded)) {
    folded = folded.replace(ascii ? HYPHENATED_ASCII : HYPHENATED, joinCodeLike);
  }
  const words: string[] = [];
  for (const word of folded.split(ascii ? BREAKS_ASCII : BREAKS)) {
    if (word === "") continue;
    words.push(VARIANTS.get(word) ?? word);
  }
  return words;
}

// A Map, not the record itself: a word such as "constructor" must not read Object.prototype's.
const VARIANTS: ReadonlyMap<string, string> = new Map(Object.entries(spellingVariants));

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * The words of lower-case ASCII text in one scan, as `wordsByRegex` reads them: a dot between two
 * letters or digits joins them ("u.s" → "us"), a hyphen joins a code-like compound ("s-400") and
 * splits any other ("president-elect"), anything else breaks words. Hand-written because the question
 * is read by every search and answer: 2.1 µs per question against 4.0 µs for the regular expressions
 * (the 260 bench questions, Node 20), most of it the hyphen rewrite's callback.
 */
function asciiWords(text: string): string[] {
  const words: string[] = [];
  const push = (word: string) => {
    words.push(VARIANTS.get(word) ?? word);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // One compound: runs of letters and digits joined by dots (kept together) and hyphens (parts).
    let part = "";
    let previous: string | undefined;
    let out = "";
    for (;;) {
      const start = i;
      while (i < n && isAlnum(text.charCodeAt(i))) i++;
      part += text.slice(start, i);
      const c = i < n ? text.charCodeAt(i) : -1;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (c === 46 && isAlnum(next)) {
        i++; // a dot between two letters or digits: the same part goes on
        continue;
      }
      // The part is whole: join it to the compound as `joinCodeLike` does.
      if (previous === undefined) out = part;
      else {
        const codeLike = previous.length === 1 || hasDigit(previous) || hasDigit(part);
        if (codeLike) out += part;
        else {
          push(out);
          out = part;
        }
      }
      previous = part;
      part = "";
      if (c === 45 && isAlnum(next)) {
        i++; // a hyphen between two letters or digits: a next part of the compound
        continue;
      }
      break;
    }
    push(out);
  }
  return words;
}

/**
 * The lookup key of a name: its normalised words run together, so spacing and punctuation never
 * matter ("S 400", "S-400" and "s400" share one key).
 */
export function nameKey(text: string): string {
  return normalizeWords(text).join("");
}
