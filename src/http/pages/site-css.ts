// The stylesheet of Loket's server-rendered pages, served as a file so the CSP needs no inline styles.
export const SITE_CSS = `
:root { --ink: #1d1d1b; --muted: #55554f; --accent: #0b5394; --paper: #fbfaf7; --line: #d9d6cf; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { border-bottom: 1px solid var(--line); }
h1 { font-size: 1.75rem; margin: .5rem 0; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.lead { color: var(--muted); max-width: 44rem; }
ul.tenants { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
ul.tenants li { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; }
ul.tenants h3 { margin: 0 0 .25rem; font-size: 1.2rem; }
ul.tenants p { margin: .25rem 0; color: var(--muted); }
footer { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); }
`;
