const { app } = await import("/work/wt-api/apps/api/dist/app.js");
const { withAnswerCache } = await import("/work/wt-api/apps/api/dist/node/answer-cache.js");
const { withCompression } = await import("/work/wt-api/apps/api/dist/node/compression.js");
const f = withAnswerCache(withCompression(app.fetch), { maxEntries: 1000, maxTotalSize: 8<<20, maxEntrySize: 1<<19 });
const P = "http://localhost/v1/search?q=Who%20heads%20the%20Defence%20Industry%20Directorate%3F";
const mode = process.argv[2];
const t0 = performance.now();
for (let i = 0; i < 3000; i++) {
  const url = `${P}%20${i}`;
  if (mode === "app") await app.fetch(new Request(url)); else if (mode === "search") (await import("@s400/data")).search("Who heads the Defence Industry Directorate? " + i, { limit: 10 }); else await f(new Request(url));
}
console.log(mode, ((performance.now() - t0) / 3000 * 1000).toFixed(0), "µs/req");
