// Light Markdown: hostile input stays text, links come only from the reply's sources.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLightMarkdown, type Block, type Inline } from './light-markdown.js';
import { renderBlocks } from './render-markdown.js';

const SOURCE = 'https://www.leiebeke.be/eid';

/** Every piece of text in the token tree, joined. */
function allText(blocks: readonly Block[]): string {
  const lines = blocks.flatMap((b) => (b.kind === 'paragraph' ? b.lines : b.items));
  return lines.map((line) => line.map((run) => run.text).join('')).join('\n');
}

function links(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? b.lines : b.items)).flat().filter((r) => r.kind === 'link');
}

describe('parseLightMarkdown', () => {
  it('parses bold, line breaks, paragraphs and bullet lists', () => {
    const blocks = parseLightMarkdown('**Identiteitskaart**\nKost € 24,50.\n\nMeebrengen:\n- pasfoto\n* oude kaart\n\nKlaar.');
    assert.deepEqual(blocks, [
      { kind: 'paragraph', lines: [[{ kind: 'strong', text: 'Identiteitskaart' }], [{ kind: 'text', text: 'Kost € 24,50.' }]] },
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'Meebrengen:' }]] },
      { kind: 'list', items: [[{ kind: 'text', text: 'pasfoto' }], [{ kind: 'text', text: 'oude kaart' }]] },
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'Klaar.' }]] },
    ]);
  });

  it('keeps HTML as literal text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)> en <script>alert(1)</script>';
    const blocks = parseLightMarkdown(hostile);
    assert.deepEqual(blocks, [{ kind: 'paragraph', lines: [[{ kind: 'text', text: hostile }]] }]);
  });

  it('makes a link only for an http(s) URL among the sources', () => {
    const text = 'Zie [de pagina](https://www.leiebeke.be/eid) of [dit](https://evil.example/x).';
    const blocks = parseLightMarkdown(text, [SOURCE]);
    assert.deepEqual(links(blocks), [{ kind: 'link', text: 'de pagina', href: SOURCE }]);
    assert.equal(allText(blocks), 'Zie de pagina of dit.');
  });

  it('never links javascript:, data: or relative URLs, even when a source claims them', () => {
    const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '/t/leiebeke', '//evil.example'];
    for (const url of hostile) {
      const blocks = parseLightMarkdown(`[klik](${url})`, [url]);
      assert.deepEqual(links(blocks), [], url);
      assert.equal(allText(blocks), 'klik', url);
    }
  });

  it('keeps very long words, right-to-left text and emoji intact as text', () => {
    const long = 'a'.repeat(5000);
    const rtl = 'مرحبا بكم في البلدية שלום';
    const emoji = '👍🏽 👨‍👩‍👧 🇧🇪';
    const blocks = parseLightMarkdown(`${long}\n${rtl}\n- ${emoji}`);
    assert.equal(allText(blocks), `${long}\n${rtl}\n${emoji}`);
  });

  it('treats unbalanced or odd Markdown as text', () => {
    assert.equal(allText(parseLightMarkdown('**niet gesloten en *half* [x](')), '**niet gesloten en *half* [x](');
    assert.deepEqual(parseLightMarkdown(''), []);
    assert.deepEqual(parseLightMarkdown('\r\n\r\n'), []);
  });
});

/** A tiny stand-in for the DOM: enough to see what renderBlocks builds, and no way to parse HTML. */
interface FakeNode {
  tag: string;
  text?: string;
  children: FakeNode[];
  href?: string;
  target?: string;
  rel?: string;
  append(...nodes: FakeNode[]): void;
  set textContent(value: string);
}

function fakeNode(tag: string): FakeNode {
  const node: FakeNode = {
    tag,
    children: [],
    append: (...nodes) => void node.children.push(...nodes),
    set textContent(value: string) {
      node.children = [{ tag: '#text', text: value, children: [], append() {}, set textContent(_: string) {} }];
    },
  };
  return node;
}

const fakeDocument = {
  createElement: (tag: string) => fakeNode(tag),
  createDocumentFragment: () => fakeNode('#fragment'),
  createTextNode: (text: string) => ({ ...fakeNode('#text'), text }),
} as unknown as Document;

function describeNode(node: FakeNode): unknown {
  if (node.tag === '#text') return node.text;
  const described: Record<string, unknown> = { [node.tag]: node.children.map(describeNode) };
  if (node.href) described.href = node.href;
  return described;
}

describe('renderBlocks', () => {
  it('builds elements and text nodes only: hostile text stays a text node', () => {
    const text = '**Let op**\n<img src=x onerror=alert(1)>\n- [bron](https://www.leiebeke.be/eid)\n- [x](javascript:alert(1))';
    const fragment = renderBlocks(fakeDocument, parseLightMarkdown(text, [SOURCE, 'javascript:alert(1)'])) as unknown as FakeNode;
    assert.deepEqual(describeNode(fragment), {
      '#fragment': [
        { p: [{ strong: ['Let op'] }, { br: [] }, '<img src=x onerror=alert(1)>'] },
        { ul: [{ li: [{ a: ['bron'], href: SOURCE }] }, { li: ['x'] }] },
      ],
    });
  });
});
