/** The `s400` command: parses argv, then renders the app or prints a scripted answer. */
import { dataset } from "@s400/data";
import { render, Text } from "ink";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { version: { type: "boolean", short: "v" } },
  allowPositionals: true,
});
if (values.version) {
  console.log(dataset.version);
} else {
  render(<Text>s400: the S-400 sanctions story ({dataset.entities.length} entities)</Text>);
}
