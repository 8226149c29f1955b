/**
 * Grapheme clusters without waking ICU for text that has nothing to join: `Intl.Segmenter`, with a
 * fast path. The first `Intl.Segmenter` of a process costs 20-60 ms here (ICU loads its break rules),
 * and string-width, slice-ansi and ansi-tokenize each make one when they load, though nearly every line
 * the app draws is ASCII, Latin letters, punctuation and box drawing, where each code point is a cluster
 * of its own. The CLI bundle gives those libraries this class instead (see bundle-plugins.ts); the real
 * segmenter is made the first time a text needs it (CJK, emoji, combining marks, Hangul…).
 */

/**
 * Text whose every code point is a grapheme cluster of its own, whatever comes next to it: controls
 * (but CR, which joins a following LF), Latin-1, Latin Extended, IPA and spacing modifier letters (not
 * the combining marks after them), general punctuation (not the zero-width and invisible characters),
 * super- and subscripts, currency signs, and U+2100-U+2BFF: letterlike symbols, arrows, technical
 * symbols, box drawing, geometric shapes (▶), dingbats. None is an Extend, ZWJ, SpacingMark,
 * Prepend, Regional Indicator or Hangul code point, the only ones UAX #29 joins to a neighbour;
 * graphemes.test.ts checks each of them against ICU.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls (escape codes) are clusters of their own too.
const ALONE = /^[\0-\f\x0e-\u02ff\u2010-\u2027\u2030-\u205e\u2070-\u20c0\u2100-\u2bff]*$/;

/** One cluster, in the shape `Intl.Segmenter` gives it. */
interface Cluster {
  readonly segment: string;
  readonly index: number;
  readonly input: string;
}

/** The clusters of a text of lone code points: one per UTF-16 unit, since all of them are in the BMP. */
class OwnClusters implements Intl.Segments {
  readonly #input: string;

  constructor(input: string) {
    this.#input = input;
  }

  containing(codeUnitIndex?: number): Intl.SegmentData | undefined {
    const index = Math.trunc(Number(codeUnitIndex ?? 0)) || 0;
    if (index < 0 || index >= this.#input.length) return undefined;
    return this.#cluster(index);
  }

  #cluster(index: number): Intl.SegmentData {
    const cluster: Cluster = { segment: this.#input.charAt(index), index, input: this.#input };
    return cluster as Intl.SegmentData;
  }

  *[Symbol.iterator](): IterableIterator<Intl.SegmentData> {
    for (let index = 0; index < this.#input.length; index++) yield this.#cluster(index);
  }
}

/**
 * `Intl.Segmenter`, but a grapheme segmentation of text made only of lone code points (see `ALONE`)
 * is answered without ICU, with the same clusters; any other text, and words or sentences, go to a
 * real `Intl.Segmenter`, made on first need.
 *
 * @example
 * ```ts
 * const graphemes = new Segmenter();
 * Array.from(graphemes.segment("İsmail’s"), (s) => s.segment); // 8 clusters, no ICU
 * Array.from(graphemes.segment("e\u0301🇹🇷"), (s) => s.segment); // ["é", "🇹🇷"], from ICU
 * ```
 */
export class Segmenter {
  readonly #locales: Intl.LocalesArgument;
  readonly #options: Intl.SegmenterOptions | undefined;
  readonly #graphemes: boolean;
  #icu: Intl.Segmenter | undefined;

  constructor(locales?: Intl.LocalesArgument, options?: Intl.SegmenterOptions) {
    this.#locales = locales;
    this.#options = options;
    this.#graphemes = (options?.granularity ?? "grapheme") === "grapheme";
  }

  #real(): Intl.Segmenter {
    this.#icu ??= new Intl.Segmenter(this.#locales, this.#options);
    return this.#icu;
  }

  segment(input: string): Intl.Segments {
    const text = String(input);
    return this.#graphemes && ALONE.test(text) ? new OwnClusters(text) : this.#real().segment(text);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.#real().resolvedOptions();
  }
}

/**
 * The columns string-width gives a text of lone code points (see `ALONE`), or `undefined` for any other
 * text: each code point is a cluster of its own, controls and the soft hyphen take none, and the rest
 * take their East Asian width (`columns`, string-width's own lookup, so its options still apply). That
 * is string-width 8's answer without its three Unicode-property regexes, which cost a few ms to build
 * in every start that draws a border; bundle-plugins.test.ts checks it against string-width for every
 * such code point.
 */
export function aloneWidth(text: string, columns: (codePoint: number) => number): number | undefined {
  if (!ALONE.test(text)) return undefined;
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xad) continue;
    width += columns(code);
  }
  return width;
}

/** Whether every code point of `text` is a cluster of its own (exported for the tests). */
export function allAlone(text: string): boolean {
  return ALONE.test(text);
}

const shared = new Segmenter();

/** The characters a reader sees in `text` (an emoji with modifiers, or a letter and its accent, is one). */
export function graphemes(text: string): string[] {
  return Array.from(shared.segment(text), (part) => part.segment);
}
