/** The interactive app in the terminal: the alternate screen, the app, and the terminal given back however it ends. */
import { render } from "ink";
import { Boot } from "./boot.js";
import { Root } from "./components/root.js";
import type { DataSource } from "./data/source.js";
import { themeFor } from "./theme.js";

export type Outcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: unknown }
  | { readonly ok: false; readonly signal: "SIGINT" | "SIGTERM" | "SIGHUP" };

/** Alternate screen on, cursor to the top, bracketed paste on (so a paste arrives as one text). */
const ENTER = "\u001b[?1049h\u001b[H\u001b[?2004h";
/** Bracketed paste off, the main screen back, the cursor visible. */
const LEAVE = "\u001b[?2004l\u001b[?1049l\u001b[?25h";

/** Runs the app on the alternate screen, so quitting gives the terminal back as it was. */
export async function interactive(source: DataSource): Promise<Outcome> {
  let restored = false;
  const leave = () => {
    if (restored) return;
    restored = true;
    process.stdout.write(LEAVE);
  };
  process.stdout.write(ENTER);
  // Whatever happens, even an exit from elsewhere, the terminal gets its screen and cursor back.
  process.once("exit", leave);
  let signal: "SIGINT" | "SIGTERM" | "SIGHUP" | undefined;
  const instance = render(
    <Root
      theme={themeFor(process.env)}
      onInterrupt={() => {
        signal = "SIGINT";
      }}
    >
      <Boot source={source} />
    </Root>,
    // Ctrl-C is a key of the app's own (it may arrive in one chunk with other keys); up to 120 frames a
    // second, so a search result drawn right after the typed key is not held back.
    { exitOnCtrlC: false, patchConsole: false, maxFps: 120 },
  );
  // Interrupted, killed or hung up: unmount all the same, so the terminal gets its screen and cursor back.
  const handlers = (["SIGINT", "SIGTERM", "SIGHUP"] as const).map((name) => {
    const handler = () => {
      signal = name;
      instance.unmount();
    };
    process.once(name, handler);
    return [name, handler] as const;
  });
  let failed: { error: unknown } | undefined;
  try {
    await instance.waitUntilExit();
  } catch (error) {
    failed = { error };
  }
  for (const [name, handler] of handlers) process.off(name, handler);
  // Leave the alternate screen before printing, or the message would vanish with it.
  leave();
  process.off("exit", leave);
  if (failed) return { ok: false, error: failed.error };
  return signal ? { ok: false, signal } : { ok: true };
}
