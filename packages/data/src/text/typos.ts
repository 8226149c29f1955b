/** Typo tolerance: the index's words within one edit (two for long words) of a word it does not know. */

const NONE: readonly string[] = Object.freeze([]);

/**
 * Whether `a` and `b` are within `max` edits of each other (insertions, deletions, substitutions and
 * swaps of two neighbouring letters), computed on a band of the table so it stops early.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Damerau–Levenshtein (optimal string alignment) over three rolling rows, reused between calls.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min(
        (rows[previous + j] ?? 0) + 1,
        (rows[current + j - 1] ?? 0) + 1,
        (rows[previous + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (rows[before + j - 2] ?? 0) + 1);
      }
      rows[current + j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return (rows[previous + b.length] ?? max + 1) <= max;
}

let rows = new Int32Array(96);

/** Whether `b` is `a` with two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The words of a vocabulary grouped by first letter, for looking up near misses. */
export class Vocabulary {
  readonly #byInitial = new Map<string, string[]>();
  readonly #seen = new Map<string, readonly string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const initial = word.charAt(0);
      const list = this.#byInitial.get(initial);
      if (list === undefined) this.#byInitial.set(initial, [word]);
      else list.push(word);
    }
  }

  /**
   * The words within one edit of `word` (two from eight letters on), sharing its first letter —
   * people rarely mistype that one, and it keeps the scan short. Words under five letters get only
   * the words their own letters make with two neighbours swapped ("sing": sign): too many short words
   * are one other edit apart; words under four get none.
   */
  nearMisses(word: string): readonly string[] {
    if (word.length < 4) return NONE;
    let found = this.#seen.get(word);
    if (found === undefined) {
      const max = word.length >= 8 ? 2 : 1;
      const near: string[] = [];
      const short = word.length < 5;
      for (const candidate of this.#byInitial.get(word.charAt(0)) ?? []) {
        if (candidate === word) continue;
        if (short ? swapped(word, candidate) : withinEdits(word, candidate, max)) near.push(candidate);
      }
      found = Object.freeze(near);
      // Questions repeat their words; remember answers, but never without bound.
      if (this.#seen.size >= 10_000) this.#seen.clear();
      this.#seen.set(word, found);
    }
    return found;
  }
}
