import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildReplica } from './server';

/** Builds what the e2e suites load, unless the caller (scripts/test.mjs) just built it. */
export default async function setup() {
  if (process.env.IPWL_PREBUILT !== '1' || !existsSync('.output/chrome-mv3/manifest.json')) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
  }
  await buildReplica();
}
