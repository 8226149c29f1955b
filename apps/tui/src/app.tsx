/** The interactive app: header, the current view, the footer; global keys; history for Esc. */

import { Box, useApp } from "ink";
import { useCallback, useMemo, useRef, useState } from "react";
import { Footer } from "./components/footer.js";
import { Header } from "./components/header.js";
import { TooSmall } from "./components/too-small.js";
import type { DataSource } from "./data/source.js";
import type { Names } from "./format.js";
import { KeyRegistry, KeyRegistryContext, useKeyRouter } from "./hooks/use-keys.js";
import { type Size, useSize } from "./hooks/use-size.js";
import { type Navigation, NavigationContext, type Route, type ViewName, viewKeys } from "./navigation.js";
import { EntitiesView } from "./views/entities.js";
import { HelpView } from "./views/help.js";
import { OverviewView } from "./views/overview.js";
import { PositionsView } from "./views/positions.js";
import { QuotesView } from "./views/quotes.js";
import { RecordView } from "./views/record.js";
import { SearchView } from "./views/search.js";
import { SourcesView } from "./views/sources.js";
import { TimelineView } from "./views/timeline.js";

/** The smallest terminal the app draws in; below it, it says so instead. */
export const minimumSize: Size = { columns: 60, rows: 16 };

export interface AppProps {
  readonly source: DataSource;
  readonly names: Names;
  /** A fixed size instead of the terminal's (tests). */
  readonly size?: Size;
  readonly initialRoute?: Route;
}

type Overlay = "none" | "search" | "help";

const hints: Record<ViewName | "record", string> = {
  overview: "↑↓ move · Enter open · / search · ? help · q quit",
  entities: "↑↓ move · Tab pane · f type · g cite · Esc back · / search · ? help · q quit",
  timeline: "↑↓ move · Tab pane · Enter open · g cite · Esc back · / search · ? help · q quit",
  positions: "[ ] topic · Tab side · ↑↓ claim · g cite · Esc back · / search · ? help · q quit",
  quotes: "↑↓ move · Tab pane · Enter open · g cite · Esc back · / search · ? help · q quit",
  sources: "↑↓ sentence · Tab records · Enter open · Esc back · / search · ? help · q quit",
  record: "↑↓ move · Enter open · g cite · Esc back · / search · ? help · q quit",
};

function placeOf(route: Route): string {
  if (route.view === "record") return `Record ${route.id}`;
  return viewKeys.find((v) => v.view === route.view)?.label ?? route.view;
}

export function App({ source, names, size: fixedSize, initialRoute = { view: "overview" } }: AppProps) {
  const { exit } = useApp();
  const size = useSize(fixedSize);
  const [stack, setStack] = useState<readonly Route[]>([initialRoute]);
  const [overlay, setOverlay] = useState<Overlay>("none");
  const escapeHandler = useRef<(() => boolean) | undefined>(undefined);
  const route = stack[stack.length - 1] ?? initialRoute;

  const open = useCallback((next: Route) => {
    setOverlay("none");
    setStack((s) => [...s.slice(-49), next]);
  }, []);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const setEscapeHandler = useCallback((handler: (() => boolean) | undefined) => {
    escapeHandler.current = handler;
  }, []);
  const navigation = useMemo<Navigation>(
    () => ({ source, names, open, back, setEscapeHandler }),
    [source, names, open, back, setEscapeHandler],
  );

  const tooSmall = size.columns < minimumSize.columns || size.rows < minimumSize.rows;
  const [registry] = useState(() => new KeyRegistry());
  useKeyRouter(registry, (input, key) => {
    if (overlay === "search") return;
    if (overlay === "help") {
      if (key.escape || input === "?" || key.backspace || key.delete) setOverlay("none");
      else if (input === "q") exit();
      return;
    }
    if (input === "q") exit();
    else if (tooSmall) return;
    else if (input === "/") setOverlay("search");
    else if (input === "?") setOverlay("help");
    else if (key.escape || key.backspace || key.delete) {
      if (!escapeHandler.current?.()) back();
    } else {
      const target = viewKeys.find((v) => v.key === input);
      if (target && !key.ctrl && !key.meta) open({ view: target.view } as Route);
    }
  });

  if (tooSmall) return <TooSmall columns={size.columns} rows={size.rows} need={minimumSize} />;
  const width = size.columns;
  // One row stays free so Ink never takes the fullscreen path that clears the terminal on every frame.
  const bodyHeight = size.rows - 4;
  const active = overlay === "none";
  const body = (() => {
    if (overlay === "search") {
      return (
        <SearchView width={width} height={bodyHeight} onOpen={open} onClose={() => setOverlay("none")} />
      );
    }
    if (overlay === "help") return <HelpView width={width} height={bodyHeight} active />;
    const props = { width, height: bodyHeight, active };
    switch (route.view) {
      case "overview":
        return <OverviewView {...props} />;
      case "entities":
        return <EntitiesView {...props} />;
      case "timeline":
        return <TimelineView {...props} />;
      case "positions":
        return <PositionsView {...props} />;
      case "quotes":
        return <QuotesView {...props} />;
      case "sources":
        return (
          <SourcesView
            {...props}
            {...(route.sourceId === undefined ? {} : { sourceId: route.sourceId })}
            {...(route.highlight === undefined ? {} : { highlight: route.highlight })}
          />
        );
      case "record":
        return <RecordView {...props} id={route.id} />;
    }
  })();
  const current = route.view === "record" ? undefined : route.view;
  return (
    <KeyRegistryContext.Provider value={registry}>
      <NavigationContext.Provider value={navigation}>
        <Box flexDirection="column" width={width} height={size.rows - 1}>
          <Header
            place={overlay === "search" ? "Search" : overlay === "help" ? "Help" : placeOf(route)}
            origin={source.label}
            width={width}
          />
          <Box key={`${stack.length}-${overlay}`} height={bodyHeight}>
            {body}
          </Box>
          <Footer
            current={current}
            width={width}
            hints={
              overlay === "search"
                ? "type to search · ↑↓ choose · Enter open · Esc close"
                : overlay === "help"
                  ? "Esc or ? closes help · q quit"
                  : hints[route.view]
            }
          />
        </Box>
      </NavigationContext.Provider>
    </KeyRegistryContext.Provider>
  );
}
