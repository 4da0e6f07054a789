import type { Page } from '@playwright/test'

/**
 * Opens a page and waits until its scripts have loaded and run, so the next click reaches React. A
 * click that lands while the page is still hydrating is swallowed by React (no submit, no request),
 * which made a test that filled and saved a form right after opening it fail now and then.
 */
export async function openReady(page: Page, url: string) {
  const response = await page.goto(url)
  await page.waitForLoadState('networkidle')
  return response
}
