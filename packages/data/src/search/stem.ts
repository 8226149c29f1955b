/** A light English stemmer: enough to make sanction, sanctions, sanctioned and sanctioning one word. */

const VOWEL = /[aeiouy]/;
const DOUBLE_END = /([b-df-hj-km-np-rtv-xz])\1$/;

/**
 * Strips common inflections (plural -s/-es/-ies, -ed, -ing, -ly) and a few derivations (-ation,
 * -ment, -al, -ability), then a final silent e and a doubled final consonant, so that "imposed", "imposing"
 * and "impose" meet at "impos" and "slapped" at "slap". Words of three letters or fewer, and words
 * with digits, are kept as they are. Not a linguistic stemmer: it only has to map the forms of one
 * word to one key, and never two common words of the story to the same key.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith("ing") && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = w.slice(0, -2);
  else if (/[ai]bility$/.test(w)) w = `${w.slice(0, -5)}l`;
  else if (w.endsWith("ation") && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith("ment") && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith("al") && w.length > 6) w = w.slice(0, -2);

  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  if (DOUBLE_END.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("at") && w.length > 6) w = w.slice(0, -2);
  return w;
}
