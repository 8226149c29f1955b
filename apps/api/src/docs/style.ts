/** The docs page's inline stylesheet (CSP `style-src 'unsafe-inline'`): light and dark, narrow and wide screens. */
export const STYLE = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#57606a;--bg:#fff;--panel:#f6f8fa;--line:#d0d7de;--accent:#0b5cad}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9da7b3;--bg:#0d1117;--panel:#161b22;--line:#30363d;--accent:#58a6ff}}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
.wrap{display:grid;grid-template-columns:17rem 1fr;max-width:78rem;margin:0 auto}
nav{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:1.5rem 1rem;border-right:1px solid var(--line);font-size:.9rem}
nav ul{list-style:none;padding-left:0;margin:.25rem 0 1rem}nav li{margin:.15rem 0}
main{padding:1.5rem 2rem;min-width:0}a{color:var(--accent)}h1{margin-top:0}h2{border-bottom:1px solid var(--line);padding-bottom:.3rem;margin-top:2.5rem}
code,pre{font:.875rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;overflow:auto}
.op{border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1.25rem 0}
.op h3{margin:0 0 .5rem;font-size:1.05rem}.method{display:inline-block;background:#1a7f37;color:#fff;border-radius:4px;padding:0 .45rem;margin-right:.5rem;font-size:.8rem;font-weight:600}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.35rem .5rem}
th{color:var(--muted);font-weight:600}.muted{color:var(--muted)}
@media (max-width:50rem){.wrap{grid-template-columns:1fr}nav{position:static;max-height:none;border-right:0;border-bottom:1px solid var(--line)}}
form.try{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem}
form.try label{display:flex;flex-direction:column;gap:.15rem;font-size:.85rem}form.try output{flex-basis:100%;min-width:0;max-width:100%}form.try output pre{max-height:24rem}
input,select,button{font:inherit;padding:.2rem .4rem}nav input{width:100%}[hidden]{display:none!important}
`;
