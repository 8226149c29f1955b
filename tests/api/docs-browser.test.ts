/** The /docs page in a real browser (Debian's Chromium, headless): it renders, and it fetches nothing from anywhere. */
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
});
