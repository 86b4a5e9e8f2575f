import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildReplica } from './server';

/**
 * The environment for a build: vitest sets NODE_ENV=test, which makes Vite build Preact's
 * development JSX (with this machine's absolute paths in it), not what ships.
 */
export function productionEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return env;
}

/** Builds what the e2e suites load, unless the caller (scripts/test.mjs) just built it. */
export default async function setup() {
  if (process.env.IPWL_PREBUILT !== '1' || !existsSync('.output/chrome-mv3/manifest.json')) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: productionEnv() });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', env: productionEnv() });
  }
  await buildReplica();
}
