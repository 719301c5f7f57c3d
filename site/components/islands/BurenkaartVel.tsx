/** @jsxImportSource react */
/**
 * The Burenkaart on paper: one A4 sheet with four identical A6 cards and dashed cut lines between them
 * (burenkaart.css: on screen only the first card shows, as a preview; in print the whole sheet, @page A4).
 *
 * What is filled in shows on the card; what is not stays blank for writing by hand: with no category chosen the
 * card has every category with two tick boxes ("Ik kan helpen" / "Ik zoek hulp"), and an empty detail is a line to
 * write on. So the card with nothing filled in is the blank card (/burenkaart/leeg/, and /burenkaart/ without
 * JavaScript). Pure rendering, no state: the same markup on the server and in the island.
 */
import type { BurenkaartDoc } from '../../../content-schema'

export interface BurenkaartCategorie {
  slug: string
  naam: string
  omschrijving?: string | null
}

/** The texts of the card, from the burenkaart global. */
export interface BurenkaartTekst {
  titel: string
  categorieen: BurenkaartCategorie[]
  toestemming?: string | null
}

/** The card's texts from the CMS document (only what the card shows; also the island's props, so keep it small). */
export function burenkaartTekst(doc: BurenkaartDoc): BurenkaartTekst {
  return {
    titel: doc.titel,
    categorieen: doc.categorieen.map(({ slug, naam, omschrijving }) => ({ slug, naam, omschrijving })),
    toestemming: doc.toestemming,
  }
}

/** What a neighbour filled in. Lives only in the browser's memory (see Burenkaart.tsx). */
export interface KaartGegevens {
  /** Slugs of the categories under "Ik kan helpen met". */
  kanHelpen: string[]
  /** Slugs of the categories under "Ik zoek hulp bij". */
  zoektHulp: string[]
  naam: string
  adres: string
  telefoon: string
  wanneer: string
}

export const LEGE_KAART: KaartGegevens = { kanHelpen: [], zoektHulp: [], naam: '', adres: '', telefoon: '', wanneer: '' }

const GEGEVENS = [
  ['naam', 'Naam'],
  ['adres', 'Adres'],
  ['telefoon', 'Telefoon'],
  ['wanneer', 'Wanneer ik kan'],
] as const

/** The printed card (burenkaart.css): A6 minus 8 mm on every side, in mm. */
const BINNEN = { breedte: 105 - 16, hoogte: 148.5 - 16 }
const PT = 25.4 / 72
/** Type sizes in pt, largest first; burenkaart.css has a rule for each. */
export const GROOTTES = [13, 12, 11, 10, 9, 8] as const
/** Average width of a character in em (measured for DejaVu Sans, a wide font), and how much of a line words fill. */
const TEKEN = 0.5
const VULLING = 0.92
/** Width of the tick box columns of the blank card, in em (burenkaart.css). */
const VAKJESKOLOM = 2.8
/** A list of more chosen categories than this is printed in two columns. */
const EEN_KOLOM_TOT = 6

/** Lines a text takes in a column this many em wide. */
const regels = (tekst: string, breedte: number) => Math.max(1, Math.ceil((tekst.length * TEKEN) / (breedte * VULLING)))

/**
 * The height of the card's content in em, estimated from the texts (the same measures as burenkaart.css:
 * line heights, gaps, the width of the tick box columns). Errs on the large side.
 */
function hoogteInEm(tekst: BurenkaartTekst, gegevens: KaartGegevens, breedte: number): number {
  const kan = tekst.categorieen.filter((c) => gegevens.kanHelpen.includes(c.slug))
  const zoekt = tekst.categorieen.filter((c) => gegevens.zoektHulp.includes(c.slug))
  let em = 1.45 * 1.15 + 0.9 * 1.3 + 0.45 // title, greeting, rule
  let blokken = 2 // the head and the details
  if (kan.length + zoekt.length === 0) {
    const naam = breedte - 2 * (VAKJESKOLOM + 0.4) - 0.4
    em += 2 * 0.75 * 1.2 + 0.2
    for (const c of tekst.categorieen) em += regels(c.naam, naam) * 1.2 + 0.25
    blokken++
  } else {
    for (const lijst of [kan, zoekt].filter((l) => l.length > 0)) {
      const twee = lijst.length > EEN_KOLOM_TOT
      const kolom = (twee ? (breedte - 1) / 2 : breedte) - 1.6
      const hoog = lijst.reduce((n, c) => n + regels(c.naam, kolom) * 1.3 + 0.15, 0)
      em += 1.3 + (twee ? hoog / 2 + 1.45 : hoog) + 0.5
    }
    blokken++
  }
  for (const [veld, label] of GEGEVENS) {
    const waarde = gegevens[veld].trim()
    em += waarde ? regels(`${label}: ${waarde}`, breedte) * 1.3 + 0.3 : 2
  }
  if (tekst.toestemming) {
    em += regels(tekst.toestemming, breedte / 0.75) * 0.75 * 1.3
    blokken++
  }
  return em + 0.5 * (blokken - 1)
}

/** The largest type (pt) with which the card's content fits on the printed A6 card. */
export function lettergrootte(tekst: BurenkaartTekst, gegevens: KaartGegevens): number {
  for (const pt of GROOTTES) {
    const emInMm = pt * PT
    if (hoogteInEm(tekst, gegevens, BINNEN.breedte / emInMm) * emInMm <= BINNEN.hoogte) return pt
  }
  return GROOTTES[GROOTTES.length - 1]
}

function Vakje({ aan = false }: { aan?: boolean }) {
  return (
    <span className="skt-bk-vakje" aria-hidden="true">
      {aan ? 'X' : ''}
    </span>
  )
}

function Kaart({ tekst, gegevens }: { tekst: BurenkaartTekst; gegevens: KaartGegevens }) {
  const gekozen = (slugs: string[]) => tekst.categorieen.filter((c) => slugs.includes(c.slug))
  const kan = gekozen(gegevens.kanHelpen)
  const zoekt = gekozen(gegevens.zoektHulp)
  // Blank: a table row per category. Filled in: a heading per list and a line per chosen category.
  const leeg = kan.length === 0 && zoekt.length === 0
  const lijst = (kop: string, items: BurenkaartCategorie[]) =>
    items.length > 0 && (
      <div className="skt-bk-keuzes">
        <p className="skt-bk-kaart__kop">{kop}</p>
        <ul className={items.length > EEN_KOLOM_TOT ? 'skt-bk-lijst skt-bk-lijst--twee' : 'skt-bk-lijst'}>
          {items.map((c) => (
            <li key={c.slug}>
              <Vakje aan />
              <span>{c.naam}</span>
            </li>
          ))}
        </ul>
      </div>
    )
  return (
    <>
      <div className="skt-bk-kaart__hoofd">
        <p className="skt-bk-kaart__titel">{tekst.titel}</p>
        <p className="skt-bk-kaart__groet">Voor mijn buren. Bel of kom gerust langs.</p>
      </div>
      {leeg ? (
        <table className="skt-bk-tabel">
          <thead>
            <tr>
              <th scope="col">
                <span className="skt-visually-hidden">Waarmee</span>
              </th>
              <th scope="col">Ik kan helpen</th>
              <th scope="col">Ik zoek hulp</th>
            </tr>
          </thead>
          <tbody>
            {tekst.categorieen.map((c) => (
              <tr key={c.slug}>
                <th scope="row">{c.naam}</th>
                <td>
                  <Vakje />
                </td>
                <td>
                  <Vakje />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="skt-bk-gekozen">
          {lijst('Ik kan helpen met:', kan)}
          {lijst('Ik zoek hulp bij:', zoekt)}
        </div>
      )}
      <dl className="skt-bk-gegevens">
        {GEGEVENS.map(([veld, label]) => {
          const waarde = gegevens[veld].trim()
          return (
            <div key={veld} className={waarde ? undefined : 'skt-bk-gegevens__leeg'}>
              <dt>{label}:</dt> <dd>{waarde || <span className="skt-bk-lijn" />}</dd>
            </div>
          )
        })}
      </dl>
      {tekst.toestemming && <p className="skt-bk-kaart__toestemming">{tekst.toestemming}</p>}
    </>
  )
}

export default function BurenkaartVel({
  tekst,
  gegevens = LEGE_KAART,
  label,
}: {
  tekst: BurenkaartTekst
  gegevens?: KaartGegevens
  /** Accessible name of the first card (the copies are for paper only and hidden from screen readers). */
  label: string
}) {
  const grootte = lettergrootte(tekst, gegevens)
  return (
    <div className="skt-bk-vel">
      <div className="skt-bk-vel__kaarten">
        {[0, 1, 2, 3].map((i) => (
          <article
            key={i}
            className="skt-bk-kaart"
            aria-label={i === 0 ? label : undefined}
            aria-hidden={i === 0 ? undefined : true}
            data-grootte={grootte}
          >
            <Kaart tekst={tekst} gegevens={gegevens} />
          </article>
        ))}
      </div>
      <span className="skt-bk-snijlijn skt-bk-snijlijn--staand" aria-hidden="true" />
      <span className="skt-bk-snijlijn skt-bk-snijlijn--liggend" aria-hidden="true" />
      <span className="skt-bk-schaar" aria-hidden="true">
        ✂
      </span>
    </div>
  )
}
