// Writes dist/dataset.json from the built library, so the JSON is generated from the typed source and never edited by hand.
import { writeFileSync } from "node:fs";
import { dataset } from "../dist/index.js";

const url = (name) => new URL(`../dist/${name}`, import.meta.url);
writeFileSync(url("dataset.json"), `${JSON.stringify(dataset, null, 2)}\n`);
