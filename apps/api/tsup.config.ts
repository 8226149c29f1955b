import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { app: "src/app.ts", client: "src/client.ts", node: "src/node.ts" },
    format: ["esm"],
    dts: { entry: { app: "src/app.ts", client: "src/client.ts" } },
    target: "es2022",
    platform: "node",
    sourcemap: true,
    clean: false,
  },
]);
