/** Cursor movement through a list with arrows, j/k, page keys, Home and End. */

import { useEffect, useState } from "react";
import { useKeys } from "./use-keys.js";

/** Keeps a cursor in `[0, count)` and moves it on the list keys while `active`. */
export function useList(
  count: number,
  active: boolean,
  page = 10,
  initial = 0,
): [number, (index: number) => void] {
  const [index, setIndex] = useState(initial);
  useEffect(() => {
    if (index >= count && count > 0) setIndex(count - 1);
  }, [count, index]);
  useKeys((input, key) => {
    if (count === 0) return;
    if (key.downArrow || input === "j") setIndex((i) => Math.min(count - 1, i + 1));
    else if (key.upArrow || input === "k") setIndex((i) => Math.max(0, i - 1));
    else if (key.pageDown) setIndex((i) => Math.min(count - 1, i + page));
    else if (key.pageUp) setIndex((i) => Math.max(0, i - page));
    else if (key.home) setIndex(0);
    else if (key.end || input === "G") setIndex(count - 1);
  }, active);
  return [Math.min(index, Math.max(0, count - 1)), setIndex];
}
