/** Debian's Chromium driven by playwright-core, with the same launch arguments as the build's PDFs; keyboard helpers. */
import type { Page } from 'playwright-core'

export { launchChromium } from '../../scripts/lib/chromium'

/** The element that has focus: its id, tag, class and text. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return { id: el?.id ?? '', tag: el?.tagName.toLowerCase() ?? '', cls: el?.className ?? '', text: el?.textContent?.trim() ?? '' }
  })
type Focus = Awaited<ReturnType<typeof focused>>

/** Press Tab until the element with `id` (or matching `test`) has focus; fails after `max` presses. */
export async function tabTo(page: Page, test: string | ((f: Focus) => boolean), max = 150) {
  const match = typeof test === 'string' ? (f: Focus) => f.id === test : test
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (match(await focused(page))) return
  }
  throw new Error(`Met Tab niet bij ${typeof test === 'string' ? test : 'het element'} gekomen`)
}

/** Press Enter on the focused button and wait until the page it posts to has loaded. */
export const sendWithEnter = (page: Page) => Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')])
