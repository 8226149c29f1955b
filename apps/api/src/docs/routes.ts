/** `/openapi.json`, `/docs` and the docs page's script: built once per process or isolate, on first request. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import { answer, bytesResponse } from "../answer.js";
import { buildDocument } from "../openapi/document.js";
import type { OpenApiDocument } from "../openapi/shape.js";
import type { AppEnv } from "../router.js";
import { DOCS_SCRIPT } from "./browser-script.js";
import { DOCS_SCRIPT_PATH, renderDocs } from "./page.js";

const utf8 = new TextEncoder();

/** The documentation routes of `app`. */
export function docsRoutes(app: OpenAPIHono<AppEnv>) {
  // Generating the document (and asking the app for its examples) costs milliseconds of CPU, which a
  // Worker should not spend on every request: once per isolate, on first use.
  let document: Promise<OpenApiDocument> | undefined;
  let page: Promise<Uint8Array<ArrayBuffer>> | undefined;
  const currentDocument = () => {
    document ??= buildDocument(app).catch((error: unknown) => {
      document = undefined;
      throw error;
    });
    return document;
  };
  const currentPage = () => {
    page ??= currentDocument().then((doc) => utf8.encode(renderDocs(doc)));
    return page;
  };
  const script = utf8.encode(DOCS_SCRIPT);

  return new Hono<AppEnv>()
    .get("/openapi.json", async (c) => answer(c, await currentDocument()))
    .get("/docs", async (c) => bytesResponse(c, await currentPage(), "text/html; charset=UTF-8"))
    .get(DOCS_SCRIPT_PATH, (c) => bytesResponse(c, script, "text/javascript; charset=UTF-8"));
}
