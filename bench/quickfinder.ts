/**
 * Benchmark of the snelzoeker (quick finder) at one size (S, M or L): the site's own woordindex
 * (site/lib/zoeken/woordindex.ts, with the synonyms as site/lib/zoeken/suggesties.ts adds them) over a synthetic
 * /zoekhulp.json of that size. Each round types the queries into a freshly built index (no cached words), keystroke
 * by keystroke. Prints one JSON result on stdout.
 */
import os from 'node:os'
import zlib from 'node:zlib'
import { performance } from 'node:perf_hooks'
import Fuse from 'fuse.js'
import { scriptArguments } from '../cms/args'
import { synoniemen } from '../content-schema/synonyms'
import { Woordindex } from '../site/lib/zoeken/woordindex'
import { andereWoorden } from '../site/lib/zoeken/suggesties'
import { SIZES, syntheticZoekhulp, type Size } from './synthetic'

/** items: the index to type into; by default a synthetic /zoekhulp.json of this size (`npm run bench` passes a built one). */
export function benchQuickfinder(size: Size, items: unknown[] = syntheticZoekhulp(SIZES[size].aanbod)) {
  const json = JSON.stringify(items)

  // What someone types, keystroke by keystroke, including typos, a synonym and a multi-word query.
  const typed = ['maaltijd', 'eenzaamheit', 'mantelzorger', 'den ham', 'vervoer naar ziekenhuis', 'koffieochtnd vroomshoop']
  const keystrokes = typed.flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)))
  const times: number[] = []
  const buildTimes: number[] = []
  let zoeker: Woordindex | undefined
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now()
    // As in the browser: parse the fetched JSON, then build the word index.
    zoeker = new Woordindex(JSON.parse(json), Fuse, synoniemen.flat())
    buildTimes.push(performance.now() - t0)
    for (const q of keystrokes) {
      const s = performance.now()
      zoeker.zoek(q, andereWoorden(q))
      times.push(performance.now() - s)
    }
  }
  times.sort((a, b) => a - b)
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!
  const r2 = (n: number) => Math.round(n * 100) / 100
  return {
    size,
    aanbod: SIZES[size].aanbod,
    items: items.length,
    words: zoeker!.omvang,
    indexBytes: Buffer.byteLength(json),
    indexBytesGzip: zlib.gzipSync(json).length,
    buildIndexMs: { median: r2([...buildTimes].sort((a, b) => a - b)[2]!), first: r2(buildTimes[0]!) },
    keystrokes: times.length,
    keystrokeMs: { p50: r2(pct(50)), p95: r2(pct(95)), p99: r2(pct(99)), max: r2(times.at(-1)!) },
    sample: Object.fromEntries(
      ['maaltijd', 'eenzaamheit', 'den ham'].map((q) => [
        q,
        zoeker!
          .zoek(q, andereWoorden(q))
          .slice(0, 3)
          .map((s) => s.t),
      ]),
    ),
    node: process.version,
    cpus: os.cpus().length,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const USAGE = 'Gebruik: tsx bench/quickfinder.ts [S|M|L]'
  const [size = 'S'] = scriptArguments(USAGE, {}, { maxPositionals: 1 }).positionals
  if (!Object.hasOwn(SIZES, size)) {
    console.error(`Onbekende grootte "${size}". ${USAGE}`)
    process.exit(2)
  }
  console.log(JSON.stringify(benchQuickfinder(size as Size)))
}
