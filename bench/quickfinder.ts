/**
 * Benchmark of the quick finder at one size (S, M or L): the real suggestion function of the site
 * (site/components/islands/zoekhulp.ts: fuse.js + synonyms) over a synthetic /zoekhulp.json of that size.
 * Only the network is replaced (fetch answers with the generated JSON). Prints one JSON result on stdout.
 */
import os from 'node:os'
import zlib from 'node:zlib'
import { performance } from 'node:perf_hooks'
import { SIZES, syntheticZoekhulp, type Size } from './synthetic'

const size = (process.argv[2] ?? 'S') as Size
const items = syntheticZoekhulp(SIZES[size].aanbod)
const json = JSON.stringify(items)
globalThis.fetch = (async () => new Response(json, { headers: { 'content-type': 'application/json' } })) as typeof fetch

const { maakSuggesties } = await import('../site/components/islands/zoekhulp')

const t0 = performance.now()
const suggest = await maakSuggesties()
const indexMs = performance.now() - t0

// What someone types, keystroke by keystroke, including a typo and a synonym.
const typed = ['maaltijd', 'eenzaamheit', 'mantelzorger', 'den ham', 'vervoer naar ziekenhuis']
const keystrokes = typed.flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)))
const times: number[] = []
for (let round = 0; round < 3; round++) {
  for (const q of keystrokes) {
    const s = performance.now()
    suggest(q)
    times.push(performance.now() - s)
  }
}
times.sort((a, b) => a - b)
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!
const sample = suggest('maaltijd').slice(0, 3).map((s) => s.t)

console.log(
  JSON.stringify({
    size,
    aanbod: SIZES[size].aanbod,
    items: items.length,
    indexBytes: Buffer.byteLength(json),
    indexBytesGzip: zlib.gzipSync(json).length,
    buildIndexMs: Math.round(indexMs * 10) / 10,
    keystrokes: times.length,
    keystrokeMs: { p50: +pct(50).toFixed(2), p95: +pct(95).toFixed(2), max: +times.at(-1)!.toFixed(2) },
    sample,
    node: process.version,
    cpus: os.cpus().length,
  }),
)
