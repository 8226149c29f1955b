/** @s400/data's ESM build, unchanged, in a real browser (Debian's Chromium, headless): no Node built-ins needed. */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "../chromium.js";

const dist = resolve(import.meta.dirname, "../../packages/data/dist");
let server: Server;
let browser: Browser;
let origin: string;

const page = `<!doctype html><meta charset="utf-8"><title>s400 in a browser</title>
<script type="module">
  import { getEntity, search, timeline, dataset } from "/index.js";
  window.answer = {
    ssb: getEntity("Defence Industry Directorate").id,
    cavusoglu: getEntity("Çavuşoğlu").id,
    top: search("who was sanctioned?", { limit: 1 }).length,
    events: timeline().length,
    frozen: Object.isFrozen(dataset.entities[0]),
  };
</script>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } else if (req.url === "/index.js") {
      res.writeHead(200, { "content-type": "text/javascript" }).end(readFileSync(resolve(dist, "index.js")));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

it("imports the ESM build in Chromium and answers queries", async () => {
  const tab = await browser.newPage();
  const errors: string[] = [];
  const requested: string[] = [];
  tab.on("pageerror", (error) => errors.push(error.message));
  tab.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await tab.goto(origin);
  await tab.waitForFunction(() => "answer" in window || document.readyState === "complete");
  await expect.poll(() => tab.evaluate(() => (window as { answer?: unknown }).answer)).toBeTruthy();
  expect(errors).toEqual([]);
  expect(await tab.evaluate(() => (window as unknown as { answer: unknown }).answer)).toEqual({
    ssb: "ssb",
    cavusoglu: "mevlut-cavusoglu",
    top: 1,
    events: expect.any(Number),
    frozen: true,
  });
  // The build is one self-contained module: nothing else was fetched (the favicon aside).
  expect(requested.filter((path) => path !== "/favicon.ico").sort()).toEqual(["/", "/index.js"]);
});
