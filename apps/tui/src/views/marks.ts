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
