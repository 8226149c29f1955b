/** The interactive app: header, the screen on top of the history, the footer; the keys that work everywhere. */
import { Box } from "ink";
import { useCallback, useMemo, useRef, useState } from "react";
import { Footer } from "./components/footer.js";
import { Header } from "./components/header.js";
import { TooSmall } from "./components/too-small.js";
import type { DataSource } from "./data/source.js";
import { kindNames, type Names, type Titles } from "./format.js";
import { type Handlers, KeyScope, useKeys } from "./hooks/use-keys.js";
import { type Size, useSize } from "./hooks/use-size.js";
import { views } from "./input/keymap.js";
import {
  type Entry,
  EntryContext,
  type Navigation,
  NavigationContext,
  type Route,
  sameRoute,
  type ViewName,
} from "./navigation.js";
import { optional } from "./optional.js";
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

/** How many steps back the history keeps. */
const HISTORY = 50;

export interface AppProps {
  readonly source: DataSource;
  readonly names: Names;
  readonly titles: Titles;
  /** A fixed size instead of the terminal's (tests). */
  readonly size?: Size;
  readonly initialRoute?: Route;
}

function placeOf(route: Route): string {
  if (route.view === "record") return route.kind === undefined ? "Record" : kindNames[route.kind];
  if (route.view === "search") return "Search";
  if (route.view === "help") return "Help";
  return views.find((v) => v.action === route.view)?.label ?? route.view;
}

export function App({
  source,
  names,
  titles,
  size: fixedSize,
  initialRoute = { view: "overview" },
}: AppProps) {
  const size = useSize(fixedSize);
  const ids = useRef(0);
  const entry = useCallback((route: Route): Entry => ({ id: ids.current++, route, state: new Map() }), []);
  const [stack, setStack] = useState<readonly Entry[]>(() => [entry(initialRoute)]);
  const top = stack[stack.length - 1] as Entry;

  const open = useCallback(
    (route: Route) =>
      setStack((s) => {
        const shown = s[s.length - 1];
        return shown && sameRoute(shown.route, route) ? s : [...s.slice(-(HISTORY - 1)), entry(route)];
      }),
    [entry],
  );
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const navigation = useMemo<Navigation>(
    () => ({ source, names, titles, open, back }),
    [source, names, titles, open, back],
  );

  const tooSmall = size.columns < minimumSize.columns || size.rows < minimumSize.rows;
  const handlers: Handlers = {
    search: () => open({ view: "search" }),
    help: () => open({ view: "help" }),
    back: stack.length > 1 ? back : undefined,
    ...Object.fromEntries(views.map((v) => [v.action, () => open({ view: v.action } as Route)])),
  };
  useKeys(handlers, { active: !tooSmall });

  if (tooSmall) return <TooSmall columns={size.columns} rows={size.rows} need={minimumSize} />;
  const width = size.columns;
  // One row stays free so Ink never takes the fullscreen path that clears the terminal on every frame.
  const bodyHeight = size.rows - 4;
  const route = top.route;
  const current: ViewName | undefined = views.some((v) => v.action === route.view)
    ? (route.view as ViewName)
    : undefined;
  return (
    <NavigationContext.Provider value={navigation}>
      <Box flexDirection="column" width={width} height={size.rows - 1}>
        <Header place={placeOf(route)} origin={source.origin} width={width} />
        <EntryContext.Provider value={top}>
          <KeyScope>
            <Box key={top.id} height={bodyHeight}>
              <Screen route={route} width={width} height={bodyHeight} />
            </Box>
          </KeyScope>
        </EntryContext.Provider>
        <Footer current={current} width={width} />
      </Box>
    </NavigationContext.Provider>
  );
}

/** The screen of a route. */
function Screen({ route, width, height }: { route: Route; width: number; height: number }) {
  const props = { width, height, active: true };
  switch (route.view) {
    case "overview":
      return <OverviewView {...props} />;
    case "entities":
      return <EntitiesView {...props} />;
    case "timeline":
      return <TimelineView {...props} />;
    case "positions":
      return <PositionsView {...props} {...optional("topic", route.topic)} />;
    case "quotes":
      return <QuotesView {...props} />;
    case "sources":
      return (
        <SourcesView
          {...props}
          {...optional("sourceId", route.sourceId)}
          {...optional("highlight", route.highlight)}
        />
      );
    case "record":
      return <RecordView {...props} id={route.id} />;
    case "search":
      return <SearchView {...props} />;
    case "help":
      return <HelpView {...props} />;
  }
}
