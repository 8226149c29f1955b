/** Draws one line of styled runs; the highlight of cited words is inverse and underlined so it shows without colour. */
import { Text, type TextProps } from "ink";
import { optional } from "../optional.js";
import type { Line, Style } from "../text.js";
import { type Theme, useTheme } from "../theme.js";

/** Adds a colour only when there is one: under NO_COLOR the prop is left out entirely. */
export function colour(name: string | undefined): Pick<TextProps, "color"> {
  return optional("color", name);
}

function props(style: Style | undefined, theme: Theme): TextProps {
  switch (style) {
    case "bold":
      return { bold: true };
    case "dim":
      return theme.muted === undefined ? { dimColor: true } : { color: theme.muted };
    case "mark":
      return { inverse: true, underline: true };
    case "accent":
      return { ...colour(theme.accent), bold: true };
    case "us":
      return { ...colour(theme.us), bold: true };
    case "turkey":
      return { ...colour(theme.turkey), bold: true };
    case "link":
      return { underline: true };
    default:
      return {};
  }
}

/** One terminal line after an unstyled `prefix` (the cursor marker); `strong` draws the line bold (the selected item). */
export function StyledLine({
  line,
  strong = false,
  prefix = "",
}: {
  line: Line;
  strong?: boolean;
  prefix?: string;
}) {
  const theme = useTheme();
  return (
    <Text wrap="truncate-end">
      {prefix}
      <Text bold={strong}>
        {line.length === 0
          ? " "
          : line.map((segment, i) => (
              <Text key={i} {...props(segment.style, theme)}>
                {segment.text}
              </Text>
            ))}
      </Text>
    </Text>
  );
}
