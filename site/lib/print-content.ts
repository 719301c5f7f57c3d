/**
 * What the paper versions show: the placemats' entries, a kern's booklet grouped by thema, the verified helplines.
 * The selection rules are the site's own (site/lib/indeling.ts): a booklet holds exactly what the kern page lists.
 */
import type { AanbodDoc, MeldpuntDoc, OrganisatieDoc, PlacematDoc, TaxonomyDoc } from '../../content-schema'
import { compactPhone, hulplijnen as verifiedHulplijnen } from '../../content-schema'
import { inOverzicht } from './indeling'

/** A placemat's sections with their aanbod, in the editor's order. Unpublished or stopped aanbod is left out. */
export function placematSections(placemat: PlacematDoc, aanbod: AanbodDoc[]): { titel: string; items: AanbodDoc[] }[] {
  const byId = new Map(aanbod.map((a) => [String(a.id), a]))
  return placemat.secties
    .map((s) => ({
      titel: s.titel,
      items: s.aanbod
        .map((ref) => byId.get(String(typeof ref === 'object' ? ref.id : ref)))
        .filter((a): a is AanbodDoc => a !== undefined && inOverzicht(a)),
    }))
    .filter((s) => s.items.length > 0)
}

/** The phone number to call for an aanbod: its own, else its organisation's. */
export function telefoonVan(a: AanbodDoc, organisaties: OrganisatieDoc[]): string | null {
  return a.contact?.telefoon || organisaties.find((o) => o.slug === a.organisatie.slug)?.telefoon || null
}

export const OVERIG = { slug: 'overig', naam: 'Overig' } as const

/**
 * Aanbod grouped by thema, in the themas' order. Each aanbod appears once, under its first (main) thema, so a
 * booklet has no repeats; aanbod without a thema comes last, under "Overig".
 */
export function perThema(list: AanbodDoc[], themas: TaxonomyDoc[]): { thema: { slug: string; naam: string }; items: AanbodDoc[] }[] {
  const groups = new Map<string, AanbodDoc[]>()
  for (const a of list) {
    const slug = a.themas?.[0]?.slug ?? OVERIG.slug
    groups.set(slug, [...(groups.get(slug) ?? []), a])
  }
  const known = [...themas, ...list.flatMap((a) => a.themas ?? [])].filter((t, i, all) => all.findIndex((x) => x.slug === t.slug) === i)
  return [...known, OVERIG]
    .filter((t) => groups.has(t.slug))
    .map((t) => ({ thema: { slug: t.slug, naam: t.naam }, items: groups.get(t.slug)! }))
}

/** The meldpunt's helplines that are verified facts (content-schema's reference list); others are not printed. */
export function verifiedHelplines(meldpunt: MeldpuntDoc): MeldpuntDoc['hulplijnen'] {
  const verified = new Set(verifiedHulplijnen.map((h) => compactPhone(h.telefoon)))
  return meldpunt.hulplijnen.filter((h) => verified.has(compactPhone(h.telefoon)))
}

/** A CSS string literal for text from the CMS (e.g. in an @page margin box): no way out of the string or the <style>. */
export const cssString = (text: string) =>
  `"${[...text].map((c) => (/[\w .,:;()'!?€–-]/u.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`
