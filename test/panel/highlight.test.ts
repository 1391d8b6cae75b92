import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHighlighter, findTextPosition } from '../../content-scripts/highlight.js';
import { testDom } from './dom.js';

const root = path.resolve(import.meta.dirname, '../..');
const demoHtml = fs.readFileSync(path.join(root, 'demo/iran-syria-ceasefire.html'), 'utf8');

/** The text between two positions, read back from the DOM. */
function textOf(pos: NonNullable<ReturnType<typeof findTextPosition>>, doc: Document): string {
  const out: string[] = [];
  let on = false;
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      const t = n as Text;
      const from = t === pos.startNode ? pos.startOffset : 0;
      if (t === pos.startNode) on = true;
      if (on) out.push(t.data.slice(from, t === pos.endNode ? pos.endOffset : undefined));
      if (t === pos.endNode) on = false;
    }
    n.childNodes.forEach(walk);
  };
  walk(doc.body);
  return out.join('');
}

describe('findTextPosition', () => {
  const { doc } = testDom(demoHtml);

  it('finds an evidence sentence inside a paragraph', () => {
    const s = 'The ceasefire was brokered by the United States, Russia and Jordan, the latest agreement reached outside the Geneva framework.';
    const pos = findTextPosition(doc, s)!;
    expect(textOf(pos, doc)).toBe(s);
  });

  it('ignores whitespace differences, zero-width characters and markup boundaries', () => {
    const { doc: d } = testDom('<html><body><p>The   talks\n ended <b>in\u200B May</b> with little progress.</p></body></html>');
    const pos = findTextPosition(d, 'The talks ended in May with little progress.')!;
    expect(pos.startNode).not.toBe(pos.endNode);
    expect(textOf(pos, d).replace(/\s+/g, ' ').replace('\u200B', '')).toBe('The talks ended in May with little progress.');
  });

  it('matches by both ends when the middle differs (quotes rewritten)', () => {
    const { doc: d } = testDom('<html><body><p>Qasemi said Iran has been fully informed by the Russians on the ceasefire deal but added that they see some "ambiguities in the deal" mainly related to the recent American measures.</p></body></html>');
    const s = 'Qasemi said Iran has been fully informed by the Russians on the ceasefire deal but added that they see some “ambiguities in the deal” mainly related to the recent American measures.';
    expect(findTextPosition(d, s)).not.toBeNull();
  });

  it('skips our own panel host and scripts, and returns null when absent', () => {
    const { doc: d } = testDom('<html><body><script>var s = "Secret sentence here.";</script><div id="host">Panel sentence here.</div></body></html>');
    expect(findTextPosition(d, 'Secret sentence here.')).toBeNull();
    expect(findTextPosition(d, 'Panel sentence here.', d.getElementById('host'))).toBeNull();
    expect(findTextPosition(d, '')).toBeNull();
  });

  it('walks a very deep page without overflowing the stack', () => {
    const { doc: d } = testDom('<html><body></body></html>');
    let parent: Element = d.body;
    for (let i = 0; i < 20_000; i++) parent = parent.appendChild(d.createElement('div'));
    parent.appendChild(d.createTextNode('Deep sentence.'));
    expect(findTextPosition(d, 'Deep sentence.')).not.toBeNull();
  });
});

describe('createHighlighter', () => {
  it('reports false instead of throwing when the page lacks Range support', () => {
    const { doc } = testDom(demoHtml);
    const h = createHighlighter(doc, doc.createElement('div'));
    expect(h.show('In Astana peace talks, Russia, Turkey and Iran tried to finalise an agreement on creating four de-escalation zones in Syria but failed to reach an agreement.')).toBe(false);
    expect(() => h.clear()).not.toThrow();
  });
});
