/** Where the user is: the routes of the app, the history that keeps each screen's state, and the context views use to move. */
import type { RecordKind, SourceSpan } from "@s400/data";
import { createContext, useCallback, useContext, useState } from "react";
import type { DataSource } from "./data/source.js";
import type { Names, Titles } from "./format.js";
import type { ViewName } from "./input/keymap.js";

export type { ViewName } from "./input/keymap.js";

export type Route =
  | { readonly view: Exclude<ViewName, "sources" | "positions"> }
  /** The claims on a topic, the first topic when none is given. */
  | { readonly view: "positions"; readonly topic?: string }
  /** A sentence, optionally with the cited words of a record highlighted. */
  | { readonly view: "sources"; readonly sourceId?: string; readonly highlight?: readonly SourceSpan[] }
  /** Any record by id, drawn by the view that suits its kind (given when the link knows it, for the header). */
  | { readonly view: "record"; readonly id: string; readonly kind?: RecordKind }
  | { readonly view: "search" }
  | { readonly view: "help" };

/** A step of the history: the route, and the state its screen left (cursor, focus, scroll, filter, query). */
export interface Entry {
  readonly id: number;
  readonly route: Route;
  readonly state: Map<string, unknown>;
}

/** The route that shows the sentence a record cites first, with all its cited words in that sentence marked. */
export function sourceRoute(spans: readonly SourceSpan[]): Route {
  const first = spans[0];
  return first ? { view: "sources", sourceId: first.sourceId, highlight: spans } : { view: "sources" };
}

/** Whether two routes show the same screen, so opening the one shown adds no step to the history. */
export function sameRoute(a: Route, b: Route): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface Navigation {
  readonly source: DataSource;
  readonly names: Names;
  /** Titles of records by id, to name a topic, an event or a claim instead of showing its id. */
  readonly titles: Titles;
  /** Goes to a route, keeping the way back (unless it is the route shown). */
  open(route: Route): void;
  /** Goes back one step, to the screen as it was left. */
  back(): void;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("useNavigation outside the app");
  return navigation;
}

/** The history entry of the screen being drawn. */
export const EntryContext = createContext<Entry | undefined>(undefined);

/**
 * State that belongs to the screen's history entry: drawn again from where it was when the user comes
 * back with Esc. `name` must be unique within a screen.
 */
export function useViewState<T>(
  name: string,
  initial: T | (() => T),
): [T, (update: T | ((previous: T) => T)) => void] {
  const entry = useContext(EntryContext);
  const [value, setValue] = useState<T>(() => {
    if (entry?.state.has(name)) return entry.state.get(name) as T;
    return typeof initial === "function" ? (initial as () => T)() : initial;
  });
  const set = useCallback(
    (update: T | ((previous: T) => T)) =>
      setValue((previous) => {
        const next = typeof update === "function" ? (update as (previous: T) => T)(previous) : update;
        entry?.state.set(name, next);
        return next;
      }),
    [entry, name],
  );
  return [value, set];
}

/** A mutable value kept in the screen's history entry, for what is computed while drawing (a scroll offset). */
export function useViewRef<T>(name: string, initial: T): { current: T } {
  const entry = useContext(EntryContext);
  const [fallback] = useState(() => ({ current: initial }));
  if (!entry) return fallback;
  let ref = entry.state.get(name) as { current: T } | undefined;
  if (ref === undefined) {
    ref = { current: initial };
    entry.state.set(name, ref);
  }
  return ref;
}
