// axe-core, injected by the test harness (never shipped): the serious and critical violations
// on a page or inside one of the extension's own shadow hosts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** "rule: where — what", for each serious or critical violation; `host` limits the run to one of the extension's shadow hosts. */
export async function seriousViolations(page: Page, host?: string): Promise<string[]> {
  // Evaluated through the debugging protocol, which an extension page's CSP does not block.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;0`);
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(include ? { include: [[include]] } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, host);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')} — ${v.help}`);
}
