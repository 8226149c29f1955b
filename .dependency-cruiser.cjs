/**
 * Import rules for every package, run by each package's `pnpm lint` (`depcruise --config
 * ../../.dependency-cruiser.cjs src`; @s400/data extends it with its layers in its own config). Paths are
 * relative to the package being checked: a package uses another only through its public exports.
 * @type {import('dependency-cruiser').IConfiguration}
 */

module.exports = {
  forbidden: [
    {
      name: "no-reaching-into-other-packages",
      severity: "error",
      comment:
        "A package uses another only through its public exports (package name and subpath), as any npm user would.",
      from: { path: "^src/" },
      to: { path: ["^\\.\\./", "node_modules/@s400/[^/]+/(src|dist|scripts)/"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^dist/", "node_modules"] },
    preserveSymlinks: true,
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
