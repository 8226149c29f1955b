/**
 * The layers of @s400/data, on top of the workspace's import rules: model ← facts; text/ and indexes/
 * under query/ and search/; answer/ above search/; only the query table binds search and answers.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const notTests = ["\\.test\\.tsx?$", "/__fixtures__/", "/test/"];

module.exports = {
  extends: "../../.dependency-cruiser.cjs",
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
      comment:
        "The facts use the model and a few base helpers, never the queries, the search or the text layer.",
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
  ],
};
