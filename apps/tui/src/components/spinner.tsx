/** A small spinner (braille dots, 80 ms a frame); ink-spinner would bring every spinner of cli-spinners along. */
import { Text } from "ink";
import { useEffect, useState } from "react";

const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export function Spinner() {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setFrame((f) => (f + 1) % frames.length), 80);
    return () => clearInterval(timer);
  }, []);
  return <Text>{frames[frame]}</Text>;
}
