// The stylesheet of the demo municipal pages (/t/{tenant}), served as a file so the CSP needs no inline styles.
export const DEMO_CSS = `
:root { --ink: #1d1d1b; --muted: #4f4e49; --brand: #1f5f3a; --paper: #ffffff; --line: #d9d6cf; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--paper); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
.site-header { background: var(--brand); color: #fff; }
.site-header .inner, .site-nav ul, main, .site-footer .inner { max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem; }
.site-header p { margin: 0; font: 600 .9rem/1.4 system-ui, sans-serif; letter-spacing: .05em; text-transform: uppercase; }
.site-header h1 { margin: .1rem 0 0; font-size: 2rem; }
.site-nav { background: #f1efe9; border-bottom: 1px solid var(--line); font-family: system-ui, sans-serif; }
.site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1.25rem; padding-top: .6rem; padding-bottom: .6rem; margin-top: 0; margin-bottom: 0; }
a { color: #0b5394; }
a:focus-visible { outline: 3px solid #0b5394; outline-offset: 2px; }
.notice { background: #fff7d6; border: 1px solid #c9a400; padding: .75rem 1rem; border-radius: .4rem; font-family: system-ui, sans-serif; font-size: .95rem; }
.cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
.cards section { border: 1px solid var(--line); border-radius: .5rem; padding: .25rem 1rem 1rem; }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-family: system-ui, sans-serif; font-size: .95rem; margin-top: 2rem; }
.about main { max-width: 46rem; }
`;
