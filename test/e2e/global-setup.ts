// Builds the e2e variant of the extension (dist/e2e/<browser>/: open shadow root) before any browser starts.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build.ts'), '--e2e'], { cwd: root, stdio: 'inherit' });
}
