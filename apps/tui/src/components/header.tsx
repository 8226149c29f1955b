/** The header: the app's name, where the user is, and, when it is not the built-in dataset, where the data comes from. */
import { Box, Text } from "ink";
import { width as columnsOf, truncate } from "../text.js";
import { useTheme } from "../theme.js";
import { colour } from "./styled-line.js";

export function Header({
  place,
  origin,
  width,
}: {
  place: string;
  origin?: string | undefined;
  width: number;
}) {
  const theme = useTheme();
  const left = truncate(`s400 · ${place}`, width);
  const right = origin === undefined ? "" : truncate(origin, Math.max(0, width - columnsOf(left) - 2));
  return (
    <Box height={1} width={width} justifyContent="space-between">
      <Text bold {...colour(theme.accent)} wrap="truncate-end">
        {left}
      </Text>
      {right === "" ? null : <Text dimColor>{right}</Text>}
    </Box>
  );
}
