/**
 * Dutch texts for react-datepicker (Payload's date picker): its own labels (buttons, the time column, the days'
 * screen-reader names) are English whatever the locale. Payload passes a date field's admin.date.overrides to
 * react-datepicker; metNederlandseDatumkiezer gives every date field these (and its label as the input's title, its
 * only name for a screen reader), its own overrides first.
 */
import type { Field } from 'payload'

export const DATUMKIEZER_NL = {
  previousMonthAriaLabel: 'Vorige maand',
  previousMonthButtonLabel: 'Vorige maand',
  nextMonthAriaLabel: 'Volgende maand',
  nextMonthButtonLabel: 'Volgende maand',
  previousYearAriaLabel: 'Vorig jaar',
  previousYearButtonLabel: 'Vorig jaar',
  nextYearAriaLabel: 'Volgend jaar',
  nextYearButtonLabel: 'Volgend jaar',
  chooseDayAriaLabelPrefix: 'Kies',
  disabledDayAriaLabelPrefix: 'Niet beschikbaar:',
  monthAriaLabelPrefix: 'maand',
  weekAriaLabelPrefix: 'week',
  timeCaption: 'Tijd',
  timeInputLabel: 'Tijd',
  ariaLabelClose: 'Sluiten',
  clearButtonTitle: 'Leegmaken',
} as const

/** The fields with every date field (also inside groups, rows, tabs, arrays and blocks) given DATUMKIEZER_NL. */
export function metNederlandseDatumkiezer<F extends Field>(fields: F[]): F[] {
  return fields.map((field) => {
    const f = { ...field } as any
    if (f.type === 'date') {
      const date = f.admin?.date ?? {}
      // The field's name on the input itself (Payload's label points at the picker's wrapper, not at the input).
      const title = typeof f.label === 'string' ? { title: f.label } : {}
      f.admin = { ...f.admin, date: { ...date, overrides: { ...DATUMKIEZER_NL, ...title, ...date.overrides } } }
    }
    if (Array.isArray(f.fields)) f.fields = metNederlandseDatumkiezer(f.fields)
    if (Array.isArray(f.tabs)) f.tabs = f.tabs.map((tab: any) => ({ ...tab, fields: metNederlandseDatumkiezer(tab.fields) }))
    if (Array.isArray(f.blocks)) f.blocks = f.blocks.map((block: any) => ({ ...block, fields: metNederlandseDatumkiezer(block.fields) }))
    return f
  })
}
