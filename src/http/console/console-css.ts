// The console's stylesheet, served as /assets/console.css (the CSP allows no inline styles).
// Colours meet WCAG 2.1 AA contrast on white; focus is always visible.
export const CONSOLE_CSS = `
body.console { background: #fff; }
.skip-link { position: absolute; left: -999rem; top: .5rem; background: #fff; color: #0b5394; padding: .5rem 1rem; border: 2px solid #0b5394; z-index: 10; }
.skip-link:focus { left: .5rem; }
:focus-visible { outline: 3px solid #0b5394; outline-offset: 2px; }
main:focus { outline: none; }
.console-header { max-width: 72rem; display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: center; }
.console-header .brand { font-weight: 700; margin: 0; }
.console-nav { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; margin: 0; }
.console-nav a { display: inline-block; padding: .25rem .1rem; }
.console-nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.console-account { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin-left: auto; }
.console-account p { margin: 0; color: #55554f; }
main { max-width: 72rem; }
label { font-weight: 600; display: block; margin-bottom: .25rem; }
.tenant-picker label { display: inline; margin-right: .25rem; }
input, select, textarea, button { font: inherit; }
input[type="email"], input[type="password"], input[type="text"], select, textarea { border: 1px solid #6b6b66; border-radius: .25rem; padding: .4rem .5rem; max-width: 100%; }
textarea { width: 100%; min-height: 6rem; }
button { background: #0b5394; color: #fff; border: 2px solid #0b5394; border-radius: .25rem; padding: .4rem 1rem; cursor: pointer; }
button.secondary { background: #fff; color: #0b5394; }
.field { margin: 0 0 1rem; }
.field-error, .form-error { color: #a4161a; font-weight: 600; margin: .25rem 0 0; }
[aria-invalid="true"] { border-color: #a4161a; border-width: 2px; }
.notice { background: #e8f1fa; border-left: 4px solid #0b5394; padding: .5rem 1rem; }
.hint { color: #55554f; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.inbox-list, .review-list, .gap-list { list-style: none; padding: 0; }
.inbox-list li, .review-list > li, .gap-list > li { border: 1px solid #d9d6cf; border-radius: .5rem; padding: .75rem 1rem; margin-bottom: .75rem; }
.inbox-list .last-message, .message-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.contact-left { font-weight: 700; color: #2d6a4f; margin: .25rem 0 0; }
.contact-details dt { font-weight: 700; } .contact-details dd { margin: 0 0 .5rem; overflow-wrap: anywhere; }
.transcript { list-style: none; padding: 0; }
.transcript li { border-left: 4px solid #d9d6cf; padding: .25rem 1rem; margin: .75rem 0; }
.transcript li.role-resident { border-color: #0b5394; }
.transcript li.role-agent { border-color: #2d6a4f; }
.transcript .role { font-weight: 700; margin: 0; }
.transcript .meta, .meta { color: #55554f; font-size: .9rem; margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin-top: 1rem; }
.tabs { list-style: none; display: flex; gap: 1rem; padding: 0; }
.tabs a[aria-current="page"] { font-weight: 700; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
th, td { text-align: left; padding: .3rem .75rem; border-bottom: 1px solid #d9d6cf; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.chart { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
.chart .bar { fill: #0b5394; }
.chart .axis { stroke: #6b6b66; }
.chart text { fill: #1d1d1b; font-size: 12px; }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.stats li { border: 1px solid #d9d6cf; border-radius: .5rem; padding: .75rem 1rem; }
.stats .value { font-size: 1.5rem; font-weight: 700; display: block; }
fieldset { border: 1px solid #d9d6cf; border-radius: .25rem; margin: 0 0 1rem; }
fieldset label { display: inline; font-weight: 400; margin-right: 1rem; }
.register-actions { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
.button-link { display: inline-block; background: #0b5394; color: #fff; border: 2px solid #0b5394; border-radius: .25rem; padding: .4rem 1rem; text-decoration: none; }
.button-link:hover, .button-link:focus-visible { text-decoration: underline; }
button.danger { background: #a4161a; border-color: #a4161a; }
.state { display: inline-block; border: 1px solid currentColor; border-radius: .25rem; padding: 0 .4rem; font-weight: 600; }
.state-draft, .state-submitted { color: #0b5394; }
.state-published { color: #2d6a4f; }
.state-rejected { color: #a4161a; }
.state-retracted { color: #55554f; }
.rejection { border: 2px solid #a4161a; border-left-width: 6px; border-radius: .25rem; background: #fdf0f0; padding: .5rem 1rem; margin: 1rem 0; }
.rejection h2 { font-size: 1.15rem; color: #a4161a; margin: .25rem 0; }
.rejection-reason { border-left: 4px solid #a4161a; padding-left: .5rem; margin: .5rem 0 0; color: #1d1d1b; }
.error-summary { border: 2px solid #a4161a; border-radius: .25rem; padding: .5rem 1rem; margin: 0 0 1rem; }
.error-summary h2 { font-size: 1.15rem; color: #a4161a; margin: .25rem 0; }
.required { font-weight: 400; color: #55554f; }
.entry-form .form-group { padding: .5rem 1rem 0; margin: 0 0 1.5rem; }
.entry-form .form-group > legend { font-weight: 700; font-size: 1.15rem; padding: 0 .25rem; }
.entry-form .field > label { display: block; font-weight: 600; margin: 0 0 .25rem; }
.entry-form .hint { margin: 0 0 .25rem; }
.entry-form input[type="text"], .entry-form select { width: 100%; max-width: 40rem; }
.entry-form .checkboxes { border: 0; padding: 0; margin: 0 0 1rem; }
.entry-form .checkboxes legend { font-weight: 600; padding: 0; }
.entry-form .checkboxes ul { list-style: none; padding: 0; margin: .25rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; }
.workflow form { border: 1px solid #d9d6cf; border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 .75rem; }
.workflow form p { margin-top: 0; }
.entry-details dt { font-weight: 700; }
.entry-details dd { margin: 0 0 .75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
.chart { width: 100%; max-width: 40rem; height: auto; }
.chart .bar { fill: #0b5394; }
.chart .axis { stroke: #55554f; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .25rem .75rem .25rem 0; }
`;
