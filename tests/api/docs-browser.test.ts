/** The /docs page in a real browser (Debian's Chromium, headless): it renders, and it fetches nothing from anywhere. */
import { search } from "@s400/data";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../chromium.js";
import { type Server, startNodeServer } from "./servers.js";

describe("the docs page in Chromium", () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    server = await startNodeServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows every operation, styled, without a request leaving localhost or a console error", async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()}${path}`),
    );

    const page = await browser.newPage();
    const requested: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));

    const response = await page.goto(`${server.url}/docs`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    expect(await page.title()).toMatch(/^s400 API .* — API reference$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
    for (const heading of ["Conventions", "Errors", "Entities", "Search", "Schemas"]) {
      expect(
        await page.getByRole("heading", { level: 2, name: heading, exact: true }).isVisible(),
        heading,
      ).toBe(true);
    }

    const shown = await page.locator("section.op h3").allInnerTexts();
    expect(shown.map((text) => text.replace(/\s+/g, "").split("—")[0])).toEqual(
      expect.arrayContaining(operations),
    );
    expect(shown).toHaveLength(operations.length);
    expect(await page.locator("section.op h3").first().isVisible()).toBe(true);

    // The inline stylesheet applied (a CSP that blocked it would leave the method badge unstyled).
    const badge = await page
      .locator(".method")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(badge).toBe("rgb(26, 127, 55)");

    // Navigation works offline: a nav link scrolls to its operation.
    await page.locator('nav a[href="#op-get-v1-search"]').click();
    expect(page.url()).toMatch(/#op-get-v1-search$/);
    await expect.poll(() => page.locator("#op-get-v1-search").isVisible()).toBe(true);

    const origin = new URL(server.url).origin;
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("sends a search from its try-it form and shows the answer, and filters the operations", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    // Chromium logs every 4xx a script fetches; the one 404 below is asked for on purpose.
    const asked404 = /Failed to load resource: the server responded with a status of 404/;
    await page.goto(`${server.url}/docs#op-get-v1-search`, { waitUntil: "load" });

    const form = page.locator("#op-get-v1-search form.try");
    await form.locator('input[name="q"]').fill("Who heads the SSB?");
    await form.locator('select[name="type"]').selectOption(["entity"]);
    await form.locator('input[name="limit"]').fill("3");
    await form.getByRole("button", { name: "Send" }).click();
    const output = form.locator("output");
    await expect.poll(() => output.textContent()).toMatch(/→ 200/);
    const shown = (await output.locator("pre").textContent()) ?? "";
    const expected = search("Who heads the SSB?", { limit: 3, types: ["entity"] });
    expect((JSON.parse(shown) as { results: { id: string }[] }).results.map((hit) => hit.id)).toEqual(
      expected.map((hit) => hit.id),
    );
    expect(await output.textContent()).toContain("GET /v1/search?q=Who+heads+the+SSB%3F&limit=3&type=entity");

    // A path parameter is filled in, and a problem is shown as it came.
    const entity = page.locator("#op-get-v1-entities-idOrAlias form.try");
    await entity.locator('input[name="path:idOrAlias"]').fill("nobody");
    await entity.getByRole("button", { name: "Send" }).click();
    await expect.poll(() => entity.locator("output").textContent()).toMatch(/→ 404/);

    const operations = page.locator("section.op");
    const total = await operations.count();
    await page.locator("#filter").fill("timeline");
    await expect.poll(() => page.locator("section.op:visible").count()).toBe(1);
    expect(await page.locator("#op-get-v1-timeline").isVisible()).toBe(true);
    await page.locator("#filter").fill("");
    await expect.poll(() => page.locator("section.op:visible").count()).toBe(total);
    expect(problems.filter((problem) => !asked404.test(problem))).toEqual([]);
    expect(problems.filter((problem) => asked404.test(problem))).toHaveLength(1);
    await page.close();
  });
});
