import { describe, expect, it } from 'vitest';
import { asContentMessage, asUiMessage } from '../../src/browser/messages.js';

const verdict = { syriaConflict: true, isNews: true, pageKind: 'article', score: 9, reasons: ['mentions Syria'] };

describe('message validation (the background acts only on these shapes)', () => {
  it.each([
    [{ type: 'cs-bg-gate', pass: true, score: 2 }, true],
    [{ type: 'cs-bg-gate', pass: 'yes', score: 2 }, false],
    [{ type: 'cs-bg-gate', pass: true, score: Number.NaN }, false],
    [{ type: 'cs-bg-verdict', verdict, events: 3, panelOpen: true }, true],
    [{ type: 'cs-bg-verdict', verdict: { ...verdict, reasons: 'x' }, events: 3 }, false],
    [{ type: 'cs-bg-verdict', verdict: { ...verdict, score: '9' }, events: 3 }, false],
    [{ type: 'cs-bg-verdict', verdict: { ...verdict, score: Infinity }, events: 3 }, false],
    [{ type: 'cs-bg-error', message: 'x' }, true],
    [{ type: 'cs-bg-panel', open: 1 }, false],
    [{ type: 'ui-bg-state', tabId: 4 }, false],
    ['cs-bg-gate', false],
    [null, false],
  ])('content %j → %s', (m, ok) => {
    expect(asContentMessage(m) !== null).toBe(ok);
  });

  it.each([
    [{ type: 'ui-bg-state', tabId: 4 }, true],
    [{ type: 'ui-bg-state', tabId: '4' }, false],
    [{ type: 'ui-bg-panel', tabId: 4, panel: 'open' }, true],
    [{ type: 'ui-bg-panel', tabId: 4, panel: 'explode' }, false],
    [{ type: 'ui-bg-sync-gate' }, true],
    [{ type: 'cs-bg-gate', pass: true, score: 2 }, false],
  ])('ui %j → %s', (m, ok) => {
    expect(asUiMessage(m) !== null).toBe(ok);
  });

  it('cuts an error message to a bounded length', () => {
    const m = asContentMessage({ type: 'cs-bg-error', message: 'x'.repeat(10_000) });
    expect(m?.type === 'cs-bg-error' && m.message.length).toBe(300);
  });

  it('keeps of a verdict only what the background uses, bounded', () => {
    const m = asContentMessage({ type: 'cs-bg-verdict', verdict: { ...verdict, reasons: Array.from({ length: 1000 }, () => 'y'.repeat(10_000)), html: '<img>' }, events: 3 });
    expect(m?.type === 'cs-bg-verdict' && m.verdict.reasons.length).toBe(12);
    expect(m?.type === 'cs-bg-verdict' && Math.max(...m.verdict.reasons.map(r => r.length))).toBe(200);
    expect(m?.type === 'cs-bg-verdict' && Object.keys(m.verdict).sort()).toEqual(['reasons', 'score', 'syriaConflict']);
  });

  it('copies only known fields of a verdict message', () => {
    expect(asContentMessage({ type: 'cs-bg-gate', pass: false, score: 0, extra: 'ignored' })).toEqual({ type: 'cs-bg-gate', pass: false, score: 0 });
  });
});
