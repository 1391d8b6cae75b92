// The CLI as evaluations and users run it: JSON out by default, one clear line and exit 1 on bad input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/cli.ts'), ...args, '--now', '2026-11-28'], { cwd: ROOT, encoding: 'utf8' });

describe('npm run cli', () => {
  it('analyze on the demo page prints the gold events as one JSON line, in date order', () => {
    const r = cli('analyze', 'demo/iran-syria-ceasefire.html');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { published: string; events: { date: { value: string } | null }[] };
    expect(out.published).toBe('2017-07-10');
    const days = out.events.map(e => e.date?.value).filter((v): v is string => !!v && !v.includes('/'));
    for (const gold of ['2011-03', '2017-05', '2017-07-07', '2017-07-09', '2017-07-10']) expect(days).toContain(gold);
    expect([...days].sort()).toEqual(days);
  });

  it('detect prints a verdict with reasons', () => {
    const r = cli('detect', 'demo/iran-syria-ceasefire.html');
    const out = JSON.parse(r.stdout) as { syriaConflict: boolean; reasons: unknown[] };
    expect(out.syriaConflict).toBe(true);
    expect(out.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    [['analyze', 'no/such/file.html'], /^error: .*no\/such\/file\.html/],
    [['analyze', 'demo/iran-syria-ceasefire.html', '--published', '10/07/2017'], /^error: --published/],
    [['frobnicate'], /unknown command: frobnicate/],
  ])('%j fails with one clear line', (args, message) => {
    const r = cli(...args);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a JSON Lines file with a broken line names the line', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'snt-cli-')), 'items.jsonl');
    fs.writeFileSync(file, '{"id":"a","text":"Talks resumed in Geneva on Monday."}\n{not json\n');
    const r = cli('analyze', file);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('error: line 2: not valid JSON');
  });
});
