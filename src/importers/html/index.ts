// Front door of the HTML converter the importers share: outside HTML to the safe Markdown of concept sections.
export { htmlToMarkdown } from './html-to-markdown.js';
