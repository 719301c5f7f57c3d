/**
 * axe-core in a real Chromium page: the WCAG 2.1 AA violations, one readable line each (rule, help, first nodes).
 * axe needs JavaScript in the page; the visitor does not. It is evaluated, not added as an inline <script>: the
 * site's Content-Security-Policy refuses inline scripts.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const AXE = fs.readFileSync(path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')

export async function axeViolations(
  page: Page,
  { include, minPasses = 10, label }: { include?: string; minPasses?: number; label?: string } = {},
): Promise<string[]> {
  await page.evaluate(AXE)
  const result = await page.evaluate(
    async (selector) =>
      (window as any).axe.run(selector ? { include: [[selector]] } : document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    include ?? null,
  )
  // axe really ran (and found the page), not an empty document.
  expect(result.passes.length, label ? `axe ran on ${label}` : 'axe ran').toBeGreaterThan(minPasses)
  return result.violations.map(
    (v: any) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n: any) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  )
}
