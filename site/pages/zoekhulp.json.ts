import type { APIRoute } from 'astro'
import { getContent } from '../lib/cms'
import { INDELINGEN, indelingVan } from '../../content-schema'
import { inOverzicht, termPad } from '../lib/indeling'
import type { WoordindexItem } from '../lib/zoeken/woordindex'

/**
 * The woordindex's entries (site/lib/zoeken/README.md; WOORDINDEX_PAD): a small static JSON file, loaded once by the
 * browser and searched word by word (site/lib/zoeken/woordindex.ts). Short keys keep it small: t = title, u = url,
 * s = soort, o = organisatie, w = where, k = keywords.
 */
export const GET: APIRoute = async () => {
  const c = await getContent()
  const items: WoordindexItem[] = [
    ...c.aanbod.filter(inOverzicht).map((a) => ({
      t: a.titel,
      u: `/aanbod/${a.slug}/`,
      s: 'Aanbod',
      o: a.organisatie.naam,
      w: a.heelTwenterand ? 'Heel Twenterand' : (a.kernen ?? []).map((k) => k.naam).join(', '),
      k: [...(a.themas ?? []), ...(a.doelgroepen ?? []), ...(a.levensgebeurtenissen ?? [])].map((t) => t.naam).join(' '),
    })),
    ...c.organisaties.map((o) => ({ t: o.naam, u: `/organisatie/${o.slug}/`, s: 'Organisatie' })),
    ...c.kernen.map((k) => ({
      t: k.naam,
      u: termPad('kern', k.slug),
      s: indelingVan('kern').labelEnkelvoud,
      k: [...(k.andereNamen ?? []), ...(k.buurtschappen ?? [])].map((n) => n.naam).join(' '),
    })),
    ...INDELINGEN.filter((i) => i.slug !== 'kernen').flatMap((i) =>
      c[i.slug].map((t) => ({ t: t.naam, u: termPad(i.enkelvoud, t.slug), s: i.labelEnkelvoud })),
    ),
  ]
  return new Response(JSON.stringify(items), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
