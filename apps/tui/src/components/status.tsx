/** What a pane shows while its data loads or when loading failed. */
import { Text } from "ink";
import { useTheme } from "../theme.js";
import { Spinner } from "./spinner.js";

export function Loading({ what = "Loading" }: { what?: string }) {
  return (
    <Text>
      <Spinner /> {what}…
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
