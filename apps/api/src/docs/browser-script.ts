/**
 * The docs page's one script, served same-origin at `/docs/docs.js` (CSP `script-src 'self'`): the
 * filter box over the operations, and the try-it forms, which send their request from the page and
 * show the answer below the form. Written as a function so it is type-checked; it runs in the browser.
 */
function enhanceDocsPage(): void {
  const filter = document.querySelector<HTMLInputElement>("#filter");
  const operations = [...document.querySelectorAll<HTMLElement>("section.op")];
  filter?.addEventListener("input", () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const section of operations) {
      const text = section.dataset.search ?? "";
      const match = words.every((word) => text.includes(word));
      section.hidden = !match;
      if (match) shown++;
      const link = document.querySelector<HTMLElement>(`nav a[href="#${section.id}"]`)?.parentElement;
      if (link) link.hidden = !match;
    }
    const count = document.querySelector("#filter-count");
    if (count) count.textContent = words.length === 0 ? "" : `${shown} of ${operations.length} operations`;
  });

  for (const form of document.querySelectorAll<HTMLFormElement>("form.try")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const output = form.querySelector("output");
      if (!output) return;
      let path = form.dataset.path ?? "";
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (typeof value !== "string" || value === "") continue;
        if (name.startsWith("path:")) path = path.replace(`{${name.slice(5)}}`, encodeURIComponent(value));
        else query.append(name, value);
      }
      const url = `${path}${query.size > 0 ? `?${query}` : ""}`;
      output.textContent = `GET ${url} …`;
      try {
        const res = await fetch(url, { headers: { Accept: "application/json" } });
        const text = await res.text();
        let shown = text;
        try {
          shown = JSON.stringify(JSON.parse(text), null, 2);
        } catch {
          // Not JSON: show it as it came.
        }
        const head = document.createElement("strong");
        head.textContent = `GET ${url} → ${res.status} ${res.statusText}`;
        const body = document.createElement("pre");
        body.textContent = shown;
        output.replaceChildren(head, body);
      } catch (error) {
        output.textContent = `GET ${url} failed: ${String(error)}`;
      }
    });
  }
}

/** The script's source text, as the page loads it. */
export const DOCS_SCRIPT = `"use strict";(${enhanceDocsPage.toString()})();\n`;
