/** The header: the app's name, where the user is, and where the data comes from. */
import { Box, Text } from "ink";
import { truncate } from "../text.js";
import { useTheme } from "../theme.js";
import { colour } from "./styled-line.js";

export function Header({ place, origin, width }: { place: string; origin: string; width: number }) {
  const theme = useTheme();
  const left = `s400 · ${place}`;
  const right = truncate(origin, Math.max(0, width - left.length - 2));
  return (
    <Box height={1} width={width} justifyContent="space-between">
      <Text bold {...colour(theme.accent)} wrap="truncate-end">
        {truncate(left, width)}
      </Text>
      {right === "" ? null : <Text dimColor>{right}</Text>}
    </Box>
  );
}
