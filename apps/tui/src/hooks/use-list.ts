/** A cursor through a list, moved by the list keys of the keymap and kept in the screen's history entry. */
import { useViewState } from "../navigation.js";
import { useKeys } from "./use-keys.js";

/** Keeps a cursor in `[0, count)` and moves it on the list keys while `active`; `name` keys it in the history. */
export function useList(
  name: string,
  count: number,
  active: boolean,
  page = 10,
  initial = 0,
): [number, (index: number) => void] {
  const [index, setIndex] = useViewState(`${name}:cursor`, initial);
  const last = Math.max(0, count - 1);
  const move = (to: (i: number) => number) => () => {
    if (count === 0) return false;
    setIndex((i) => Math.max(0, Math.min(last, to(Math.min(i, last)))));
    return true;
  };
  useKeys(
    {
      down: move((i) => i + 1),
      up: move((i) => i - 1),
      pageDown: move((i) => i + page),
      pageUp: move((i) => i - page),
      first: move(() => 0),
      last: move(() => last),
    },
    { active: active && count > 0 },
  );
  return [Math.min(index, last), setIndex];
}
