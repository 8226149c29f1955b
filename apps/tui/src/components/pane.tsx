/** A bordered pane with its title in the top border and where the cursor is in the bottom one; a focused pane has a double border and a `▶`. */
import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { optional } from "../optional.js";
import { width as columnsOf, truncate } from "../text.js";
import { useTheme } from "../theme.js";

export interface PaneProps {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly focused?: boolean;
  /** Where the cursor is, e.g. "3/12", drawn at the right of the bottom border. */
  readonly position?: string;
  readonly children?: ReactNode;
}

const corners = {
  single: { left: "┌", line: "─", right: "┐", bottomLeft: "└", bottomRight: "┘" },
  double: { left: "╔", line: "═", right: "╗", bottomLeft: "╚", bottomRight: "╝" },
} as const;

/** Focus shows as a double border and a `▶` before the title, so it reads without colour too. */
export function Pane({ title, width, height, focused = false, position, children }: PaneProps) {
  const theme = useTheme();
  const style = focused ? "double" : "single";
  const { left, line, right, bottomLeft, bottomRight } = corners[style];
  const label = truncate(`${focused ? "▶ " : ""}${title}`, Math.max(0, width - 6));
  const colour = focused ? theme.accent : theme.muted;
  const fill = Math.max(0, width - 2 - (columnsOf(label) + 3));
  const where = position === undefined || columnsOf(position) + 6 > width ? "" : ` ${position} `;
  const bottomFill = Math.max(0, width - 3 - columnsOf(where));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end" {...optional("color", colour)}>
        {left}
        {line}
        <Text bold={focused}>{` ${label} `}</Text>
        {line.repeat(fill)}
        {right}
      </Text>
      {/*
        Keyed by style: Ink re-applies a changed borderStyle without the borderTop={false} beside it.
        No overflow="hidden": what goes inside is already laid out to fit (BlockList draws at most its
        height, wrapped to its width), and Ink's clipping re-slices every line's escape codes, which was
        about a fifth of the time to the first frame in a CPU profile.
      */}
      <Box
        key={style}
        flexDirection="column"
        width={width}
        height={height - 2}
        borderStyle={style}
        borderTop={false}
        borderBottom={false}
        {...optional("borderColor", colour)}
        paddingX={1}
      >
        {children}
      </Box>
      <Text wrap="truncate-end" {...optional("color", colour)}>
        {bottomLeft}
        {line.repeat(bottomFill)}
        {where}
        {line}
        {bottomRight}
      </Text>
    </Box>
  );
}

/** The columns inside a pane of `width`: the border and a one-column gutter on each side. */
export function innerWidth(width: number): number {
  return Math.max(1, width - 4);
}
