import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** The WCAG 2.2 AA rule set, as the issues ask (2.0, 2.1 and 2.2, levels A and AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe on the page as it stands. It first waits for a title: right after a client-side
 * navigation the old page's <title> is gone before the new one is committed, and axe run in
 * that moment reports a missing title that no visitor ever sees. A page that never gets a
 * title still fails (here, by timeout).
 */
export async function axe(page: Page) {
  await expect.poll(() => page.title(), { message: 'the page has a title' }).not.toBe('')
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
}

/** Fails with one readable line per violation: where, which rule, which elements. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const { violations } = await axe(page)
  expect(violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}
