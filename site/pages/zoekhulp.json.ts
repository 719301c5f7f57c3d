import type { APIRoute } from 'astro'
import { getContent } from '../lib/cms'
import { inOverzicht, INDELINGEN } from '../lib/indeling'
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
      u: `${INDELINGEN.kern.pad}${k.slug}/`,
      s: 'Kern',
      k: [...(k.andereNamen ?? []), ...(k.buurtschappen ?? [])].map((n) => n.naam).join(' '),
    })),
    ...c.levensgebeurtenissen.map((t) => ({ t: t.naam, u: `${INDELINGEN.levensgebeurtenis.pad}${t.slug}/`, s: 'Levensgebeurtenis' })),
    ...c.doelgroepen.map((t) => ({ t: t.naam, u: `${INDELINGEN.doelgroep.pad}${t.slug}/`, s: 'Doelgroep' })),
    ...c.themas.map((t) => ({ t: t.naam, u: `${INDELINGEN.thema.pad}${t.slug}/`, s: 'Thema' })),
  ]
  return new Response(JSON.stringify(items), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
