// Types of score-answers.mjs, for the answer evaluation test.
export interface AnswerQuestion {
  readonly q: string;
  /** Acceptable short gold answers (any one suffices), or null when the text does not answer. */
  readonly answer: readonly string[] | null;
}
export interface AnswerScore {
  right: number;
  wrong: number;
  none: number;
  answerable: number;
  unanswerable: number;
  abstained: number;
  failures: { q: string; got: string | null; want: readonly string[] | null }[];
}
export const MAX_ANSWER_WORDS: number;
export function answerIsRight(text: string, gold: readonly string[]): boolean;
export function ownHaystack(record: unknown, nameOf: (id: string) => string | undefined): string;
export function strictHits(
  questions: readonly { readonly q: string; readonly answer: readonly string[] }[],
  ask: (question: { readonly q: string }) => readonly { id: string; haystack: string }[],
): { hit1: number; hit3: number; misses: { q: string; top: string[] }[] };
export function scoreAnswers(
  questions: readonly AnswerQuestion[],
  ask: (question: string) => { readonly text: string } | null,
): AnswerScore;
export function searchable(
  question: AnswerQuestion,
): question is AnswerQuestion & { answer: readonly string[] };
