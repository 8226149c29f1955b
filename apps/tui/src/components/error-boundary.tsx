/** Ends the app on an error while drawing, so the CLI prints one line instead of Ink's stack trace overlay. */
import { useApp } from "ink";
import { Component, type ReactNode, useEffect } from "react";

function Exit({ error }: { error: Error }) {
  const { exit } = useApp();
  useEffect(() => exit(error), [exit, error]);
  return null;
}

export class ErrorBoundary extends Component<{ children?: ReactNode }, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? <Exit error={this.state.error} /> : this.props.children;
  }
}
