/**
 * Synthetic but realistic content at region size for benchmarks: deterministic (seeded), Dutch titles built from
 * the kinds of aanbod the kaart holds, spread over real and invented kernen.
 */
import { doelgroepen, levensgebeurtenissen, themas, kernen } from '../content-schema'

export type Size = 'S' | 'M' | 'L'
export const SIZES: Record<Size, { aanbod: number; activiteiten: number }> = {
  S: { aanbod: 500, activiteiten: 1000 },
  M: { aanbod: 2000, activiteiten: 5000 },
  L: { aanbod: 10000, activiteiten: 20000 },
}

/** A small seeded PRNG (mulberry32), so every run measures the same content. */
export function prng(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SOORT = ['Koffieochtend', 'Samen eten', 'Wandelgroep', 'Maatjesproject', 'Inloopspreekuur', 'Stoelgym', 'Taalcafé', 'Repair Café', 'Rouwgroep', 'Mantelzorgcafé', 'Digicafé', 'Soos', 'Eettafel', 'Vervoersdienst', 'Thuisadministratie', 'Bezoekdienst', 'Zangkoor', 'Handwerkclub', 'Fietsmaatjes', 'Alzheimer Café']
const PLAATS = [...kernen.map((k) => k.naam), 'Almelo', 'Hengelo', 'Enschede', 'Borne', 'Wierden', 'Rijssen', 'Hellendoorn', 'Tubbergen', 'Dinkelland', 'Losser', 'Oldenzaal', 'Haaksbergen', 'Hof van Twente']
const ORG = ['Welzijn', 'Buurthuis', 'Stichting', 'Vereniging', 'Kerkelijke werkgroep', 'Bibliotheek', 'Zorgcentrum', 'Sportclub']

export function syntheticZoekhulp(aanbod: number, seed = 1700) {
  const r = prng(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!
  const orgs = Array.from({ length: Math.max(20, Math.round(aanbod / 5)) }, (_, i) => `${pick(ORG)} ${pick(PLAATS)} ${i + 1}`)
  // Real titles hold many words of their own (names of places, clubs, people): one made-up word in 60% of the titles
  // gives the index a region-sized vocabulary.
  const LETTERGREPEN = ['ker', 'hof', 'ven', 'bos', 'dijk', 'horst', 'lo', 'ma', 'sch', 'ut', 'en', 'berg', 'wer', 'ink', 'kamp', 'veld', 'ter', 'hui', 'zen', 'ste', 'ra', 'dal']
  const eigenWoord = () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(LETTERGREPEN)).join('')
  const items = Array.from({ length: aanbod }, (_, i) => {
    const plaats = pick(PLAATS)
    return {
      t: `${pick(SOORT)} ${r() < 0.6 ? `${eigenWoord()} ` : ''}${plaats}${r() < 0.3 ? ` ${i}` : ''}`,
      u: `/aanbod/item-${i}/`,
      s: 'Aanbod',
      o: pick(orgs),
      w: r() < 0.1 ? 'Heel Twenterand' : plaats,
      k: [pick(themas).naam, pick(doelgroepen).naam, pick(levensgebeurtenissen).naam].join(' '),
    }
  })
  return [
    ...items,
    ...orgs.map((o, i) => ({ t: o, u: `/organisatie/org-${i}/`, s: 'Organisatie' })),
    ...kernen.map((k) => ({ t: k.naam, u: `/kern/${k.slug}/`, s: 'Kern' })),
    ...levensgebeurtenissen.map((t) => ({ t: t.naam, u: `/levensgebeurtenis/${t.slug}/`, s: 'Levensgebeurtenis' })),
    ...doelgroepen.map((t) => ({ t: t.naam, u: `/doelgroep/${t.slug}/`, s: 'Doelgroep' })),
    ...themas.map((t) => ({ t: t.naam, u: `/thema/${t.slug}/`, s: 'Thema' })),
  ]
}
