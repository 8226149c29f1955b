// Serves a Verdaccio registry from a config file on a free loopback port; prints the URL when ready.
import { runServer } from "verdaccio";

const configPath = process.argv[2];
if (!configPath) {
  console.error("usage: node serve-registry.mjs <config.yaml>");
  process.exit(2);
}
const server = await runServer(configPath);
// Port 0 lets the kernel pick a free port, so parallel runs never collide and nothing races for one.
server.listen(0, "127.0.0.1", () => {
  console.log(`verdaccio ready on http://127.0.0.1:${server.address().port}/`);
});

const stop = () => {
  server.close(() => process.exit(0));
  // A client that keeps a connection open does not hold the registry up for long.
  setTimeout(() => process.exit(0), 2_000).unref();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
// Runs in a process group of its own, so a test runner that is itself killed cannot end it: it ends itself
// once its parent is gone (it is then re-parented), instead of outliving the test.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 500);
