'use client'
/**
 * The meting's "Bij melding" field (cms/collections/Metingen): Payload's own text field, filled in from the address
 * when the worker came from the melding's button "Meting toevoegen" (…/metingen/create?melding=M-2026-0012).
 */
import { TextField, useField } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { type ComponentProps, useEffect } from 'react'

export function MeldingnummerVeld(props: ComponentProps<typeof TextField>) {
  const path = props.path ?? props.field.name
  const { value, setValue } = useField<string>({ path })
  const uitAdres = useSearchParams()?.get('melding')
  useEffect(() => {
    if (uitAdres && !value) setValue(uitAdres)
  }, [uitAdres, value, setValue])
  return <TextField {...props} />
}
