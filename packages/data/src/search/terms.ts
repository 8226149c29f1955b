/** From text to search terms: normalised words, stopwords dropped, stemmed; and the thesaurus's expansions. */
import { normalizeWords } from "../query/normalize.js";
import { stem } from "./stem.js";
import { stopwords, synonymGroups } from "./thesaurus.js";

/** The search terms of a text, in order. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of normalizeWords(text)) if (!stopwords.has(word)) terms.push(stem(word));
  return terms;
}

/** A phrase table: runs of terms (joined by a space) to what they stand for. */
export class PhraseTable<T> {
  readonly #entries = new Map<string, T[]>();
  /** The most words any phrase has. */
  longest = 1;

  add(terms: readonly string[], value: T): void {
    if (terms.length === 0) return;
    const key = terms.join(" ");
    const list = this.#entries.get(key);
    if (list === undefined) this.#entries.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
    if (terms.length > this.longest) this.longest = terms.length;
  }

  /** Every value of every phrase that occurs in `terms`, each once, in order of first occurrence. */
  find(terms: readonly string[]): T[] {
    const found: T[] = [];
    for (let i = 0; i < terms.length; i++) {
      let key = "";
      for (let n = 0; n < this.longest && i + n < terms.length; n++) {
        key = n === 0 ? (terms[i] ?? "") : `${key} ${terms[i + n]}`;
        const values = this.#entries.get(key);
        if (values !== undefined) for (const value of values) if (!found.includes(value)) found.push(value);
      }
    }
    return found;
  }
}

let synonymTable: PhraseTable<number> | undefined;
let groupTerms: readonly (readonly string[])[] | undefined;

/**
 * The extra terms the thesaurus adds to a query: the words of every synonym group one of the query's
 * words or phrases belongs to, less the query's own terms.
 */
export function synonymExpansion(terms: readonly string[]): string[] {
  if (synonymTable === undefined || groupTerms === undefined) {
    const table = new PhraseTable<number>();
    const perGroup: string[][] = [];
    synonymGroups.forEach((group, g) => {
      const words = new Set<string>();
      for (const member of group) {
        const memberTerms = searchTerms(member);
        table.add(memberTerms, g);
        for (const t of memberTerms) words.add(t);
      }
      perGroup.push([...words]);
    });
    synonymTable = table;
    groupTerms = perGroup;
  }
  const extra: string[] = [];
  for (const g of synonymTable.find(terms)) {
    for (const t of groupTerms[g] ?? []) if (!terms.includes(t) && !extra.includes(t)) extra.push(t);
  }
  return extra;
}
