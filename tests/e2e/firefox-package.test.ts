// AMO's reviewers rebuild the Firefox package from the sources zip (store/amo-reviewer-notes.md).
// This does what they do, in a clean folder, and compares the result file by file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { productionEnv } from '../support/global-setup';

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const FIREFOX_ZIP = `.output/${PACKAGE.name}-${PACKAGE.version}-firefox.zip`;
const SOURCES_ZIP = `.output/${PACKAGE.name}-${PACKAGE.version}-sources.zip`;
const clean = mkdtempSync(join(tmpdir(), 'ipwl-amo-'));
afterAll(() => rmSync(clean, { recursive: true, force: true }));

/** Each file in a zip with its bytes, read by Python's zipfile (no zip library in the project). */
function entries(zip: string): Record<string, string> {
  const script = 'import sys,zipfile,hashlib,json;z=zipfile.ZipFile(sys.argv[1]);print(json.dumps({n:hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist() if not n.endswith("/")}))';
  return JSON.parse(execFileSync('python3', ['-c', script, zip], { encoding: 'utf8' })) as Record<string, string>;
}

it('the Firefox package rebuilt from the sources zip in a clean folder (npm ci, wxt zip) is identical, file by file', () => {
  const run = (cwd: string, cmd: string, args: string[]) => execFileSync(cmd, args, { cwd, stdio: 'pipe', env: productionEnv() });
  run('.', 'npx', ['wxt', 'zip', '-b', 'firefox']);
  run(clean, 'python3', ['-c', 'import sys,zipfile;zipfile.ZipFile(sys.argv[1]).extractall(".")', resolve(SOURCES_ZIP)]);
  // The sources are what git holds: no build output, dependencies or local caches.
  const sources = Object.keys(entries(SOURCES_ZIP));
  expect(sources.filter((f) => /^(node_modules|\.output|\.wxt|\.cache|demo-output|bench-output)\//.test(f))).toEqual([]);
  run(clean, 'npm', ['ci', '--no-audit', '--no-fund']);
  run(clean, 'npx', ['wxt', 'zip', '-b', 'firefox']);
  const released = entries(FIREFOX_ZIP);
  expect(Object.keys(released).length).toBeGreaterThan(10);
  expect(entries(join(clean, FIREFOX_ZIP))).toEqual(released);
}, 300_000);
