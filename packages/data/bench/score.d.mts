// Types of score.mjs, for the evaluation test.
export interface Question {
  readonly q: string;
  readonly answer: string;
  readonly ids?: readonly string[];
}
export interface ScoredHit {
  readonly id: string;
  readonly haystack: string;
}
export interface Evaluation {
  readonly hit1: number;
  readonly hit3: number;
  readonly mrr: number;
  readonly misses: readonly { q: string; answer: string; top: string[] }[];
}
export function fold(text: string): string;
export function recordHaystack(
  record: unknown,
  entityNames: (value: string) => readonly string[] | undefined,
): string;
export function answers(question: Question, hit: ScoredHit): boolean;
export function evaluate(
  questions: readonly Question[],
  ask: (question: Question) => readonly ScoredHit[],
): Evaluation;
