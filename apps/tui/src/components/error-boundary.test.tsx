import { EventEmitter } from "node:events";
import { render, Text } from "ink";
import { describe, expect, it } from "vitest";
import { ErrorBoundary } from "./error-boundary.js";

/** A stand-in terminal stream that keeps what was written. */
class Stream extends EventEmitter {
  columns = 80;
  rows = 24;
  written = "";
  write = (chunk: string) => {
    this.written += chunk;
    return true;
  };
}

function Broken(): never {
  throw new Error("a view could not be drawn");
}

describe("ErrorBoundary", () => {
  it("ends the app with the error instead of drawing Ink's stack trace", async () => {
    const stdout = new Stream();
    const stderr = new Stream();
    const instance = render(
      <ErrorBoundary>
        <Text>before</Text>
        <Broken />
      </ErrorBoundary>,
      {
        stdout: stdout as unknown as NodeJS.WriteStream,
        stderr: stderr as unknown as NodeJS.WriteStream,
        debug: true,
        patchConsole: false,
        exitOnCtrlC: false,
      },
    );
    await expect(instance.waitUntilExit()).rejects.toThrow("a view could not be drawn");
    expect(stdout.written).not.toMatch(/\bat \S+ \(/);
    expect(stdout.written).not.toContain("ERROR");
  });
});
