/**
 * The built-in site server's visitor count (content-schema/bezoeken.ts says what is counted): page views are added up
 * in memory and written every minute (and when the server stops) into one file per day under data/bezoeken/, which the
 * CMS stores in its collection `bezoeken` every hour (cms/jobs/bezoeken.ts). No request is ever written down: no
 * address, no time, no full user agent; and no cookie is set.
 */
import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'
import { Bezoekteller, type BezoekTelling } from '../../content-schema/bezoeken'

const sleutel = (t: BezoekTelling) => JSON.stringify([t.dag, t.pad, t.verwijzer, t.apparaat])

export function bezoekteller(dir: string, { eigenDomeinen = [] as string[], elke = 60_000 } = {}) {
  const teller = new Bezoekteller()
  /** Add what was counted to the day files and start again from zero. */
  const schrijf = () => {
    const tellingen = teller.tellingen
    if (!tellingen.length) return
    teller.leeg()
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
    for (const dag of new Set(tellingen.map((t) => t.dag))) {
      const bestand = path.join(dir, `${dag}.json`)
      let bestaand: BezoekTelling[] = []
      try {
        bestaand = JSON.parse(fs.readFileSync(bestand, 'utf8'))
      } catch {
        // a new day
      }
      const samen = new Map(bestaand.map((t) => [sleutel(t), t]))
      for (const t of tellingen.filter((x) => x.dag === dag)) {
        const b = samen.get(sleutel(t))
        if (b) b.aantal += t.aantal
        else samen.set(sleutel(t), t)
      }
      // Written whole and then renamed: the CMS never reads half a file.
      const tmp = `${bestand}.${process.pid}.tmp`
      fs.writeFileSync(tmp, JSON.stringify([...samen.values()]))
      fs.renameSync(tmp, bestand)
    }
  }
  const timer = setInterval(schrijf, elke)
  timer.unref()
  // Also when the process ends (npm start stopped with Ctrl+C): writing is synchronous, so it happens before exit.
  process.once('exit', schrijf)
  return {
    /** After an answer went out: count it when it is a page view. */
    tel(req: http.IncomingMessage, status: number) {
      teller.telVerzoek(
        {
          tijd: new Date(),
          methode: req.method ?? 'GET',
          pad: req.url ?? '/',
          status,
          referer: req.headers.referer,
          userAgent: req.headers['user-agent'],
        },
        eigenDomeinen,
      )
    },
    schrijf,
    stop() {
      clearInterval(timer)
      process.off('exit', schrijf)
      schrijf()
    },
  }
}
