/** Where the user is: the routes of the app, and the context views use to move between them. */
import type { SourceSpan } from "@s400/data";
import { createContext, useContext, useEffect } from "react";
import type { DataSource } from "./data/source.js";
import type { Names } from "./format.js";

/** The views reachable by a single key. */
export type ViewName = "overview" | "entities" | "timeline" | "positions" | "quotes" | "sources";

export type Route =
  | { readonly view: Exclude<ViewName, "sources"> }
  /** A sentence, optionally with the cited words of a record highlighted. */
  | { readonly view: "sources"; readonly sourceId?: string; readonly highlight?: readonly SourceSpan[] }
  /** Any record by id, drawn by the view that suits its kind. */
  | { readonly view: "record"; readonly id: string };

/** The single keys of the views, in footer order. */
export const viewKeys: readonly { readonly key: string; readonly view: ViewName; readonly label: string }[] =
  [
    { key: "o", view: "overview", label: "Overview" },
    { key: "e", view: "entities", label: "Entities" },
    { key: "t", view: "timeline", label: "Timeline" },
    { key: "p", view: "positions", label: "Positions" },
    { key: "u", view: "quotes", label: "Quotes" },
    { key: "s", view: "sources", label: "Sources" },
  ];

/** The route that shows the sentence a record cites first, with all its cited words in that sentence marked. */
export function sourceRoute(spans: readonly SourceSpan[]): Route {
  const first = spans[0];
  return first ? { view: "sources", sourceId: first.sourceId, highlight: spans } : { view: "sources" };
}

export interface Navigation {
  readonly source: DataSource;
  readonly names: Names;
  /** Goes to a route, keeping the way back. */
  open(route: Route): void;
  /** Goes back one step. */
  back(): void;
  /** Lets the focused view take Esc first (e.g. to leave its detail pane); return true when it did. */
  setEscapeHandler(handler: (() => boolean) | undefined): void;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("useNavigation outside the app");
  return navigation;
}

/** While `active`, Esc and backspace first run `handler`; the app goes back only when it returns false. */
export function useEscape(handler: () => boolean, active: boolean): void {
  const { setEscapeHandler } = useNavigation();
  useEffect(() => {
    if (!active) return;
    setEscapeHandler(handler);
    return () => setEscapeHandler(undefined);
  }, [active, handler, setEscapeHandler]);
}
