// Writes the built app's OpenAPI document to dist/openapi.json, for the linters and the generated-client tests.
import { writeFileSync } from "node:fs";
import { app } from "../dist/app.js";

const res = await app.request("/openapi.json");
if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
writeFileSync(
  new URL("../dist/openapi.json", import.meta.url),
  `${JSON.stringify(await res.json(), null, 2)}\n`,
);
console.log("wrote dist/openapi.json");
