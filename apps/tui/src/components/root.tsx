/** The root of every s400 screen: the theme, the one key dispatch, and the keys that quit from anywhere, loading included. */
import { useApp } from "ink";
import { type ReactNode, useState } from "react";
import { KeyRegistry, KeyRegistryContext, useKeyRouter, useKeys } from "../hooks/use-keys.js";
import { optional } from "../optional.js";
import { type Theme, ThemeContext } from "../theme.js";
import { ErrorBoundary } from "./error-boundary.js";

export interface RootProps {
  readonly theme: Theme;
  /** Called before the app ends on Ctrl-C, so the CLI can exit 130. */
  readonly onInterrupt?: () => void;
  readonly children?: ReactNode;
}

export function Root({ theme, onInterrupt, children }: RootProps) {
  const [registry] = useState(() => new KeyRegistry());
  useKeyRouter(registry);
  return (
    <ThemeContext.Provider value={theme}>
      <KeyRegistryContext.Provider value={registry}>
        <ErrorBoundary>
          <QuitKeys {...optional("onInterrupt", onInterrupt)} />
          {children}
        </ErrorBoundary>
      </KeyRegistryContext.Provider>
    </ThemeContext.Provider>
  );
}

/** q and Ctrl-C, outermost of all handlers: a text field takes q first, nothing takes Ctrl-C. */
function QuitKeys({ onInterrupt }: { onInterrupt?: () => void }) {
  const { exit } = useApp();
  useKeys({
    quit: () => exit(),
    interrupt: () => {
      onInterrupt?.();
      exit();
    },
  });
  return null;
}
