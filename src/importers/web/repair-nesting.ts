// Undoes the nesting unclosed tags leave behind, so a heading or paragraph never swallows the rest of a page.

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'dd', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

/** Elements that cannot hold blocks; `a` is left out because HTML lets a link wrap blocks (cards). */
const NO_BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'b', 'i', 'em', 'strong', 'span', 'font', 'u', 's', 'strike',
  'small', 'big', 'label', 'abbr', 'code', 'sub', 'sup', 'mark', 'q', 'cite', 'tt',
]);

/**
 * Moves every block that ended up inside a paragraph, heading or inline element (and every
 * `li` inside an `li`) out, together with what follows it, to just after that element.
 * linkedom's parser (htmlparser2) does not apply HTML's implied end tags, so
 * `<h1>Afval<p>tekst<h2>PMD<ul>…` nests everything in the h1; afterwards it reads as
 * `<h1>Afval</h1><p>tekst</p><h2>PMD</h2><ul>…`. Lenient rather than browser-exact:
 * the goal is readable sections. Mutates `root`'s subtree in place.
 */
export function repairNesting(root: Element): void {
  // An explicit stack: broken pages can nest thousands of levels deep.
  const stack: Array<{ element: Element; next: Element | null }> = [{ element: root, next: root.firstElementChild }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (child) {
      stack.push({ element: child, next: child.firstElementChild });
      continue;
    }
    stack.pop();
    const parentFrame = stack[stack.length - 1];
    if (!parentFrame) break;
    // The element's own subtree is repaired; hoist its blocks and continue after what moved.
    const after = hoistBlocks(frame.element);
    parentFrame.next = after === undefined ? frame.element.nextElementSibling : firstElementFrom(after);
  }
}

/** Moves the first misplaced child and everything after it out; returns the node after the moved run (null at the end), or undefined when nothing moved. */
function hoistBlocks(element: Element): Node | null | undefined {
  const name = element.localName;
  const misplaced = NO_BLOCKS.has(name)
    ? (child: Element) => BLOCKS.has(child.localName)
    : name === 'li'
      ? (child: Element) => child.localName === 'li'
      : undefined;
  if (!misplaced) return undefined;
  const first = Array.from(element.children).find(misplaced);
  const parent = element.parentNode;
  if (!first || !parent) return undefined;
  const after = element.nextSibling;
  let node: Node | null = first;
  while (node) {
    const next: Node | null = node.nextSibling;
    parent.insertBefore(node, after);
    node = next;
  }
  // The moved nodes were repaired as part of the element; only the node after the run is new.
  return after;
}

function firstElementFrom(node: Node | null): Element | null {
  let current = node;
  while (current && current.nodeType !== 1) current = current.nextSibling;
  return current as Element | null;
}
