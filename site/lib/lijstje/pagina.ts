/**
 * /mijn-lijstje/ in the browser (site/pages/mijn-lijstje/index.astro): shows the chosen aanbod from the list in this
 * browser, or from a shared link (#a=…), and lets the visitor take items off, keep a shared list, share the list as a
 * link and print it. The facts come from one static file with every aanbod (LIJSTJE_DATA_PAD), so the only request is
 * the same for everyone; the QR codes are made here (the `qrcode` package, SVG). Everything is built with DOM
 * methods and textContent: no content becomes HTML except the QR code's own SVG.
 */
import QRCode from 'qrcode'
import {
  bewaarLijstje,
  hashVan,
  LIJSTJE_DATA_PAD,
  LIJSTJE_MAX,
  LIJSTJE_OPSLAG,
  LIJSTJE_PAD,
  LIJSTJE_TE_LANG,
  LIJSTJE_VOL_PAGINA,
  leesLijstje,
  lijstjeSamenTeLang,
  slugsUitHash,
  teLang,
  type LijstjeItem,
} from './lijstje'

const pagina = document.querySelector<HTMLElement>('[data-lijstje-pagina]')
const $ = <T extends HTMLElement>(sel: string) => pagina!.querySelector<T>(sel)!

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kinderen: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props)
  e.append(...kinderen)
  return e
}

/** One fact: "Waar: Dorpsstraat 1, Vroomshoop" (data-feit: which one, for the print layout). */
function feit(label: string, ...waarde: (Node | string)[]) {
  const div = el('div', {}, el('dt', { textContent: `${label}:` }), el('dd', {}, ...waarde))
  div.dataset.feit = label === 'Laatst gecontroleerd' ? 'gecontroleerd' : label.toLowerCase()
  return div
}

function itemHtml(item: LijstjeItem, index: number, haalEraf: (slug: string) => void): HTMLLIElement {
  const id = `lijstje-item-${index}`
  const kop = el('h2', { id, textContent: item.titel })
  const labels = [item.status, item.demo ? 'Voorbeeld: dit aanbod is verzonnen' : null].filter((x): x is string => Boolean(x))
  const qr = el('span', { className: 'skt-qr skt-lijstje__qr' })
  qr.setAttribute('aria-hidden', 'true')
  qr.dataset.qr = item.url
  QRCode.toString(item.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
    .then((svg) => {
      qr.innerHTML = svg
    })
    .catch(() => qr.remove())
  const adres = new URL(item.url)
  const feiten = el(
    'dl',
    { className: 'skt-lijstje__feiten' },
    feit('Waar', item.waar),
    ...(item.wanneer ? [feit('Wanneer', item.wanneer)] : []),
    feit('Kosten', item.kosten),
    feit('Meedoen', item.meedoen),
  )
  /** The short facts at the end: the QR code floats beside them and the address (site/styles/lijstje.css). */
  const kort = el(
    'dl',
    { className: 'skt-lijstje__feiten' },
    ...(item.telefoon && item.telHref
      ? [
          feit(
            'Bel',
            el('a', { href: item.telHref, className: 'skt-tel', textContent: item.telefoon }),
            item.demo ? ' (voorbeeldnummer)' : '',
          ),
        ]
      : []),
    feit('Laatst gecontroleerd', item.gecontroleerd ?? 'nog niet'),
  )
  const knop = el(
    'button',
    { type: 'button', className: 'utrecht-button utrecht-button--subtle skt-lijstje__eraf' },
    'Haal van mijn lijstje',
    el('span', { className: 'skt-visually-hidden', textContent: `: ${item.titel}` }),
  )
  knop.addEventListener('click', () => haalEraf(item.slug))
  const artikel = el(
    'article',
    { className: 'skt-lijstje__item' },
    kop,
    ...(labels.length ? [el('p', { className: 'skt-lijstje__labels', textContent: labels.join(' · ') })] : []),
    el('p', { className: 'skt-lijstje__wat', textContent: item.wat }),
    feiten,
    // The QR code floats beside the short lines at the end (phone, date, address), where the lines leave room.
    el('div', { className: 'skt-lijstje__qrblok' }, qr),
    kort,
    el(
      'p',
      { className: 'skt-lijstje__url' },
      'Meer informatie: ',
      el('a', { href: item.url, textContent: `${adres.host}${adres.pathname}` }),
    ),
    knop,
  )
  artikel.setAttribute('aria-labelledby', id)
  artikel.dataset.aanbod = item.slug
  return el('li', {}, artikel)
}

/** After a change that removes the focused button: focus goes to the page's heading (the status says what happened). */
function focusKop() {
  const h1 = document.querySelector<HTMLElement>('main h1')
  h1?.setAttribute('tabindex', '-1')
  h1?.focus()
}

async function start() {
  if (!pagina) return
  const items = new Map<string, LijstjeItem>()
  const status = $<HTMLElement>('[data-lijstje-status]')
  const lijst = $<HTMLOListElement>('[data-lijstje-items]')
  const deelblok = $<HTMLElement>('[data-lijstje-deelblok]')
  const linkVeld = $<HTMLInputElement>('#lijstje-link')
  pagina.hidden = false
  try {
    const antwoord = await fetch(LIJSTJE_DATA_PAD)
    if (!antwoord.ok) throw new Error(String(antwoord.status))
    for (const item of ((await antwoord.json()) as { items: LijstjeItem[] }).items) items.set(item.slug, item)
  } catch {
    status.textContent = 'Het lijstje kon niet worden geladen. Probeer het later opnieuw.'
    return
  }

  /** A shared list (from the link) until the visitor keeps it; else the list in this browser. */
  const gedeeld = () => slugsUitHash(window.location.hash)
  const huidige = () => gedeeld() ?? leesLijstje()
  const zet = (slugs: string[]) => {
    if (gedeeld()) window.history.replaceState(null, '', `${LIJSTJE_PAD}${hashVan(slugs)}`)
    else bewaarLijstje(slugs)
    toon()
  }
  const haalEraf = (slug: string) => {
    const titel = items.get(slug)?.titel ?? slug
    zet(huidige().filter((s) => s !== slug))
    status.textContent = `${titel} staat niet meer op het lijstje.`
    focusKop()
  }

  function toon() {
    const slugs = huidige()
    const bekend = slugs.filter((s) => items.has(s))
    const weg = slugs.length - bekend.length
    lijst.replaceChildren(...bekend.map((s, i) => itemHtml(items.get(s)!, i, haalEraf)))
    $<HTMLElement>('[data-lijstje-leeg]').hidden = bekend.length > 0
    $<HTMLElement>('[data-lijstje-gedeeld]').hidden = gedeeld() === null
    const wegTekst = $<HTMLElement>('[data-lijstje-weg]')
    wegTekst.hidden = weg === 0
    wegTekst.textContent =
      weg === 1 ? 'Eén aanbod van dit lijstje staat niet meer op de site.' : `${weg} aanbod van dit lijstje staan niet meer op de site.`
    // A full list says so (nothing more can be added); a longer one (an old link, or kept before the limit) too.
    const vol = $<HTMLElement>('[data-lijstje-vol]')
    vol.textContent = teLang(window.location.hash) ? LIJSTJE_TE_LANG : slugs.length >= LIJSTJE_MAX ? LIJSTJE_VOL_PAGINA : ''
    vol.hidden = vol.textContent === ''
    for (const k of pagina!.querySelectorAll<HTMLButtonElement>('[data-lijstje-deel], [data-lijstje-wis], [data-afdrukken]'))
      k.disabled = bekend.length === 0
    deelblok.hidden = true
  }

  $<HTMLButtonElement>('[data-lijstje-bewaar]').addEventListener('click', () => {
    const slugs = gedeeld() ?? []
    const eigen = leesLijstje()
    const samen = [...eigen, ...slugs.filter((s) => !eigen.includes(s))]
    // Nothing is kept when both lists together do not fit on the paper.
    if (samen.length > LIJSTJE_MAX) {
      $<HTMLElement>('[data-lijstje-bewaar-status]').textContent = lijstjeSamenTeLang(eigen.length, samen.length)
      return
    }
    if (!bewaarLijstje(samen)) {
      status.textContent = 'Deze browser kan het lijstje niet bewaren. Bewaar de link, of print het lijstje.'
      return
    }
    window.history.replaceState(null, '', LIJSTJE_PAD)
    toon()
    status.textContent = 'Het lijstje is bewaard in deze browser.'
    focusKop()
  })
  $<HTMLButtonElement>('[data-lijstje-deel]').addEventListener('click', () => {
    linkVeld.value = new URL(`${LIJSTJE_PAD}${hashVan(huidige().filter((s) => items.has(s)))}`, window.location.href).href
    deelblok.hidden = false
    linkVeld.focus()
    linkVeld.select()
    status.textContent = 'De link staat hieronder. Kopieer hem en stuur hem door.'
  })
  $<HTMLButtonElement>('[data-lijstje-kopieer]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(linkVeld.value)
      status.textContent = 'De link is gekopieerd.'
    } catch {
      linkVeld.focus()
      linkVeld.select()
      status.textContent = 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl en C.'
    }
  })
  $<HTMLButtonElement>('[data-lijstje-wis]').addEventListener('click', () => {
    zet([])
    status.textContent = 'Het lijstje is leeg.'
  })
  window.addEventListener('hashchange', toon)
  window.addEventListener('storage', (e) => e.key === LIJSTJE_OPSLAG && toon())
  toon()
}

start()
