/** A bordered pane with its title in the top border; a focused pane has a double border and a `▶`. */
import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { truncate } from "../text.js";
import { useTheme } from "../theme.js";

export interface PaneProps {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly focused?: boolean;
  readonly children?: ReactNode;
}

const corners = {
  single: { left: "┌", line: "─", right: "┐" },
  double: { left: "╔", line: "═", right: "╗" },
} as const;

function borderColour(name: string | undefined) {
  return name === undefined ? {} : { borderColor: name };
}

/** Focus shows as a double border and a `▶` before the title, so it reads without colour too. */
export function Pane({ title, width, height, focused = false, children }: PaneProps) {
  const theme = useTheme();
  const style = focused ? "double" : "single";
  const { left, line, right } = corners[style];
  const label = truncate(`${focused ? "▶ " : ""}${title}`, Math.max(0, width - 6));
  const colour = focused ? theme.accent : theme.muted;
  const fill = Math.max(0, width - 2 - (label.length + 3));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end" {...(colour === undefined ? {} : { color: colour })}>
        {left}
        {line}
        <Text bold={focused}>{` ${label} `}</Text>
        {line.repeat(fill)}
        {right}
      </Text>
      {/* Keyed by style: Ink re-applies a changed borderStyle without the borderTop={false} beside it. */}
      <Box
        key={style}
        flexDirection="column"
        width={width}
        height={height - 1}
        borderStyle={style}
        borderTop={false}
        {...borderColour(colour)}
        overflow="hidden"
      >
        {children}
      </Box>
    </Box>
  );
}
