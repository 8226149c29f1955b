/**
 * One key dispatch for the whole app. The terminal's chunks are split into keypresses; each goes to the
 * innermost active handler first (the deepest `KeyScope`), and the first handler that takes it stops it.
 * Components register in a layout effect and their latest handlers are read from a ref, so a key that
 * arrives right after a render reaches the handlers of that render. The registry also knows which
 * actions a key reaches now, which is what the footer shows.
 */
import { useStdin } from "ink";
import {
  createContext,
  createElement,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
} from "react";
import { type Action, keymap, matches } from "../input/keymap.js";
import { createKeypressSplitter, type Keypress } from "../input/keypress.js";
import { flushSync } from "./flush-sync.js";

/** What a component does for each action; returning `false` passes the key on to the next handler out. */
export type Handlers = { readonly [A in Action]?: (() => boolean | undefined) | (() => void) | undefined };

interface Layer {
  handlers: Handlers;
  /** A text field: takes printable characters and pastes, whole runs at a time. */
  text: ((text: string) => void) | undefined;
  active: boolean;
  depth: number;
  order: number;
}

const plainChar = (press: Keypress) => press.name === "char" && !press.ctrl && !press.meta;

export class KeyRegistry {
  private readonly layers = new Set<RefObject<Layer>>();
  private readonly listeners = new Set<() => void>();
  private next = 0;
  private reachable: readonly Action[] = [];
  private reachableKey = "";

  /**
   * Registers a layer while its component renders (a Set, so rendering again adds nothing), so the
   * footer, drawn after the screen in the same pass, already offers the screen's keys in the first frame.
   */
  register(layer: RefObject<Layer>): void {
    if (this.layers.has(layer)) return;
    layer.current.order = this.next++;
    this.layers.add(layer);
  }

  remove(layer: RefObject<Layer>): void {
    this.layers.delete(layer);
    this.changed();
  }

  /** The active layers, innermost (deepest, then latest) first. */
  private ordered(): Layer[] {
    return [...this.layers]
      .map((ref) => ref.current)
      .filter((layer) => layer.active)
      .sort((a, b) => b.depth - a.depth || b.order - a.order);
  }

  /** Hands one keypress to the handlers; true when one took it. */
  dispatch(press: Keypress): boolean {
    for (const layer of this.ordered()) {
      if (layer.text && (plainChar(press) || press.name === "paste")) {
        if (press.text !== "") layer.text(press.text);
        return true;
      }
      for (const [action, handler] of Object.entries(layer.handlers) as [Action, Handlers[Action]][]) {
        if (handler && matches(action, press) && handler() !== false) return true;
      }
    }
    return false;
  }

  /**
   * Hands out keypresses one by one, in order, each committed before the next (see flush-sync.ts), so
   * `e j` in one chunk opens Entities and then moves its cursor. A run of characters typed into a text
   * field arrives there as one text (one search, not one per character).
   */
  dispatchAll(presses: readonly Keypress[]): void {
    for (let i = 0; i < presses.length; i++) {
      const press = presses[i] as Keypress;
      const field = plainChar(press) ? this.ordered()[0]?.text : undefined;
      if (field) {
        let text = press.text;
        while (i + 1 < presses.length && plainChar(presses[i + 1] as Keypress)) {
          i += 1;
          text += (presses[i] as Keypress).text;
        }
        flushSync(() => field(text));
      } else {
        flushSync(() => this.dispatch(press));
      }
    }
  }

  /**
   * Which actions a key would reach now: an action is shadowed where an inner handler has its keys,
   * and a text field shadows every single-character key.
   */
  private compute(): readonly Action[] {
    const claimed = new Set<string>();
    let typing = false;
    const reachable: Action[] = [];
    for (const layer of this.ordered()) {
      const defined = (Object.keys(layer.handlers) as Action[]).filter((action) => layer.handlers[action]);
      for (const action of defined) {
        const keys: readonly string[] = keymap[action].keys;
        if (keys.some((k) => !claimed.has(k) && !(typing && k.length === 1))) reachable.push(action);
      }
      for (const action of defined) for (const k of keymap[action].keys) claimed.add(k);
      if (layer.text) typing = true;
    }
    const key = reachable.join(",");
    if (key !== this.reachableKey) {
      this.reachableKey = key;
      this.reachable = reachable;
    }
    return this.reachable;
  }

  /** Tells the footer when what a key reaches has changed; called after every render of a handler. */
  changed(): void {
    const before = this.reachable;
    if (this.compute() !== before) for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The actions a key would reach now, innermost first (the same array while they do not change). */
  actions = (): readonly Action[] => this.compute();
}

export const KeyRegistryContext = createContext<KeyRegistry | undefined>(undefined);
const DepthContext = createContext(0);

/** Handlers inside a scope come before the handlers around it. */
export function KeyScope({ children }: { readonly children?: ReactNode }) {
  const depth = useContext(DepthContext);
  return createElement(DepthContext.Provider, { value: depth + 1 }, children);
}

/** Reads the terminal, splits its chunks into keypresses and hands them to the registry. */
export function useKeyRouter(registry: KeyRegistry): void {
  const { setRawMode, isRawModeSupported, internal_eventEmitter: events } = useStdin();
  useEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isRawModeSupported, setRawMode]);
  useEffect(() => {
    // Ink has already held back escape sequences that arrived in pieces, so each of its inputs is
    // complete and the splitter is flushed after each one (a lone ESC is the Escape key).
    const splitter = createKeypressSplitter();
    const onInput = (data: string) => registry.dispatchAll([...splitter.push(data), ...splitter.flush()]);
    events.on("input", onInput);
    return () => {
      events.off("input", onInput);
    };
  }, [registry, events]);
}

const noSubscribe = () => () => undefined;
const noActions = (): readonly Action[] => [];

/** The actions a key would reach now, for the footer; follows focus and mounting. */
export function useReachableActions(): readonly Action[] {
  const registry = useContext(KeyRegistryContext);
  return useSyncExternalStore(registry?.subscribe ?? noSubscribe, registry?.actions ?? noActions);
}

/** Handles the keys of `handlers` while `active`; `text` makes the component a text field. */
export function useKeys(
  handlers: Handlers,
  options: { readonly active?: boolean; readonly text?: (text: string) => void } = {},
): void {
  const registry = useContext(KeyRegistryContext);
  const depth = useContext(DepthContext);
  const layer = useRef<Layer>({
    handlers,
    text: options.text,
    active: options.active ?? true,
    depth,
    order: 0,
  });
  layer.current.handlers = handlers;
  layer.current.text = options.text;
  layer.current.active = options.active ?? true;
  layer.current.depth = depth;
  registry?.register(layer);
  useLayoutEffect(() => {
    registry?.register(layer);
    return () => registry?.remove(layer);
  }, [registry]);
  // After every render: focus may have moved, which changes what the footer offers.
  useLayoutEffect(() => registry?.changed());
}
