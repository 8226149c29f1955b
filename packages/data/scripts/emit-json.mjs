// Writes dist/dataset.json and dist/dataset.schema.json from the built library and its zod schema
// (`@s400/data/schema`), so the JSON is generated from the typed source, never edited by hand, and checked
// against its schema before it is written; then the open formats from the built `@s400/data/formats`:
// dataset.jsonld, annotations.jsonld and csv/*.csv.
import { mkdirSync, writeFileSync } from "node:fs";
import { toAnnotations, toCsv, toJsonLd } from "../dist/formats.js";
import { dataset } from "../dist/index.js";
import { datasetJsonSchema, datasetSchema } from "../dist/schema.js";

const dist = (name) => new URL(`../dist/${name}`, import.meta.url);

const json = JSON.parse(JSON.stringify(dataset));
const checked = datasetSchema.safeParse(json);
if (!checked.success) {
  console.error("dataset.json does not match its schema:");
  for (const issue of checked.error.issues) console.error(`  ${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
writeFileSync(dist("dataset.json"), `${JSON.stringify(dataset, null, 2)}\n`);
writeFileSync(dist("dataset.schema.json"), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
writeFileSync(dist("dataset.jsonld"), `${JSON.stringify(toJsonLd(dataset), null, 2)}\n`);
writeFileSync(dist("annotations.jsonld"), `${JSON.stringify(toAnnotations(dataset), null, 2)}\n`);
mkdirSync(dist("csv"), { recursive: true });
for (const { name, text } of toCsv(dataset)) writeFileSync(dist(`csv/${name}`), text);
