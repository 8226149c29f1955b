/** One helper for optional properties under `exactOptionalPropertyTypes`: leave a key out rather than set it to undefined. */

/**
 * `{ [key]: value }`, or `{}` when `value` is undefined, to spread into an object or JSX props.
 *
 * @example
 * ```ts
 * const props = { width: 80, ...optional("title", maybeTitle) };
 * ```
 */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
