/** Loads data for a view: at once when the source already has it, else with a Loading state, a failure and a retry. */
import { type DependencyList, useEffect, useReducer, useRef, useState } from "react";
import { errorMessage, peek } from "../data/source.js";

export type AsyncState<T> = (
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: T }
  | { readonly status: "error"; readonly message: string }
) & {
  /** Asks again (after a failure or a timeout). */
  readonly retry: () => void;
};

type Outcome<T> =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: T }
  | { readonly status: "error"; readonly message: string };

interface Attempt<T> {
  readonly deps: DependencyList;
  readonly promise: Promise<T>;
  outcome: Outcome<T>;
}

const same = (a: DependencyList, b: DependencyList) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

function start<T>(load: () => Promise<T>, deps: DependencyList): Attempt<T> {
  const promise = load();
  // Handled where it is awaited; this keeps a quick failure from counting as unhandled meanwhile.
  promise.catch(() => undefined);
  const known = peek(promise);
  const outcome: Outcome<T> =
    known === undefined
      ? { status: "loading" }
      : "value" in known
        ? { status: "ready", value: known.value }
        : { status: "error", message: errorMessage(known.error) };
  return { deps, promise, outcome };
}

/**
 * Runs `load` when `deps` change (during render, so an in-process answer is drawn in the same frame:
 * no Loading flash) and returns where it stands; answers to an older question are dropped.
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [tries, setTries] = useState(0);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const key = [...deps, tries];
  const attempt = useRef<Attempt<T> | undefined>(undefined);
  if (attempt.current === undefined || !same(attempt.current.deps, key)) attempt.current = start(load, key);
  const current = attempt.current;
  useEffect(() => {
    if (current.outcome.status !== "loading") return;
    let live = true;
    current.promise.then(
      (value) => {
        current.outcome = { status: "ready", value };
        if (live) redraw();
      },
      (error: unknown) => {
        current.outcome = { status: "error", message: errorMessage(error) };
        if (live) redraw();
      },
    );
    return () => {
      live = false;
    };
  }, [current]);
  const retry = useRef(() => setTries((n) => n + 1)).current;
  return { ...current.outcome, retry };
}
