/** The terminal's size, following resizes. */
import { useStdout } from "ink";
import { useEffect, useState } from "react";

export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** The size of the terminal Ink draws to, updated on every `resize` event; `fixed` overrides it (tests). */
export function useSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState<Size>(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}
