'use client'
/**
 * Dutch dates in Payload's date picker from the very first render. Payload's DatePicker registers the language's
 * date-fns locale with react-datepicker only in an effect, after it has loaded that locale asynchronously: the
 * renders before that (and a render in between that nothing follows) format the field in English ("6 November
 * 2026"). This provider registers Dutch as react-datepicker's default when the admin's client code loads, before
 * any date field renders. Payload later registers the same locale under the same name ('nl').
 */
import { nl } from 'date-fns/locale/nl'
import type React from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

registerLocale('nl', nl)
setDefaultLocale('nl')

export function DatumTaal({ children }: { children?: React.ReactNode }) {
  return children
}
