// Reading the journey as a user meets it: the Progress list's current stage, on any surface.
import type { Locator, Page } from 'playwright-core';

/**
 * The name of the stage marked `aria-current="step"` in a Progress list (what a screen reader
 * reads, without the dot's number), or "done" when every stage is ticked.
 */
export async function stageOf(progress: Locator): Promise<string> {
  return progress.evaluate((list) => {
    const current = list.querySelector('[aria-current=step]');
    if (!current) return list.querySelectorAll('li').length > 0 && [...list.querySelectorAll('li')].every((li) => li.classList.contains('done')) ? 'done' : '';
    const copy = current.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
    return (copy.textContent ?? '').trim();
  });
}

/** The popup's first button below its header (the header holds only the settings gear): what it leads with. */
export function leadingButton(popup: Page): Locator {
  return popup.getByRole('main').locator(':scope > :not(header)').getByRole('button').first();
}
