/**
 * What the visitor count counts (content-schema/bezoeken.ts), against a hand-counted access log
 * (tests/fixtures/bezoeken/access.log: pages, assets, bots, a 404, a POST, a search query, an own-site referral, a
 * 304, the day boundary in Twenterand's time zone, a line that is no log line).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { apparaatKlasse, Bezoekteller, leesLogregel, teltAlsBezoek, verwijzerDomein } from '../../content-schema/bezoeken'

const LOG = path.join(import.meta.dirname, '..', 'fixtures', 'bezoeken', 'access.log')
const EIGEN = ['www.twenterand-voorbeeld.nl']

describe('the access log fixture', () => {
  it('counts exactly the hand-counted page views per day, page, referring domain and device', () => {
    const teller = new Bezoekteller()
    let onleesbaar = 0
    let geteld = 0
    for (const regel of fs.readFileSync(LOG, 'utf8').split('\n').filter(Boolean)) {
      const v = leesLogregel(regel)
      if (!v) onleesbaar++
      else if (teller.telVerzoek(v, EIGEN)) geteld++
    }
    expect(onleesbaar).toBe(1)
    expect(geteld).toBe(11)
    const rij = (dag: string, pad: string, verwijzer: string | null, apparaat: string, aantal: number) => ({
      dag,
      pad,
      verwijzer,
      apparaat,
      aantal,
    })
    expect(teller.tellingen).toEqual(
      expect.arrayContaining([
        rij('2026-12-05', '/kern/den-ham/', 'google.com', 'computer', 2),
        rij('2026-12-05', '/kern/den-ham/', null, 'mobiel', 1),
        rij('2026-12-05', '/aanbod/samen-eten/', null, 'computer', 1),
        rij('2026-12-05', '/aanbod/samen-eten/', null, 'tablet', 2),
        rij('2026-12-05', '/aanbod/samen-eten/', 'facebook.com', 'mobiel', 1),
        rij('2026-12-05', '/zoeken/', null, 'computer', 1),
        rij('2026-12-05', '/', null, 'computer', 2),
        rij('2026-12-06', '/', null, 'computer', 1),
      ]),
    )
    expect(teller.tellingen).toHaveLength(8)
    expect(teller.dagen).toEqual(['2026-12-05', '2026-12-06'])
    // Nothing of a visitor in the counts: no address, no query, no full user agent.
    const alles = JSON.stringify(teller.tellingen)
    for (const spoor of ['203.0.113', '2001:db8', 'buurman', 'Mozilla', 'search?q']) expect(alles).not.toContain(spoor)
  })
})

describe('the rules one by one', () => {
  it('reads a combined log line, with the time zone of the line, and never returns the address', () => {
    const v = leesLogregel('192.0.2.1 - frank [10/Oct/2026:13:55:36 -0700] "GET /a/ HTTP/1.0" 200 2326 "http://x.example/" "UA \\"q\\""')
    expect(v).toEqual({
      tijd: new Date('2026-10-10T20:55:36Z'),
      methode: 'GET',
      pad: '/a/',
      status: 200,
      referer: 'http://x.example/',
      userAgent: 'UA \\"q\\"',
    })
    // Common Log Format (no referrer, no agent).
    expect(leesLogregel('192.0.2.1 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.0" 200 -')?.pad).toBe('/')
    expect(leesLogregel('192.0.2.1 - - [10/Foo/2026:13:55:36 +0000] "GET / HTTP/1.0" 200 -')).toBeNull()
  })

  it('sorts devices into mobiel, tablet and computer', () => {
    expect(apparaatKlasse('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148')).toBe('mobiel')
    expect(apparaatKlasse('Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/131.0 Mobile Safari/537.36')).toBe('mobiel')
    expect(apparaatKlasse('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) Mobile/15E148')).toBe('tablet')
    expect(apparaatKlasse('Mozilla/5.0 (Linux; Android 14; SM-X710) Chrome/131.0 Safari/537.36')).toBe('tablet')
    expect(apparaatKlasse('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0')).toBe('computer')
    expect(apparaatKlasse(undefined)).toBe('computer')
  })

  it('keeps only the domain of another site as the referrer', () => {
    expect(verwijzerDomein('https://www.google.nl/search?q=eenzaam+buurman')).toBe('google.nl')
    expect(verwijzerDomein('https://www.twenterand-voorbeeld.nl/kern/', EIGEN)).toBeNull()
    expect(verwijzerDomein('-')).toBeNull()
    expect(verwijzerDomein('android-app://com.google.android.gm/')).toBeNull()
    expect(verwijzerDomein('geen url')).toBeNull()
  })

  it('counts pages only, without their query string', () => {
    const get = (pad: string, status = 200) => teltAlsBezoek({ methode: 'GET', pad, status })
    expect(get('/zoeken/?q=jan')).toBe('/zoeken/')
    expect(get('/aanbod/index.html')).toBe('/aanbod/')
    expect(get('/privacy')).toBe('/privacy')
    expect(get('/agenda.ics')).toBeNull()
    expect(get('/open-data/aanbod.csv')).toBeNull()
    expect(get('/kern/', 500)).toBeNull()
    expect(teltAlsBezoek({ methode: 'HEAD', pad: '/', status: 200 })).toBeNull()
  })
})
