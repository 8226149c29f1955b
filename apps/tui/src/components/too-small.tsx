/** Shown instead of the app when the terminal is too small to draw it; the screens keep their state meanwhile. */
import { Text } from "ink";

export function TooSmall({
  columns,
  rows,
  need,
}: {
  columns: number;
  rows: number;
  need: { columns: number; rows: number };
}) {
  return (
    <Text wrap="wrap">
      s400 needs at least {need.columns}×{need.rows} (now {columns}×{rows}). Enlarge the terminal, or press q
      to quit.
    </Text>
  );
}
