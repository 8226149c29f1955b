/** `s400 export`: the built-in dataset as JSON-LD, W3C Web Annotations, N-Quads or CSV, to stdout or into a folder. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { dataset } from "@s400/data";
import { toAnnotations, toCsv, toJsonLd } from "@s400/data/formats";
import type { ExportFormat } from "./args.js";
import type { CommandOutput } from "./scripted.js";

/** A file of the export: its name in the folder and its text. */
interface ExportFile {
  readonly name: string;
  readonly text: string;
}

/** Refuses every fetch: the dataset's `@context` is inline, so nothing should ever be loaded. */
async function offline(url: string): Promise<never> {
  throw new Error(`the JSON-LD asked to load ${url}; s400 exports without the network`);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of one format, named as `@s400/data` ships them (`dataset.jsonld`, `csv/entities.csv` → `entities.csv`). */
async function filesOf(format: ExportFormat): Promise<readonly ExportFile[]> {
  switch (format) {
    case "jsonld":
      return [{ name: "dataset.jsonld", text: json(toJsonLd(dataset)) }];
    case "annotations":
      return [{ name: "annotations.jsonld", text: json(toAnnotations(dataset)) }];
    case "nquads": {
      // jsonld.js (and its RDF stack) loads only for this format.
      const { default: jsonld } = await import("jsonld");
      // A plain copy: jsonld.js walks the document and must not meet the library's frozen records.
      const document = JSON.parse(JSON.stringify(toJsonLd(dataset)));
      const text = (await jsonld.toRDF(document, {
        format: "application/n-quads",
        documentLoader: offline,
      })) as unknown as string;
      return [{ name: "dataset.nq", text }];
    }
    case "csv":
      return toCsv(dataset);
  }
}

/** Writes the format's files into `out` (created if missing), or returns the single file's text for stdout. */
export async function exportCommand(args: {
  readonly format: ExportFormat;
  readonly out: string | undefined;
}): Promise<CommandOutput> {
  const files = await filesOf(args.format);
  if (args.out === undefined) {
    // One file only: csv, being several, needs --out (checked when parsing).
    return { text: (files[0]?.text ?? "").replace(/\n$/, "") };
  }
  await mkdir(args.out, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const path = join(args.out, file.name);
    await writeFile(path, file.text);
    const shown = relative(process.cwd(), path) || path;
    written.push(`wrote ${shown.startsWith("..") ? path : shown} (${Buffer.byteLength(file.text)} bytes)`);
  }
  return { text: written.join("\n") };
}
