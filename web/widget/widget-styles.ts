// The widget's stylesheet, scoped to its shadow root; colours arrive as custom properties.
import { inkOnWhite, textOn } from './colors.js';

const CSS = `
:host { all: initial; position: fixed; inset: auto 1rem 1rem auto; z-index: 2147483000;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji";
  color: #1d1d1b; }
* { box-sizing: border-box; font: inherit; }
[hidden] { display: none !important; }
button { cursor: pointer; border-radius: .5rem; border: 2px solid var(--accent-ink); background: #fff; color: var(--accent-ink); padding: .4rem .75rem; }
button:disabled { cursor: default; opacity: .6; }
:focus-visible { outline: 3px solid var(--accent-ink); outline-offset: 2px; }
.launcher, .primary { background: var(--accent); color: var(--on-accent); border-color: var(--accent); }
.launcher { display: flex; align-items: center; gap: .5rem; padding: .75rem 1.1rem; border-radius: 2rem; font-weight: 600;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.launcher:focus-visible, .primary:focus-visible { outline-color: #1d1d1b; box-shadow: 0 0 0 5px #fff; }
.logo { width: 1.75rem; height: 1.75rem; object-fit: contain; border-radius: .25rem; background: #fff; }
.panel { position: absolute; inset: auto 0 0 auto; display: flex; flex-direction: column; width: min(24rem, calc(100vw - 2rem));
  height: min(38rem, calc(100vh - 2rem)); background: #fff; border: 1px solid #8a877f; border-radius: .75rem;
  box-shadow: 0 4px 24px rgba(0,0,0,.3); overflow: hidden; }
header { display: flex; align-items: center; gap: .5rem; padding: .6rem .75rem; background: var(--accent); color: var(--on-accent); }
h2 { margin: 0; font-size: 1.05rem; font-weight: 700; flex: 1; }
.close { background: transparent; color: var(--on-accent); border-color: var(--on-accent); padding: .2rem .6rem; }
.close:focus-visible { outline-color: var(--on-accent); }
.scroll { flex: 1; overflow-y: auto; padding: .75rem; background: #f6f5f1; }
.intro { margin: 0 0 .75rem; padding: .6rem .75rem; background: #fff; border: 1px solid #d9d6cf; border-radius: .5rem; font-size: .95rem; }
.intro p { margin: 0 0 .4rem; }
a { color: var(--accent-ink); text-decoration: underline; }
ol.log { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .6rem; }
.msg { max-width: 92%; padding: .5rem .7rem; border-radius: .6rem; background: #fff; border: 1px solid #d9d6cf;
  overflow-wrap: anywhere; word-break: normal; unicode-bidi: plaintext; }
.msg.resident { align-self: flex-end; background: #e8eef6; border-color: #b9c6d8; }
.msg.agent { border-color: #2e6b34; border-left-width: 4px; }
.msg.notice { align-self: center; background: transparent; border: 0; color: #55554f; font-size: .9rem; text-align: center; }
.who { display: block; font-size: .8rem; font-weight: 700; color: #55554f; margin-bottom: .15rem; }
.body p { margin: 0 0 .4rem; } .body p:last-child { margin-bottom: 0; }
.body ul { margin: .2rem 0 .4rem; padding-inline-start: 1.2rem; }
.sources { margin-top: .4rem; font-size: .9rem; }
.sources ul { margin: .15rem 0 0; padding-inline-start: 1.2rem; }
.chips { display: flex; flex-wrap: wrap; gap: .35rem; margin-top: .5rem; }
.chips button { font-size: .9rem; padding: .25rem .6rem; border-radius: 1rem; overflow-wrap: anywhere; text-align: start; }
.feedback { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem; margin-top: .5rem; font-size: .85rem; color: #55554f; }
.feedback button { display: inline-flex; padding: .2rem .45rem; }
.feedback button[aria-pressed="true"] { background: var(--accent); color: var(--on-accent); }
.feedback form { display: flex; flex-direction: column; gap: .3rem; width: 100%; }
form.contact { display: flex; flex-direction: column; gap: .35rem; margin-top: .6rem; padding-top: .5rem; border-top: 1px solid #d9d6cf; font-size: .95rem; }
form.contact p, p.contact { margin: 0; } p.contact { margin-top: .6rem; font-weight: 600; }
form.contact label { display: block; font-weight: 600; font-size: .9rem; }
form.contact .consent { display: flex; gap: .4rem; align-items: flex-start; font-weight: 400; }
.consent input { width: 1.1rem; height: 1.1rem; margin: .15rem 0 0; flex: none; accent-color: var(--accent-ink); }
form.contact .hint { color: #55554f; font-size: .85rem; } form.contact .error { color: #a4161a; font-weight: 600; }
form.contact .error:empty { display: none; }
input { width: 100%; border: 2px solid #6f6c64; border-radius: .4rem; padding: .35rem .5rem; color: #1d1d1b; background: #fff; }
[aria-invalid="true"] { border-color: #a4161a; }
textarea { width: 100%; resize: vertical; border: 2px solid #6f6c64; border-radius: .4rem; padding: .4rem .5rem; color: #1d1d1b; background: #fff; }
.status { margin: 0; padding: .25rem .75rem; min-height: 1.6rem; font-size: .85rem; color: #55554f; border-top: 1px solid #d9d6cf; }
form.ask { display: flex; gap: .4rem; padding: .5rem .75rem; align-items: flex-end; }
form.ask textarea { flex: 1; min-height: 2.6rem; max-height: 8rem; }
.actions { padding: 0 .75rem .6rem; }
.actions button { width: 100%; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .panel { animation: rise .18s ease-out; }
  @keyframes rise { from { transform: translateY(.75rem); opacity: 0; } to { transform: none; opacity: 1; } }
}
@media (forced-colors: active) { .launcher, .primary, header { border: 2px solid CanvasText; } }
`;

/** The stylesheet text for an accent colour (already validated as #rrggbb). */
export function widgetCss(accent: string): string {
  return `:host { --accent: ${accent}; --on-accent: ${textOn(accent)}; --accent-ink: ${inkOnWhite(accent)}; }\n${CSS}`;
}

/**
 * Puts `css` into `root`: a constructed stylesheet where supported (allowed by a strict
 * Content-Security-Policy, unlike a <style> element), else a <style> element in the shadow root.
 */
export function applyStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  }
  root.querySelector('style')?.remove();
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.prepend(style);
}
