/** A light English stemmer: enough to make sanction, sanctions, sanctioned and sanctioning one word. */

// Plain string methods rather than regular expressions: stemming runs for every distinct word the
// index meets, and in a cold process builtins are much cheaper than freshly compiled regexes.
const VOWELS = "aeiouy";
const hasVowel = (text: string) => {
  for (let i = 0; i < text.length; i++) if (VOWELS.includes(text.charAt(i))) return true;
  return false;
};
/** Whether a text holds an ASCII digit (a plain loop: cheaper than a regex in a cold process). */
export const hasDigit = (text: string) => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};
/** Whether the word ends in a doubled consonant other than l, s or z ("slapp", "stopp"). */
const endsInDoubleConsonant = (w: string) => {
  const last = w.charAt(w.length - 1);
  return (
    last === w.charAt(w.length - 2) &&
    !VOWELS.includes(last) &&
    !"lsz".includes(last) &&
    last >= "a" &&
    last <= "z"
  );
};

/**
 * The past forms of common irregular verbs, as their plain form: "came" meets "come", "began" and
 * "begun" meet "begin", "sold" meets "sell". Only forms that are no other common word ("left",
 * "found", "saw" are left alone).
 */
const IRREGULAR: Readonly<Record<string, string>> = Object.freeze({
  began: "begin",
  begun: "begin",
  came: "come",
  took: "take",
  taken: "take",
  made: "make",
  said: "say",
  told: "tell",
  sold: "sell",
  bought: "buy",
  led: "lead",
  met: "meet",
  went: "go",
  gone: "go",
  got: "get",
  gotten: "get",
  gave: "give",
  given: "give",
  held: "hold",
  brought: "bring",
  thought: "think",
  spoke: "speak",
  spoken: "speak",
  chose: "choose",
  chosen: "choose",
  won: "win",
  knew: "know",
  wrote: "write",
  written: "write",
  became: "become",
  sought: "seek",
  struck: "strike",
  kept: "keep",
  meant: "mean",
  paid: "pay",
  sent: "send",
  spent: "spend",
  stood: "stand",
  fought: "fight",
  built: "build",
  broke: "break",
  broken: "break",
  shown: "show",
  seen: "see",
  drew: "draw",
  drawn: "draw",
});

/**
 * The silent e an ending took off a short word ("tak" of "taking" → "take", "nam" of "named" →
 * "name"), as Porter's stemmer restores it: three letters, consonant–vowel–consonant, not ending in
 * w, x or y. So "taking" and "take" meet, where they used to stem to "tak" and "take".
 */
const restoreE = (w: string) =>
  w.length === 3 &&
  !VOWELS.includes(w.charAt(0)) &&
  VOWELS.includes(w.charAt(1)) &&
  !VOWELS.includes(w.charAt(2)) &&
  !"wxy".includes(w.charAt(2))
    ? `${w}e`
    : w;

/**
 * Strips common inflections (plural -s/-es/-ies, -ed, -ing, -ly) and a few derivations (-ation,
 * -ment, -al, -ability), then a final silent e and a doubled final consonant, so that "imposed", "imposing"
 * and "impose" meet at "impos" and "slapped" at "slap". Words of three letters or fewer, and words
 * with digits, are kept as they are. Not a linguistic stemmer: it only has to map the forms of one
 * word to one key, and never two common words of the story to the same key.
 */
export function stem(word: string): string {
  // Own keys only: "constructor" is a word, not Object.prototype's.
  const base = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (base !== undefined) return stem(base);
  if (word.length <= 3 || hasDigit(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);

  if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith("ing") && w.length > 5 && hasVowel(w.slice(0, -3))) w = restoreE(w.slice(0, -3));
  else if (w.endsWith("ed") && !w.endsWith("eed") && w.length > 4 && hasVowel(w.slice(0, -2)))
    w = restoreE(w.slice(0, -2));
  else if (w.endsWith("ability") || w.endsWith("ibility")) w = `${w.slice(0, -5)}l`;
  else if (w.endsWith("ation") && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith("ment") && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith("al") && w.length > 6) w = w.slice(0, -2);

  // "-eed" is the word's own ending, not a past "-ed" ("succeed", "proceed"; "agreed" as "agree"), and
  // "-ing" may leave one ("succeeding"): so every form of "succeed" meets at "succe".
  if (w.endsWith("eed") && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  if (w.length > 3 && endsInDoubleConsonant(w)) w = w.slice(0, -1);
  // (Not "-orat": "directorate", the SSB, is no "director", a head.)
  if (w.endsWith("at") && w.length > 6 && !w.endsWith("orat")) w = w.slice(0, -2);
  return w;
}
