// The extension's built entry points (sizes), and the bench's in-page code bundled as the build bundles the
// extension (esbuild, IIFE, same targets), so the page runs the same code the content scripts run.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from './pages.js';

export interface BundleSize { file: string; raw: number; gzip: number }

export function bundleSizes(dir = path.join(ROOT, 'dist/chrome')): BundleSize[] {
  return fs.readdirSync(dir).filter(f => f.endsWith('.js')).sort().map(file => {
    const bytes = fs.readFileSync(path.join(dir, file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
  });
}

export async function inPageBundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'bench/in-page', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome120', 'firefox142'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __SNT_SHADOW__: '"open"' },
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}
