/**
 * A page of a public form read as a browser does (parse5): its text, title, h1, the check page's rows, the error
 * summary, the message at a field, and a form's fields as a browser would post them. For the HTTP tests of the
 * public forms (melding, aanmelding).
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5'

export type El = DefaultTreeAdapterTypes.Element
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document

export const elements = (node: Node): El[] => {
  const out: El[] = []
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n as El)
    const kids = (n as any).content?.childNodes ?? (n as any).childNodes ?? []
    for (const c of kids) walk(c)
  }
  walk(node)
  return out
}
export const attr = (el: El, name: string) => el.attrs.find((a) => a.name === name)?.value
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'br', 'section', 'fieldset', 'legend', 'label'])
/** The text of an element, with a space around block elements (as a reader sees them apart). */
export const textOf = (el: Node): string =>
  ((el as any).childNodes ?? [])
    .map((c: any) => (c.nodeName === '#text' ? c.value : BLOCKS.has(c.tagName) ? ` ${textOf(c)} ` : textOf(c)))
    .join('')
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

export function page(html: string) {
  const all = elements(parse(html))
  const byId = (id: string) => all.find((e) => attr(e, 'id') === id)
  return {
    html,
    all,
    byId,
    text: squash(textOf(all.find((e) => e.tagName === 'body') ?? all[0]!)),
    title: squash(textOf(all.find((e) => e.tagName === 'title') ?? all[0]!)),
    h1: squash(textOf(all.find((e) => e.tagName === 'h1') ?? all[0]!)),
    /** The rows of the check page's summary list: "key: value". */
    rows: () =>
      all
        .filter((e) => (attr(e, 'class') ?? '').split(' ').includes('utrecht-data-list__item'))
        .map((row) => {
          const cells = elements(row).filter(
            (e) => e.tagName === 'dt' || (e.tagName === 'dd' && (attr(e, 'class') ?? '').includes('item-value')),
          )
          return cells.map((c) => squash(textOf(c))).join(': ')
        }),
    /** The error summary's links: [href, text]. */
    summary: () => {
      const box = all.find((e) => (attr(e, 'class') ?? '').split(' ').includes('skt-foutoverzicht'))
      if (!box) return null
      return elements(box)
        .filter((e) => e.tagName === 'a')
        .map((a) => [attr(a, 'href'), squash(textOf(a))])
    },
    /** The message at a field: the element its aria-describedby names that holds the error. */
    fieldError: (id: string) => {
      const input = byId(id)
      if (!input) return null
      const group = all.find((e) => e.tagName === 'fieldset' && elements(e).includes(input))
      const described = (attr(group ?? input, 'aria-describedby') ?? '').split(' ')
      const fout = described.map(byId).find((e) => e && (attr(e, 'class') ?? '').includes('error-message'))
      return fout ? squash(textOf(fout)) : null
    },
    /** The fields of the form with id `formId` as a browser would post them (no button). */
    formData: (formId: string) => {
      const form = byId(formId)!
      const data: [string, string][] = []
      for (const e of elements(form)) {
        const name = attr(e, 'name')
        if (!name) continue
        if (e.tagName === 'input') {
          const type = attr(e, 'type') ?? 'text'
          if (type === 'submit') continue
          if ((type === 'radio' || type === 'checkbox') && attr(e, 'checked') === undefined) continue
          data.push([name, attr(e, 'value') ?? ''])
        } else if (e.tagName === 'textarea') data.push([name, textOf(e).replace(/^\n/, '')])
      }
      return data
    },
  }
}
