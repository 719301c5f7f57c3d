/**
 * The site's Content-Security-Policy (a <meta> in every page, site/lib/csp.ts) in real Chromium, on the site built
 * from the demo CMS: the home (with the header quick finder in use), an aanbod page, the search page with results
 * (Pagefind: its index, worker and WebAssembly), a booklet page (its inline @page style allowed by hash) and the
 * Burenkaart (filled in) work without a single violation. The Burenkaart's policy allows no connections and no form
 * at all, and the browser really refuses one. And the favicon: linked, served, a real ICO.
 */
import type http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { serveSite } from '../../scripts/lib/serve-site'
import { api, freePort } from '../helpers/server'
import { sharedSite } from '../helpers/shared-site'
import { launchChromium } from '../helpers/browser'

let cms: { url: string }
let browser: Browser
let server: http.Server
let base: string

beforeAll(async () => {
  // The shared demo CMS and the site built from it (tests/helpers/shared-site.ts): read only.
  let dist: string
  ;({ cms, dist } = await sharedSite())
  const p = await freePort()
  server = await serveSite(dist, p, '127.0.0.1')
  base = `http://127.0.0.1:${p}`
  browser = await launchChromium()
}, 1_200_000)
afterAll(async () => {
  await browser?.close()
  server?.close()
})

/** A policy as directive → sources (CSP 3, "parse a serialized CSP": split on ';', then on whitespace). */
function parsePolicy(text: string): Map<string, string[]> {
  const policy = new Map<string, string[]>()
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), values)
  }
  return policy
}

interface Visit {
  page: Page
  /** CSP violations: the page's securitypolicyviolation events and Chromium's console reports. */
  violations: () => Promise<string[]>
  /** Answers of 400 or more (a missing favicon would show here). */
  failed: string[]
  policy: Map<string, string[]>
}

async function visit(url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const console: string[] = []
  const failed: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text())
  })
  page.on('pageerror', (e) => console.push(`JavaScript error: ${e.message}`))
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`)
  })
  // Runs before the page's own scripts (and is not subject to its policy): records every violation event.
  await page.addInitScript(() => {
    const list: string[] = ((window as any).__cspViolations = [])
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.effectiveDirective} ${e.blockedURI}`))
  })
  const res = await page.goto(base + url, { waitUntil: 'load' })
  expect(res?.status(), url).toBe(200)
  // The policy is in the page's head, before every stylesheet and script (a <meta> policy covers only what follows it).
  const head = await page.evaluate(() =>
    [...document.head.children].map(
      (el) => `${el.tagName.toLowerCase()}${el.getAttribute('http-equiv') ? `[${el.getAttribute('http-equiv')}]` : ''}`,
    ),
  )
  const metaAt = head.indexOf('meta[Content-Security-Policy]')
  expect(metaAt, `${url}: a <meta http-equiv="Content-Security-Policy">`).toBeGreaterThanOrEqual(0)
  expect(
    head.filter((h) => h === 'meta[Content-Security-Policy]'),
    url,
  ).toHaveLength(1)
  const firstResource = head.findIndex((h) => h === 'link' || h === 'script' || h === 'style')
  expect(metaAt, `${url}: the policy comes before the first link, script or style`).toBeLessThan(firstResource)
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  return {
    page,
    failed,
    policy: parsePolicy(content ?? ''),
    violations: async () => [...(await page.evaluate(() => (window as any).__cspViolations as string[])), ...console],
  }
}

/** No inline scripts, no eval, no inline styles except by hash: on every page. */
function expectStrict(policy: Map<string, string[]>, url: string) {
  for (const directive of ['script-src', 'style-src']) {
    const sources = policy.get(directive)
    expect(sources, `${url}: ${directive}`).toBeDefined()
    expect(sources, `${url}: ${directive}`).toContain("'self'")
    for (const s of sources!)
      expect(["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'], `${url}: ${directive} ${s}`).not.toContain(s)
  }
  expect(policy.get('object-src'), url).toEqual(["'none'"])
  expect(policy.get('base-uri'), url).toEqual(["'self'"])
}

describe('the Content-Security-Policy in real Chromium', () => {
  it('the home: no violations, also when the header quick finder searches', async () => {
    const { page, violations, failed, policy } = await visit('/')
    expectStrict(policy, '/')
    expect(policy.get('connect-src')).toEqual(["'self'"])
    // form-action: the site itself (its search forms) and the CMS the site was built from (the forms to come).
    expect(policy.get('form-action')).toEqual(["'self'", new URL(process.env.CMS_PUBLIC_URL?.trim() || cms.url).origin])
    await page.locator('#kopzoeken').focus()
    await page.keyboard.type('koffie')
    await page.locator('.skt-kopzoek [role="listbox"] [role="option"]').first().waitFor()
    expect(await violations()).toEqual([])
    expect(failed).toEqual([])
    await page.context().close()
  })

  it('an aanbod page: no violations', async () => {
    const slug = (await api(cms, 'GET', '/api/aanbod?limit=1&depth=0')).body.docs[0].slug
    const url = `/aanbod/${slug}/`
    const { page, violations, failed, policy } = await visit(url)
    expectStrict(policy, url)
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])
    expect(failed).toEqual([])
    await page.context().close()
  })

  it('the search page finds "koffie" (Pagefind with its worker and WebAssembly) without a violation', async () => {
    const { page, violations, failed, policy } = await visit('/zoeken/?q=koffie')
    expectStrict(policy, '/zoeken/')
    await page.locator('.skt-zoek__resultaten .skt-resultaat').first().waitFor()
    expect(await page.locator('.skt-zoek__resultaten .skt-resultaat').count()).toBeGreaterThan(0)
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])
    expect(failed).toEqual([])
    await page.context().close()
  })

  it('a booklet: its own inline @page style is allowed by its hash, and nothing else is refused', async () => {
    const { page, violations, failed, policy } = await visit('/kaart/heel-twenterand/')
    expectStrict(policy, '/kaart/heel-twenterand/')
    expect(policy.get('style-src')!.some((s) => s.startsWith("'sha256-"))).toBe(true)
    // The style is in force: its @page rule is in the page's style sheets.
    expect(
      await page.evaluate(() =>
        [...document.styleSheets].some((s) => !s.href && [...s.cssRules].some((r) => r.cssText.startsWith('@page'))),
      ),
    ).toBe(true)
    expect(await violations()).toEqual([])
    expect(failed).toEqual([])
    await page.context().close()
  })

  it('the Burenkaart: no connections and no forms allowed, the browser refuses them, and the card still works', async () => {
    const { page, violations, failed, policy } = await visit('/burenkaart/')
    expectStrict(policy, '/burenkaart/')
    expect(policy.get('connect-src')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('worker-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).not.toContain("'wasm-unsafe-eval'")
    // Filling in the card works (the island runs): the name typed shows on the card.
    await page.waitForSelector('.skt-bk[data-gereed] #bk-naam')
    await page.locator('input[type="checkbox"][id^="bk-kanHelpen-"]').first().check()
    await page.fill('#bk-naam', 'Jannie Kamphuis')
    expect(await page.innerText('.skt-bk-kaart')).toContain('Jannie Kamphuis')
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])
    expect(failed).toEqual([])
    // No form to send anything with, not even the header's search box.
    expect(await page.locator('form').count()).toBe(0)
    // The browser itself refuses a connection, to the site or anywhere else.
    const tried = await page.evaluate(async () => {
      const attempt = (url: string) =>
        fetch(url, { method: 'POST', body: 'x' }).then(
          () => 'sent',
          () => 'refused',
        )
      return [await attempt('/burenkaart/'), await attempt('https://example.org/')]
    })
    expect(tried).toEqual(['refused', 'refused'])
    const after = await violations()
    expect(after.some((v) => v.startsWith('connect-src'))).toBe(true)
    await page.context().close()
  })
})

describe('the favicon', () => {
  it('is linked from the pages and served: /favicon.ico is a real ICO with PNG images, /favicon.svg an SVG', async () => {
    const home = await (await fetch(`${base}/`)).text()
    expect(home).toMatch(/<link rel="icon" href="\/favicon\.ico"/)
    expect(home).toMatch(/<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml"/)

    const res = await fetch(`${base}/favicon.ico`)
    expect(res.status).toBe(200)
    const ico = Buffer.from(await res.arrayBuffer())
    expect(ico.length).toBeLessThan(4096)
    // ICONDIR (Microsoft's ICO format): reserved 0, type 1 (icon), the number of images; 16 bytes per image after it.
    expect(ico.readUInt16LE(0)).toBe(0)
    expect(ico.readUInt16LE(2)).toBe(1)
    const count = ico.readUInt16LE(4)
    expect(count).toBeGreaterThan(0)
    const sizes: number[] = []
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i
      const width = ico.readUInt8(entry) || 256
      const length = ico.readUInt32LE(entry + 8)
      const offset = ico.readUInt32LE(entry + 12)
      const image = ico.subarray(offset, offset + length)
      const meta = await sharp(image).metadata()
      expect(meta.format).toBe('png')
      expect(meta.width).toBe(width)
      sizes.push(width)
    }
    expect(sizes).toContain(32)

    const svg = await fetch(`${base}/favicon.svg`)
    expect(svg.status).toBe(200)
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect((await sharp(Buffer.from(await svg.arrayBuffer())).metadata()).format).toBe('svg')
  })
})
