/** The interactive app in the terminal: the alternate screen, the app, and the terminal given back on exit. */
import { render } from "ink";
import { Boot } from "./boot.js";
import type { DataSource } from "./data/source.js";
import { loadNames } from "./scripted.js";
import { ThemeContext, themeFor } from "./theme.js";

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

/** Runs the app on the alternate screen, so quitting gives the terminal back as it was. */
export async function interactive(source: DataSource, options: { preload: boolean }): Promise<Outcome> {
  const leave = () => process.stdout.write("\u001b[?1049l");
  process.stdout.write("\u001b[?1049h\u001b[H");
  process.once("exit", leave);
  // The local dataset answers at once: load the names before drawing, so the first frame is the app.
  const initial = options.preload ? await loadNames(source) : undefined;
  const instance = render(
    <ThemeContext.Provider value={themeFor(process.env)}>
      <Boot source={source} {...(initial ? { initial } : {})} />
    </ThemeContext.Provider>,
    // Up to 120 frames a second, so a search result drawn right after the typed key is not held back;
    // only changed lines are rewritten.
    { exitOnCtrlC: true, patchConsole: false, maxFps: 120 },
  );
  let failed: { error: unknown } | undefined;
  try {
    await instance.waitUntilExit();
  } catch (error) {
    failed = { error };
  }
  // Leave the alternate screen before printing, or the message would vanish with it.
  leave();
  process.off("exit", leave);
  return failed ? { ok: false, error: failed.error } : { ok: true };
}
