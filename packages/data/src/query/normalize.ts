/** Normalisation of names and words, so "Çavuşoğlu", "cavusoglu" and "CAVUSOGLU" are the same key. */
import { spellingVariants } from "../search/thesaurus.js";

const COMBINING_MARKS = /\p{M}+/gu;
// Apostrophes and quotes of every kind; a possessive 's is dropped so "Turkey’s" reads as "Turkey".
const POSSESSIVE = /['’‘`´ʼ]s(?![\p{L}\p{N}])/gu;
const APOSTROPHES = /['’‘`´ʼ“”„"«»]/gu;
// Dots inside a word join it ("U.S." → "us"); a hyphen joins a code-like word ("S-400" → "s400",
// "F-35" → "f35") and breaks an ordinary compound ("President-elect" → "president elect").
const DOTS = /(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu;
const HYPHENATED = /[\p{L}\p{N}]+(?:[-‐‑–][\p{L}\p{N}]+)+/gu;
const HYPHEN = /[-‐‑–]/u;
const DIGIT = /\p{N}/u;

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
const BREAKS = /[^\p{L}\p{N}]+/gu;

/**
 * Folds a text to lower-case ASCII-ish words: strips diacritics (NFD, dotless ı → i), drops
 * possessives and apostrophes, joins dotted and code-like hyphenated words (S-400), and maps each word's spelling
 * variant (defence → defense) through the thesaurus.
 */
export function normalizeWords(text: string): string[] {
  const folded = text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(POSSESSIVE, "")
    .replace(APOSTROPHES, "")
    .replace(DOTS, "")
    .replace(HYPHENATED, joinCodeLike);
  const words: string[] = [];
  for (const word of folded.split(BREAKS)) {
    if (word === "") continue;
    words.push(spellingVariants[word] ?? word);
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
