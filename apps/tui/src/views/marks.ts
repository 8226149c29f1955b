/** Splits a sentence into plain and marked runs for the cited spans in it. */
import type { SourceSpan } from "@s400/data";
import { type Segment, seg } from "../text.js";

/** The sentence as runs, with the words of every span on this sentence marked; overlapping spans merge. */
export function markSpans(text: string, sourceId: string, spans: readonly SourceSpan[]): Segment[] {
  const ranges = spans
    .filter((span) => span.sourceId === sourceId && span.start < span.end && span.end <= text.length)
    .map((span) => [span.start, span.end] as const)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) out.push(seg(text.slice(at, start)));
    out.push(seg(text.slice(start, end), "mark"));
    at = end;
  }
  if (at < text.length) out.push(seg(text.slice(at)));
  return out;
}

/** The cited words of one sentence, in the order they appear in it. */
export interface CitedWords {
  readonly sourceId: SourceSpan["sourceId"];
  readonly words: readonly string[];
}

/**
 * The words a set of spans cites, sentence by sentence in id order (`s05` before `s09`), each sentence's
 * runs in text order with overlapping or touching spans merged, so no word is shown twice.
 */
export function citedWords(spans: readonly SourceSpan[]): CitedWords[] {
  const bySentence = new Map<SourceSpan["sourceId"], SourceSpan[]>();
  for (const span of spans) {
    const list = bySentence.get(span.sourceId);
    if (list) list.push(span);
    else bySentence.set(span.sourceId, [span]);
  }
  return [...bySentence.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sourceId, list]) => {
      const runs: { start: number; end: number; exact: string }[] = [];
      for (const span of [...list].sort((a, b) => a.start - b.start || b.end - a.end)) {
        const last = runs[runs.length - 1];
        if (last && span.start <= last.end) {
          // Both are slices of the same sentence: the part of `span` past `last` extends it.
          if (span.end > last.end) {
            last.exact += span.exact.slice(last.end - span.start);
            last.end = span.end;
          }
        } else runs.push({ start: span.start, end: span.end, exact: span.exact });
      }
      return { sourceId, words: runs.map((run) => run.exact) };
    });
}

/** One sentence's cited words as runs: each marked, with `…` between runs that are apart in the sentence. */
export function citedSegments(cited: CitedWords): Segment[] {
  return cited.words.flatMap((words, i) => [...(i > 0 ? [seg(" … ")] : []), seg(words, "mark")]);
}
