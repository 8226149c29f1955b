/** Typo tolerance: the index's words within one edit (two for long words) of a word it does not know. */

/**
 * Whether `a` and `b` are within `max` edits of each other (insertions, deletions, substitutions and
 * swaps of two neighbouring letters), computed on a band of the table so it stops early.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Damerau–Levenshtein (optimal string alignment) over three rolling rows.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[b.length] ?? max + 1) <= max;
}

/** The words of a vocabulary grouped by first letter, for looking up near misses. */
export class Vocabulary {
  readonly #byInitial = new Map<string, string[]>();

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
   * people rarely mistype that one, and it keeps the scan short. Words under five letters get none:
   * too many short words are one edit apart.
   */
  nearMisses(word: string): string[] {
    if (word.length < 5) return [];
    const max = word.length >= 8 ? 2 : 1;
    const found: string[] = [];
    for (const candidate of this.#byInitial.get(word.charAt(0)) ?? []) {
      if (candidate !== word && withinEdits(word, candidate, max)) found.push(candidate);
    }
    return found;
  }
}
