// Serves a Worker bundle in workerd through Miniflare on a free loopback port; prints the URL when ready.
import { Miniflare } from "miniflare";

const scriptPath = process.argv[2] ?? "apps/api/dist/worker.js";
const mf = new Miniflare({
  modules: true,
  scriptPath,
  compatibilityDate: "2026-04-26",
  host: "127.0.0.1",
  port: 0,
});
const url = await mf.ready;
console.log(`workerd ready on ${url.href}`);

const stop = async () => {
  await mf.dispose();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
