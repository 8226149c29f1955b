/** Text from the OpenAPI document as HTML: escaped by hono/jsx, with `code` spans, the only markup it uses. */
import type { FC } from "hono/jsx";

/** Renders `text`, turning each `backquoted` part into a `<code>` element. */
export const Prose: FC<{ text: string | undefined }> = ({ text }) => (
  <>{(text ?? "").split("`").map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part))}</>
);
