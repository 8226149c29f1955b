/**
 * Keyboard input routed through one listener. Ink subscribes each `useInput` handler in a passive effect,
 * which can run after the next key has arrived: a fast typist would lose keys, or reach a handler from an
 * earlier render. Here the app listens once; each component registers in a layout effect (so it hears keys
 * from the moment it is drawn) and its latest handler and `active` flag are read from a ref.
 */
import { type Key, useInput } from "ink";
import {
  createContext,
  type MutableRefObject,
  useCallback,
  useContext,
  useLayoutEffect,
  useRef,
} from "react";

export type KeyHandler = (input: string, key: Key) => void;

interface Entry {
  handler: KeyHandler;
  active: boolean;
}

/** The handlers of the mounted components, in the order they were drawn. */
export class KeyRegistry {
  private readonly entries = new Set<MutableRefObject<Entry>>();

  add(entry: MutableRefObject<Entry>): () => void {
    this.entries.add(entry);
    return () => {
      this.entries.delete(entry);
    };
  }

  /** Calls every active handler with the key; a snapshot, so handlers that mount or unmount meanwhile do not see it. */
  dispatch(input: string, key: Key): void {
    for (const entry of [...this.entries]) {
      if (entry.current.active) entry.current.handler(input, key);
    }
  }
}

export const KeyRegistryContext = createContext<KeyRegistry | undefined>(undefined);

/** Listens to the terminal once and hands each key to the registry, then to `last` (the app's own keys). */
export function useKeyRouter(registry: KeyRegistry, last: KeyHandler): void {
  const latest = useRef(last);
  latest.current = last;
  useInput(
    useCallback(
      (input: string, key: Key) => {
        registry.dispatch(input, key);
        latest.current(input, key);
      },
      [registry],
    ),
  );
}

/** Handles keys while `active`. Outside an app with a router (a component tested alone) it listens to Ink itself. */
export function useKeys(handler: KeyHandler, active = true): void {
  const registry = useContext(KeyRegistryContext);
  const entry = useRef<Entry>({ handler, active });
  entry.current.handler = handler;
  entry.current.active = active;
  useLayoutEffect(() => registry?.add(entry), [registry]);
  const standalone = useCallback((input: string, key: Key) => entry.current.handler(input, key), []);
  useInput(standalone, { isActive: registry === undefined && active });
}
