import type { APIRoute } from 'astro'
import { getContent } from '../lib/cms'
import { waar } from '../lib/kaart'
import { telefoonVan } from '../lib/print-content'
import type { LijstjeItem } from '../lib/lijstje/lijstje'
import {
  aanbodStatussen,
  adresTekst,
  datumLang,
  kostenTekst,
  labelOf,
  meedoenManieren,
  schemaInWoorden,
  sitePad,
  telHref,
} from '../../content-schema'

/**
 * The public facts of every aanbod that has a page, for /mijn-lijstje/ (site/lib/lijstje/lijstje.ts): the browser
 * loads this one file and picks the chosen items itself, so no request ever says which ones were chosen. Only what
 * the aanbod's own page shows.
 */
export const GET: APIRoute = async ({ site }) => {
  const { aanbod, organisaties } = await getContent()
  const items: LijstjeItem[] = aanbod.map((a) => {
    const tel = telefoonVan(a, organisaties)
    const locatie = (a.locaties ?? [])[0]
    const manier = labelOf(meedoenManieren, a.meedoen.manier)
    return {
      slug: a.slug,
      titel: a.titel,
      wat: a.samenvatting,
      waar: locatie ? adresTekst(locatie) : waar(a),
      wanneer: a.tijden?.omschrijving?.trim() || (a.tijden?.schema ?? []).map(schemaInWoorden).join('. ') || null,
      kosten: kostenTekst(a.kosten),
      meedoen: a.meedoen.aanmeldinformatie?.trim() ? `${manier}. ${a.meedoen.aanmeldinformatie.trim()}` : `${manier}.`,
      telefoon: tel,
      telHref: tel ? telHref(tel) : null,
      gecontroleerd: a.laatstGecontroleerd?.datum ? datumLang(a.laatstGecontroleerd.datum) : null,
      url: new URL(sitePad('aanbod', a.slug), site).href,
      demo: Boolean(a.demo),
      status: a.status === 'actief' ? null : labelOf(aanbodStatussen, a.status),
    }
  })
  return new Response(JSON.stringify({ items }), { headers: { 'Content-Type': 'application/json' } })
}
