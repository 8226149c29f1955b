/** The interactive app in the terminal: the alternate screen, the app, and the terminal given back on exit. */
import { render } from "ink";
import { Boot } from "./boot.js";
import { ErrorBoundary } from "./components/error-boundary.js";
import type { DataSource } from "./data/source.js";
import { loadNames } from "./scripted.js";
import { ThemeContext, themeFor } from "./theme.js";

export type Outcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: unknown }
  | { readonly ok: false; readonly signal: "SIGTERM" | "SIGHUP" };

/** Runs the app on the alternate screen, so quitting gives the terminal back as it was. */
export async function interactive(source: DataSource, options: { preload: boolean }): Promise<Outcome> {
  // The local dataset answers at once: load the names before drawing, so the first frame is the app.
  const initial = options.preload ? await loadNames(source) : undefined;
  const leave = () => process.stdout.write("\u001b[?1049l");
  process.stdout.write("\u001b[?1049h\u001b[H");
  process.once("exit", leave);
  const instance = render(
    <ThemeContext.Provider value={themeFor(process.env)}>
      <ErrorBoundary>
        <Boot source={source} {...(initial ? { initial } : {})} />
      </ErrorBoundary>
    </ThemeContext.Provider>,
    // Up to 120 frames a second, so a search result drawn right after the typed key is not held back.
    { exitOnCtrlC: true, patchConsole: false, maxFps: 120 },
  );
  // Killed or hung up: unmount all the same, so the terminal gets its screen and cursor back.
  let signal: "SIGTERM" | "SIGHUP" | undefined;
  const onTerm = () => {
    signal = "SIGTERM";
    instance.unmount();
  };
  const onHup = () => {
    signal = "SIGHUP";
    instance.unmount();
  };
  process.once("SIGTERM", onTerm);
  process.once("SIGHUP", onHup);
  let failed: { error: unknown } | undefined;
  try {
    await instance.waitUntilExit();
  } catch (error) {
    failed = { error };
  }
  process.off("SIGTERM", onTerm);
  process.off("SIGHUP", onHup);
  // Leave the alternate screen before printing, or the message would vanish with it.
  leave();
  process.off("exit", leave);
  if (failed) return { ok: false, error: failed.error };
  return signal ? { ok: false, signal } : { ok: true };
}
