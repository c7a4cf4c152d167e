// The stylesheet of the public register's pages, served as a file so the CSP needs no inline styles; prints cleanly.
export const REGISTER_CSS = `
:root { --ink: #1d1d1b; --muted: #4f4f49; --accent: #0b5394; --paper: #fbfaf7; --line: #cfccc4; --soft: #eef3f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header.register, main, footer.register { max-width: 68rem; margin: 0 auto; padding: 1rem 1.5rem; }
header.register { border-bottom: 1px solid var(--line); }
header.register p.brand { margin: 0; font-weight: 600; }
nav.register ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: .5rem 0 0; }
h1 { font-size: 1.8rem; margin: .5rem 0; }
h2 { font-size: 1.3rem; margin-top: 1.75rem; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.lead { color: var(--muted); max-width: 48rem; }
.search { display: grid; grid-template-columns: 16rem 1fr; gap: 2rem; }
@media (max-width: 48rem) { .search { grid-template-columns: 1fr; } }
fieldset { border: 1px solid var(--line); border-radius: .4rem; margin: 0 0 1rem; padding: .5rem .75rem; }
legend { font-weight: 600; padding: 0 .25rem; }
fieldset label { display: block; }
.count { color: var(--muted); }
select { font: inherit; max-width: 100%; padding: .3rem; }
input[type=search] { width: 100%; padding: .5rem; font: inherit; border: 1px solid #767676; border-radius: .3rem; }
button { font: inherit; padding: .45rem 1rem; border-radius: .3rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
ol.results { list-style: none; padding: 0; }
ol.results li { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin-bottom: .75rem; }
ol.results h3 { margin: 0 0 .25rem; font-size: 1.15rem; }
.meta { color: var(--muted); font-size: .95rem; margin: .25rem 0; }
.badge { display: inline-block; border: 1px solid var(--line); background: var(--soft); border-radius: 1rem; padding: 0 .6rem; font-size: .9rem; }
.notice { border-left: 4px solid #b45f06; background: #fff7ec; padding: .5rem 1rem; }
dl.fields { display: grid; grid-template-columns: 14rem 1fr; gap: .4rem 1rem; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; white-space: pre-line; }
@media (max-width: 40rem) { dl.fields { grid-template-columns: 1fr; } }
table { border-collapse: collapse; width: 100%; background: #fff; }
caption { text-align: left; font-weight: 600; padding: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
td.num, th.num { text-align: right; }
.bar { display: inline-block; height: .8rem; background: var(--accent); vertical-align: middle; margin-right: .4rem; }
.bar.w0 { width: 0.0rem; }
.bar.w1 { width: 0.8rem; }
.bar.w2 { width: 1.6rem; }
.bar.w3 { width: 2.4rem; }
.bar.w4 { width: 3.2rem; }
.bar.w5 { width: 4.0rem; }
.bar.w6 { width: 4.8rem; }
.bar.w7 { width: 5.6rem; }
.bar.w8 { width: 6.4rem; }
.bar.w9 { width: 7.2rem; }
.bar.w10 { width: 8.0rem; }
footer.register { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); }
@media print {
  nav.register, .no-print, footer.register, .skip { display: none; }
  body { background: #fff; font-size: 10pt; }
  header.register, main { max-width: none; padding: 0; }
  table { font-size: 9pt; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
