/**
 * A function of a text, remembered by text: the records' texts (claims, qualifier values, notes)
 * recur from question to question, so each is worked out once. The memo is one map, emptied when it
 * holds `limit` texts, so a long-running process that reads new texts stays bounded.
 */
export function memoByText<T>(work: (text: string) => T, limit = 10_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const found = work(text);
    if (memo.size >= limit) memo.clear();
    memo.set(text, found);
    return found;
  };
}
