/** The footer: the single keys of the views (the current one marked), then the keys that work here, from the keymap. */
import { Box, Text } from "ink";
import { useReachableActions } from "../hooks/use-keys.js";
import { type Action, hintsFor, views } from "../input/keymap.js";
import type { ViewName } from "../navigation.js";
import { width as columnsOf } from "../text.js";

export interface FooterProps {
  readonly current: ViewName | undefined;
  readonly width: number;
}

/** The hints always kept, whatever the width: how to get help and how to leave. */
const pinned: readonly Action[] = ["help", "quit", "interrupt"];

/**
 * The hints of the actions a key reaches now, fitted to `width`: the help and quit hints stay at the
 * end; the others are dropped from the right when there is no room.
 */
export function footerHints(actions: readonly Action[], width: number): string {
  const reachable = new Set(actions);
  // ^C always quits; it is only worth a hint where q does not (while typing).
  if (reachable.has("quit")) reachable.delete("interrupt");
  const tail = hintsFor(pinned.filter((a) => reachable.has(a)));
  const rest = hintsFor([...reachable].filter((a) => !pinned.includes(a)));
  const fits = (parts: readonly string[]) => columnsOf(parts.join(" · ")) <= width;
  while (rest.length > 0 && !fits([...rest, ...tail])) rest.pop();
  return [...rest, ...tail].join(" · ");
}

/** The view keys in the widest form that fits: "o Overview  e Entities …", else the keys with the current view's name. */
export function viewTabs(
  current: ViewName | undefined,
  width: number,
): { key: string; text: string; current: boolean }[] {
  const full = views.map((v) => ({
    key: v.action,
    text: ` ${v.key} ${v.label} `,
    current: v.action === current,
  }));
  if (columnsOf(full.map((t) => t.text).join("")) <= width) return full;
  return views.map((v) => ({
    key: v.action,
    text: v.action === current ? ` ${v.key} ${v.label} ` : ` ${v.key} `,
    current: v.action === current,
  }));
}

export function Footer({ current, width }: FooterProps) {
  const actions = useReachableActions();
  return (
    <Box flexDirection="column" height={2}>
      <Box height={1}>
        {viewTabs(current, width).map((tab) => (
          <Text key={tab.key} inverse={tab.current}>
            {tab.text}
          </Text>
        ))}
      </Box>
      <Text dimColor wrap="truncate-end">
        {footerHints(actions, width)}
      </Text>
    </Box>
  );
}
