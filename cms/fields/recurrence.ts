import type { Field } from 'payload'
import { checkRecurrence, checks, firstError, weekdagen, weekVanDeMaand, type Option } from '../../content-schema'
import { options } from './common'

type Sibling = { siblingData: Record<string, any> }

/**
 * RRULE-style fields (freq, interval, byday, bysetpos, bymonthday), as HSDS 3.0 schedules have them.
 * The whole rule is validated on the freq field, so the message names the rule as a whole.
 */
export function recurrenceFields({
  frequencies,
  defaultFreq,
  needsDay,
  prefix,
  monthDay = true,
}: {
  frequencies: readonly Option[]
  defaultFreq: string
  needsDay: boolean
  prefix: string
  monthDay?: boolean
}): Field[] {
  const repeats = (_: unknown, s: Record<string, any>) => Boolean(s?.freq && s.freq !== 'none')
  const monthly = (_: unknown, s: Record<string, any>) => s?.freq === 'MONTHLY'
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'freq',
          type: 'select',
          label: 'Hoe vaak',
          options: options(frequencies),
          defaultValue: defaultFreq,
          required: true,
          admin: { width: '50%' },
          validate: (v: unknown, { siblingData }: Sibling) =>
            firstError(checks.required('Hoe vaak', v), checkRecurrence({ ...siblingData, freq: v as string }, { needsDay, prefix })),
        },
        {
          name: 'interval',
          type: 'number',
          label: 'Om de hoeveel keer',
          defaultValue: 1,
          admin: {
            width: '50%',
            condition: repeats,
            description: '1 = elke keer, 2 = om de week (of om de maand), enzovoort.',
          },
        },
      ],
    },
    {
      name: 'byday',
      type: 'select',
      label: 'Op welke dag(en)',
      hasMany: true,
      options: options(weekdagen),
      admin: { condition: repeats },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'bysetpos',
          type: 'select',
          label: 'Welke week van de maand',
          options: options(weekVanDeMaand),
          admin: { width: '50%', condition: monthly, description: 'Bijvoorbeeld: de eerste dinsdag van de maand.' },
        },
        ...(monthDay
          ? [
              {
                name: 'bymonthday',
                type: 'number',
                label: 'Of: dag van de maand',
                admin: { width: '50%', condition: monthly, description: 'Bijvoorbeeld 15: elke 15e van de maand.' },
              } as Field,
            ]
          : []),
      ],
    },
  ]
}
