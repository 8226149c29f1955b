/** Renders the app at a fixed size with ink-testing-library and waits for what a user would see. */
import { render } from "ink-testing-library";
import { vi } from "vitest";
import { Boot } from "../boot.js";
import { Root } from "../components/root.js";
import type { DataSource } from "../data/source.js";
import type { Size } from "../hooks/use-size.js";
import type { Route } from "../navigation.js";
import { optional } from "../optional.js";
import { type Theme, themeFor } from "../theme.js";

/** Removes ANSI escape sequences, to compare what the frame says. */
export function plain(text: string | undefined): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape codes is the point.
  return (text ?? "").replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "");
}

export const keys = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  enter: "\r",
  escape: "\u001b",
  tab: "\t",
  backspace: "\u007f",
  end: "\u001b[F",
} as const;

export interface Harness {
  /** The last frame, without escape codes. */
  frame(): string;
  /** The last frame as drawn, escape codes and all. */
  raw(): string;
  /** Sends keys one at a time, as a person types them, letting each render. */
  press(...input: string[]): Promise<void>;
  /** Sends keys in one chunk, as a terminal delivers several at once (key repeat, SSH, a paste). */
  send(chunk: string): Promise<void>;
  /** Waits until the frame contains `text`. */
  see(text: string | RegExp): Promise<string>;
  rerender(size: Size): void;
  unmount(): void;
}

/** Renders the app with a data source at a size (80×24 unless told). */
export async function renderApp(
  source: DataSource,
  options: { size?: Size; theme?: Theme; route?: Route } = {},
): Promise<Harness> {
  const tree = (size: Size) => (
    <Root theme={options.theme ?? themeFor({})}>
      <Boot source={source} size={size} {...optional("initialRoute", options.route)} />
    </Root>
  );
  const instance = render(tree(options.size ?? { columns: 80, rows: 24 }));
  const frame = () => plain(instance.lastFrame());
  // A remote source answers after a moment; keys sent before the app is drawn would only reach q.
  await vi.waitFor(
    () => {
      if (!frame().includes("s400 ·") && !frame().includes("needs at least")) throw new Error(frame());
    },
    { timeout: 5000, interval: 5 },
  );
  const harness: Harness = {
    frame,
    raw: () => instance.lastFrame() ?? "",
    async press(...input) {
      for (const key of input) {
        instance.stdin.write(key);
        // Let Ink parse the key (escape waits a tick for a sequence) and React commit the update.
        await new Promise((resolve) => setTimeout(resolve, key === keys.escape ? 40 : 15));
      }
    },
    async send(chunk) {
      instance.stdin.write(chunk);
      await new Promise((resolve) => setTimeout(resolve, 40));
    },
    async see(text) {
      await vi.waitFor(
        () => {
          const now = frame();
          if (typeof text === "string" ? !now.includes(text) : !text.test(now)) {
            throw new Error(`not on screen: ${String(text)}\n${now}`);
          }
        },
        { timeout: 2000, interval: 5 },
      );
      return frame();
    },
    rerender: (size) => instance.rerender(tree(size)),
    unmount: () => instance.unmount(),
  };
  return harness;
}
