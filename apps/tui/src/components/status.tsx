/** What a pane shows while its data loads or when loading failed. */
import { Text } from "ink";
import Spinner from "ink-spinner";
import { useTheme } from "../theme.js";

export function Loading({ what = "Loading" }: { what?: string }) {
  return (
    <Text>
      <Spinner type="dots" /> {what}…
    </Text>
  );
}

export function Failure({ message }: { message: string }) {
  const theme = useTheme();
  return (
    <Text {...(theme.error === undefined ? { bold: true } : { color: theme.error })} wrap="wrap">
      ✗ {message}
    </Text>
  );
}
