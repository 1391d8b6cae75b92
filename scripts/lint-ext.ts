// `web-ext lint` on dist/firefox, stricter than its exit code: no errors, and no warning except innerHTML
// assignments inside Preact's and Readability's own code (they set markup the page or a component passes, never
// ours; field notes §3.2 item 1). Each allowed warning is traced to the bundled module it sits in.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, 'dist/firefox');
// In a git worktree whose node_modules is a symlink, esbuild names modules by the real path (../main/node_modules/…).
const ALLOWED_MODULES = /^\s*\/\/ (?:\S*\/)?node_modules\/(?:preact|@mozilla\/readability)\//;

interface Finding { code: string; message: string; file?: string; line?: number }

/** The esbuild bundle marks each module with a `// node_modules/…` comment; find the one above a line. */
function moduleOf(file: string, line: number): string {
  const lines = fs.readFileSync(path.join(DIR, file), 'utf8').split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) if (/^\s*\/\/ (?:\S*\/)?(?:node_modules|src|content-scripts|popup|options)\//.test(lines[i]!)) return lines[i]!;
  return '';
}

if (!fs.existsSync(path.join(DIR, 'manifest.json'))) {
  console.error('lint:ext: dist/firefox is missing; run `npm run build` first');
  process.exit(1);
}
let out: string;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', DIR, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (e) {
  out = String((e as { stdout?: string }).stdout ?? '');
}
const report = JSON.parse(out) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
const bad = [
  ...report.errors,
  ...report.warnings.filter(w => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && w.file && w.line && ALLOWED_MODULES.test(moduleOf(w.file, w.line)))),
];
const allowed = report.warnings.length - (bad.length - report.errors.length);
for (const f of bad) console.error(`${f.code}: ${f.message} (${f.file ?? 'manifest'}${f.line ? `:${f.line}` : ''})`);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${allowed} allowed: innerHTML inside Preact/Readability), ${report.notices.length} notices`);
process.exit(bad.length ? 1 : 0);
