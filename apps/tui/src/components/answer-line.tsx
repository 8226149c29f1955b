/** The search overlay's first line: the answer to the query with its cited words marked, or that the text does not say. */
import type { Answer } from "@s400/data";
import { NO_ANSWER } from "../format.js";
import { bracketMarks, width as columnsOf, type Segment, seg, truncate } from "../text.js";
import { useTheme } from "../theme.js";
import { citedSegments, citedWords } from "../views/marks.js";
import { StyledLine } from "./styled-line.js";

/** Where the answer to the query stands. */
export type Answering =
  | { readonly status: "idle" }
  | { readonly status: "pending" }
  | { readonly status: "ready"; readonly answer: Answer | null }
  | { readonly status: "error"; readonly message: string };

const widthOf = (segments: readonly Segment[]) => segments.reduce((sum, s) => sum + columnsOf(s.text), 0);

/**
 * The answer and as many of its cited sentences as fit in `columns` (id order, each sentence's cited
 * words marked as `g` marks them, then its id), and "+N more" for the rest. A sentence is shown whole or,
 * when not even the first fits, cut on a word; `brackets` marks with `[…]` where a terminal has no inverse.
 */
export function answerSegments(answer: Answer, columns: number, brackets: boolean): Segment[] {
  const label = seg(columns >= 40 ? "Answer: " : "", "dim");
  const text = truncate(answer.text, columns - columnsOf(label.text));
  const out: Segment[] = [label, seg(text, "accent")];
  let room = columns - columnsOf(label.text) - columnsOf(text) - 2;
  const sentences = citedWords(answer.evidence);
  let shown = 0;
  for (const sentence of sentences) {
    const rest = sentences.length - shown - 1;
    const more = rest > 0 ? columnsOf(` +${rest} more`) : 0;
    // The first sentence's gap is already out of the room; the others are " · " apart.
    const gap = shown === 0 ? 0 : 3;
    const id = seg(` ${sentence.sourceId}`, "dim");
    const marks = (parts: Segment[]) => (brackets ? bracketMarks(parts) : parts);
    let parts = [...marks(citedSegments(sentence)), id];
    if (gap + widthOf(parts) + more > room) {
      if (shown > 0) break;
      // Not even the first sentence fits: cut its words to the room, marks kept whole.
      const fit = room - columnsOf(id.text) - more - (brackets ? 2 : 0);
      const words = truncate(sentence.words.join(" … "), fit);
      if (fit < 8 || words === "…") break;
      parts = [...marks([seg(words, "mark")]), id];
    }
    out.push(shown === 0 ? seg("  ") : seg(" · ", "dim"), ...parts);
    room -= gap + widthOf(parts);
    shown += 1;
  }
  const hidden = sentences.length - shown;
  if (hidden > 0 && shown > 0) out.push(seg(` +${hidden} more`, "dim"));
  return out;
}

/** The segments of the line for each state of the answer. */
function lineFor(answering: Answering, columns: number, brackets: boolean): Segment[] {
  switch (answering.status) {
    case "idle":
      return [
        seg(truncate("Ask a question in your own words, or search for a name or a phrase.", columns), "dim"),
      ];
    case "pending":
      return [seg("Looking for an answer…", "dim")];
    case "error":
      return [seg(truncate(`No answer: ${answering.message}`, columns), "dim")];
    case "ready":
      return answering.answer === null
        ? [seg(NO_ANSWER), seg(truncate(" The closest records follow.", columns - NO_ANSWER.length), "dim")]
        : answerSegments(answering.answer, columns, brackets);
  }
}

export function AnswerLine({ answering, width }: { answering: Answering; width: number }) {
  const { brackets } = useTheme();
  return <StyledLine line={lineFor(answering, width, brackets)} />;
}
