/**
 * Long lists split into pages of a fixed size, so that a listing page stays small at the size of a whole region
 * (issue 8: HTML+CSS of a listing page ≤ 50 KB compressed). Page 1 is the list's own address (/aanbod/); page n is
 * /aanbod/pagina/n/. A route `[...pagina].astro` gets its paths from paginaPaden.
 */

/** Items per page. A card of aanbod is about three times an agenda line. */
export const PER_PAGINA = { aanbod: 50, agenda: 100, organisaties: 100 } as const

export interface Pagina<T> {
  /** 1-based. */
  nummer: number
  aantal: number
  items: T[]
  /** The list's own address, like '/aanbod/'. */
  basis: string
  /** The whole list's length. */
  totaal: number
}

export const paginaHref = (basis: string, nummer: number) => (nummer <= 1 ? basis : `${basis}pagina/${nummer}/`)

/** The pages of a list; an empty list has one, empty, page. */
export function pagineer<T>(items: T[], per: number, basis: string): Pagina<T>[] {
  const aantal = Math.max(1, Math.ceil(items.length / per))
  return Array.from({ length: aantal }, (_, i) => ({
    nummer: i + 1,
    aantal,
    items: items.slice(i * per, (i + 1) * per),
    basis,
    totaal: items.length,
  }))
}

/** The `pagina` parameter of a `[...pagina]` route: undefined for page 1 (the list's own address), 'pagina/n' after. */
export const paginaParam = (nummer: number) => (nummer === 1 ? undefined : `pagina/${nummer}`)

/**
 * getStaticPaths entries for one list: its params, and each page as the prop `pagina` (with all pages as `paginas`)
 * next to `props`.
 */
export function paginaPaden<T, P extends Record<string, string | undefined>, X extends object>(
  items: T[],
  per: number,
  basis: string,
  params: P,
  props: X,
) {
  const paginas = pagineer(items, per, basis)
  return paginas.map((pagina) => ({ params: { ...params, pagina: paginaParam(pagina.nummer) }, props: { ...props, pagina, paginas } }))
}

/**
 * The page numbers to link: the first, the last, and two on each side of the current one; null where numbers are
 * left out ("…"). 1 2 3 4 5 … 20 on page 3 of 20.
 */
export function paginaNummers(nummer: number, aantal: number): (number | null)[] {
  const uit: (number | null)[] = []
  for (let n = 1; n <= aantal; n++) {
    if (n === 1 || n === aantal || Math.abs(n - nummer) <= 2) uit.push(n)
    else if (uit.at(-1) !== null) uit.push(null)
  }
  return uit
}

/** " – pagina 2 van 5" for a page after the first, for titles; '' for page 1. */
export const paginaTitel = (p: Pagina<unknown>) => (p.nummer > 1 ? ` – pagina ${p.nummer} van ${p.aantal}` : '')
