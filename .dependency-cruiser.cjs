/**
 * Import rules for every package, run by each package's `pnpm lint` (`depcruise --config
 * ../../.dependency-cruiser.cjs src`). Paths are relative to the package being checked.
 *
 * In @s400/data the layers point one way: model ← facts; text/ and indexes/ under query/ and search/;
 * answer/ above search/. The apps use other packages only through their public exports.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const notTests = ["\\.test\\.tsx?$", "/__fixtures__/", "/test/"];

module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      severity: "error",
      scope: "folder",
      comment:
        "Folders of src import each other in one direction only (a cycle between folders is a layering bug). " +
        "model/ids.ts derives the id types from the facts (type-only, the countries-list pattern), so model and " +
        "facts are left to the rules below, which allow that one edge and nothing else.",
      from: { path: "^src/", pathNot: ["^src/(model|facts)$", ...notTests] },
      to: { circular: true },
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "No module may import itself through others.",
      from: { path: "^src/", pathNot: notTests },
      to: { circular: true, viaNot: "^src/model/ids\\.ts$" },
    },
    {
      name: "model-is-the-bottom",
      severity: "error",
      comment:
        "The model imports only the model, and facts only for the id types it derives from the data (ids.ts).",
      from: { path: "^src/model/", pathNot: ["^src/model/ids\\.ts$", ...notTests] },
      to: { path: "^src/", pathNot: "^src/model/" },
    },
    {
      name: "facts-are-data",
      severity: "error",
      comment: "The facts use the model and a few base helpers, never the queries, the search or the text layer.",
      from: { path: "^src/facts/", pathNot: notTests },
      to: { path: "^src/(query|search|answer|indexes|text|schema|formats)/" },
    },
    {
      name: "text-is-a-base-layer",
      severity: "error",
      comment: "Folding, stemming and the thesaurus know nothing of indexes, queries or search.",
      from: { path: "^src/text/", pathNot: notTests },
      to: { path: "^src/(query|search|answer|indexes|facts|schema|formats)/" },
    },
    {
      name: "indexes-under-query-and-search",
      severity: "error",
      comment: "The dataset index sits under the queries and the search.",
      from: { path: "^src/indexes/", pathNot: notTests },
      to: { path: "^src/(query|search|answer|schema|formats)/" },
    },
    {
      name: "search-does-not-use-queries",
      severity: "error",
      comment: "The search builds on text/ and indexes/, not on the query functions.",
      from: { path: "^src/search/", pathNot: notTests },
      to: { path: "^src/(query|answer)/" },
    },
    {
      name: "queries-bind-search-only-in-the-table",
      severity: "error",
      comment: "Only the query table (query/index.ts) binds the search and the answers to a dataset.",
      from: { path: "^src/query/", pathNot: ["^src/query/index\\.ts$", ...notTests] },
      to: { path: "^src/(search|answer)/" },
    },
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
