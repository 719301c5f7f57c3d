/**
 * The HTML of a public form (./formulier.ts): pure functions returning escaped HTML strings, so that the site (the
 * blank form, site/pages/meldpunt/melden.astro) and the CMS (the form with errors, the check page, the confirmation)
 * render exactly the same markup. NL Design System (Utrecht) class names, styled by site/styles/formulier.css.
 * GOV.UK patterns: an error summary "Er is een probleem" at the top that links to each field and gets focus, a
 * message at each field (aria-describedby, aria-invalid), optional questions marked "(niet verplicht)", no reliance
 * on the browser's own validation (novalidate), no JavaScript.
 */
import {
  antwoordTekst,
  alsLijst,
  alsTekst,
  type FormDefinitie,
  type FormFout,
  type FormOpties,
  type FormVeld,
  type FormWaarden,
  geldt,
  metOpties,
} from './formulier'

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Text for HTML (element content and quoted attribute values); line breaks kept as character references. */
export const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]!)
const escAttr = (s: unknown) => esc(s).replace(/\n/g, '&#10;')

/** The name of the field that bots fill in and people never see (visually hidden, not reachable with Tab). */
export const HONINGPOT_VELD = 'website'

/** The id of a field's first input (the error summary links to it). */
export const veldId = (veld: Pick<FormVeld, 'name'>) => veld.name
const optieId = (veld: FormVeld, i: number) => (i === 0 ? veldId(veld) : `${veld.name}-${i + 1}`)

const isOptioneel = (veld: FormVeld) => !veld.required
const labelTekst = (veld: FormVeld) => `${esc(veld.label)}${isOptioneel(veld) ? ' (niet verplicht)' : ''}`

/** The error summary: "Er is een probleem", one link per error to its field. Focused when the page opens. */
export function foutoverzichtHtml(fouten: readonly FormFout[]): string {
  if (fouten.length === 0) return ''
  const items = fouten.map((f) => `<li><a href="#${esc(f.veld)}">${esc(f.tekst)}</a></li>`).join('')
  return (
    `<div class="skt-foutoverzicht" tabindex="-1" autofocus aria-labelledby="foutoverzicht-titel">` +
    `<h2 id="foutoverzicht-titel" class="skt-foutoverzicht__titel">Er is een probleem</h2>` +
    `<ul class="skt-foutoverzicht__lijst">${items}</ul></div>`
  )
}

function veldHtml(veld: FormVeld, waarden: FormWaarden, fout: FormFout | undefined): string {
  const hintId = veld.hint ? `${veld.name}-hint` : ''
  const adviesId = veld.advies ? `${veld.name}-advies` : ''
  const foutId = fout ? `${veld.name}-fout` : ''
  const beschreven = [hintId, adviesId, foutId].filter(Boolean).join(' ')
  const hint = veld.hint
    ? `<div class="utrecht-form-field__description utrecht-form-field-description" id="${hintId}">${esc(veld.hint)}</div>`
    : ''
  const advies = veld.advies ? `<div class="skt-advies" id="${adviesId}"><p class="skt-advies__tekst">${esc(veld.advies)}</p></div>` : ''
  const foutTekst = fout
    ? `<p class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${foutId}"><span class="skt-visually-hidden">Fout: </span>${esc(fout.tekst)}</p>`
    : ''
  const invalid = fout ? ' aria-invalid="true"' : ''
  const veldKlasse = `utrecht-form-field skt-veld${fout ? ' utrecht-form-field--invalid' : ''}`

  if (veld.soort === 'radio' || veld.soort === 'checkboxes') {
    const gekozen = new Set(alsLijst(waarden[veld.name]))
    const type = veld.soort === 'radio' ? 'radio' : 'checkbox'
    const klasse =
      type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'
    const opties = (veld.options ?? [])
      .map((o, i) => {
        const id = optieId(veld, i)
        const oHintId = o.hint ? `${id}-hint` : ''
        const oHint = o.hint ? `<div class="utrecht-form-field__description skt-keuze__hint" id="${oHintId}">${esc(o.hint)}</div>` : ''
        return (
          `<div class="skt-keuze utrecht-form-field--${type}">` +
          `<input class="${klasse}${fout ? ` ${klasse.split(' ')[0]}--invalid` : ''}" type="${type}" id="${esc(id)}" name="${esc(veld.name)}" value="${escAttr(o.value)}"` +
          `${gekozen.has(o.value) ? ' checked' : ''}${invalid}${oHintId ? ` aria-describedby="${esc(oHintId)}"` : ''}>` +
          `<label class="utrecht-form-label utrecht-form-label--${type}" for="${esc(id)}">${esc(o.label)}</label>${oHint}</div>`
        )
      })
      .join('')
    return (
      `<div class="${veldKlasse}">` +
      `<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"${beschreven ? ` aria-describedby="${beschreven}"` : ''}>` +
      `<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${labelTekst(veld)}</legend>` +
      `${hint}${advies}${foutTekst}<div class="skt-keuzes">${opties}</div></fieldset></div>`
    )
  }

  const id = veldId(veld)
  const aria = `${beschreven ? ` aria-describedby="${beschreven}"` : ''}${invalid}`
  const waarde = alsTekst(waarden[veld.name])
  let invoer: string
  if (veld.soort === 'textarea') {
    invoer = `<textarea class="utrecht-textarea utrecht-textarea--html-textarea${fout ? ' utrecht-textarea--invalid' : ''}" id="${esc(id)}" name="${esc(veld.name)}" rows="${veld.regels ?? 5}"${aria}>${esc(waarde)}</textarea>`
  } else if (veld.soort === 'select') {
    const opties = [{ value: '', label: 'Kies…' }, ...(veld.options ?? [])]
      .map((o) => `<option value="${escAttr(o.value)}"${o.value === waarde ? ' selected' : ''}>${esc(o.label)}</option>`)
      .join('')
    invoer = `<select class="utrecht-select utrecht-select--html-select${fout ? ' utrecht-select--invalid' : ''}" id="${esc(id)}" name="${esc(veld.name)}"${aria}>${opties}</select>`
  } else {
    const extra = `${veld.autocomplete ? ` autocomplete="${esc(veld.autocomplete)}"` : ''}${veld.soort === 'email' ? ' spellcheck="false"' : ''}`
    invoer = `<input class="utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}" type="${veld.soort}" id="${esc(id)}" name="${esc(veld.name)}" value="${escAttr(waarde)}"${extra}${aria}>`
  }
  return (
    `<div class="${veldKlasse}">` +
    `<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${esc(id)}">${labelTekst(veld)}</label></div>` +
    `${hint}${advies}${foutTekst}<div class="utrecht-form-field__input">${invoer}</div></div>`
  )
}

/** The heading of a part of a long form (FormVeld.sectie), before its first question. */
const sectieHtml = (veld: FormVeld) =>
  veld.sectie
    ? `<h2 class="skt-formulier__sectie">${esc(veld.sectie.kop)}</h2>${veld.sectie.uitleg ? `<p>${esc(veld.sectie.uitleg)}</p>` : ''}`
    : ''

/** Hidden fields (a token, a step), escaped. */
const verborgenHtml = (verborgen: Record<string, string>) =>
  Object.entries(verborgen)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${escAttr(v)}">`)
    .join('')

/** The honeypot: labelled (for anyone who does meet it), visually hidden, out of the Tab order, never filled in by the browser. */
const honingpotHtml = () =>
  `<div class="skt-visually-hidden skt-honingpot"><label for="${HONINGPOT_VELD}">Laat dit veld leeg</label>` +
  `<input type="text" id="${HONINGPOT_VELD}" name="${HONINGPOT_VELD}" value="" tabindex="-1" autocomplete="off"></div>`

export interface FormulierArgs {
  def: FormDefinitie
  /** Where the form posts to (absolute on the site, which posts to the CMS). */
  action: string
  waarden?: FormWaarden
  fouten?: readonly FormFout[]
  opties?: FormOpties
  verborgen?: Record<string, string>
}

/** The form: the error summary (if any), every question with what was typed and its message, the honeypot, the button. */
export function formulierHtml({ def, action, waarden = {}, fouten = [], opties = {}, verborgen = {} }: FormulierArgs): string {
  const perVeld = new Map<string, FormFout>()
  for (const f of fouten) if (!perVeld.has(f.veld)) perVeld.set(f.veld, f)
  const velden = def.velden.map((v) => sectieHtml(v) + veldHtml(metOpties(v, opties), waarden, perVeld.get(v.name))).join('')
  return (
    foutoverzichtHtml(fouten) +
    `<form class="skt-formulier" id="${esc(def.naam)}-formulier" method="post" action="${escAttr(action)}" novalidate>` +
    `${verborgenHtml(verborgen)}${velden}${honingpotHtml()}` +
    `<div class="skt-formulier__knoppen"><button class="utrecht-button utrecht-button--primary-action" type="submit">${esc(def.knop)}</button></div>` +
    `</form>`
  )
}

const DL_BEGIN = '<dl class="utrecht-data-list utrecht-data-list--rows skt-antwoorden">'
const DL_EIND = '</dl>'

export interface ControleArgs {
  def: FormDefinitie
  action: string
  waarden: FormWaarden
  opties?: FormOpties
  /** Carried along (the signed token). */
  verborgen?: Record<string, string>
  /** Name and values of the two buttons. */
  actieVeld: string
  wijzigen: string
  versturen: string
}

/**
 * The check page: a summary list of the answers that apply, each with "Wijzigen" (back to the filled-in form, at that
 * question), and "Versturen". The answers travel in hidden fields, so nothing is kept on the server in between.
 */
export function controleHtml({ def, action, waarden, opties = {}, verborgen = {}, actieVeld, wijzigen, versturen }: ControleArgs): string {
  const velden = def.velden.filter((v) => geldt(v, waarden)).map((v) => metOpties(v, opties))
  const rijen = velden
    .map((veld, i) => {
      // A new part of the form: close the list, its heading, a new list.
      const kop = veld.sectie ? `${i > 0 ? DL_EIND : ''}<h2 class="skt-formulier__sectie">${esc(veld.sectie.kop)}</h2>${DL_BEGIN}` : ''
      const antwoord = antwoordTekst(veld, waarden[veld.name])
      const tekst = antwoord.length === 0 ? 'Niet ingevuld' : antwoord.map((a) => esc(a).replace(/\n/g, '<br>')).join('<br>')
      return (
        `${kop}<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${esc(veld.kortLabel ?? veld.label)}</dt>` +
        `<dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd utrecht-data-list__item-value--multiline">${tekst}</dd>` +
        `<dd class="utrecht-data-list__actions utrecht-data-list__actions--html-dd">` +
        `<button class="skt-wijzig" type="submit" name="${esc(actieVeld)}" value="${esc(wijzigen)}" formaction="${escAttr(`${action}#${veldId(veld)}`)}">` +
        `Wijzigen<span class="skt-visually-hidden"> ${esc((veld.kortLabel ?? veld.label).toLowerCase())}</span></button></dd></div>`
      )
    })
    .join('')
  const waardenHtml = def.velden
    .flatMap((v) => alsLijst(waarden[v.name]).map((x) => `<input type="hidden" name="${esc(v.name)}" value="${escAttr(x)}">`))
    .join('')
  return (
    `<form class="skt-formulier skt-controle" id="${esc(def.naam)}-controle" method="post" action="${escAttr(action)}" novalidate>` +
    `${verborgenHtml(verborgen)}${waardenHtml}${honingpotHtml()}` +
    `${velden[0]?.sectie ? '' : DL_BEGIN}${rijen}` +
    DL_EIND +
    `<div class="skt-formulier__knoppen">` +
    `<button class="utrecht-button utrecht-button--primary-action" type="submit" name="${esc(actieVeld)}" value="${esc(versturen)}">Versturen</button>` +
    `</div></form>`
  )
}

export interface BevestigingArgs {
  /** "Uw meldingsnummer". */
  referentieLabel: string
  referentie: string
  /** What happens next, one paragraph each. */
  volgende: readonly string[]
  /** Numbers for urgent help. */
  dringend: readonly { naam: string; telefoon: string; tekst?: string }[]
  telHref: (telefoon: string) => string
}

/** The confirmation: the reference number in a panel, what happens next, and whom to call when it cannot wait. */
export function bevestigingHtml({ referentieLabel, referentie, volgende, dringend, telHref }: BevestigingArgs): string {
  const lijnen = dringend
    .map(
      (d) =>
        `<li><strong>${esc(d.naam)}</strong>: <a href="${escAttr(telHref(d.telefoon))}">${esc(d.telefoon)}</a>${d.tekst ? `<br>${esc(d.tekst)}` : ''}</li>`,
    )
    .join('')
  return (
    `<div class="skt-bevestiging"><p class="skt-bevestiging__label">${esc(referentieLabel)}</p>` +
    `<p class="skt-bevestiging__nummer"><strong>${esc(referentie)}</strong></p></div>` +
    `<h2>Wat gebeurt er nu?</h2>${volgende.map((p) => `<p>${esc(p)}</p>`).join('')}` +
    (lijnen ? `<h2>Kan het niet wachten?</h2><ul class="skt-lijst">${lijnen}</ul>` : '')
  )
}
