/** Loads data from a data source for a view, ignoring answers that arrive after the view asked again. */
import { type DependencyList, useEffect, useState } from "react";
import { errorMessage } from "../data/source.js";

export type AsyncState<T> =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: T }
  | { readonly status: "error"; readonly message: string };

/** Runs `load` whenever `deps` change and returns where it stands. */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === "loading" ? previous : { status: "loading" }));
    load().then(
      (value) => {
        if (current) setState({ status: "ready", value });
      },
      (error: unknown) => {
        if (current) setState({ status: "error", message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}
