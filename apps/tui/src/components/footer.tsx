/** The footer: the single keys of the views (the current one marked), then the keys that work here. */
import { Box, Text } from "ink";
import { type ViewName, viewKeys } from "../navigation.js";
import { truncate } from "../text.js";

export interface FooterProps {
  readonly current: ViewName | undefined;
  readonly hints: string;
  readonly width: number;
}

export function Footer({ current, hints, width }: FooterProps) {
  let used = 0;
  const items = viewKeys.filter(({ key, label }) => {
    used += key.length + label.length + 3;
    return used <= width;
  });
  return (
    <Box flexDirection="column" height={2}>
      <Box height={1}>
        {items.map(({ key, view, label }) => (
          <Text key={view} inverse={view === current}>
            {` ${key} ${label} `}
          </Text>
        ))}
      </Box>
      <Text dimColor wrap="truncate-end">
        {truncate(hints, width)}
      </Text>
    </Box>
  );
}
