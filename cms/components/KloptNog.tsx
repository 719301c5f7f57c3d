'use client'
/** "Klopt nog": confirm in one click that a listing is still right (POST /api/aanbod/:id/klopt-nog). */
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function KloptNogButton({ id, titel }: { id: number | string; titel?: string }) {
  const router = useRouter()
  const [state, setState] = useState<{ busy: boolean; message: string; ok?: boolean }>({ busy: false, message: '' })
  const confirm = async () => {
    setState({ busy: true, message: '' })
    try {
      const res = await fetch(`/api/aanbod/${id}/klopt-nog`, { method: 'POST', credentials: 'include' })
      const body = await res.json().catch(() => ({}))
      setState({ busy: false, ok: res.ok, message: body.message ?? (res.ok ? 'Bevestigd.' : 'Dat lukte niet.') })
      if (res.ok) router.refresh()
    } catch {
      setState({ busy: false, ok: false, message: 'Dat lukte niet. Probeer het later nog eens.' })
    }
  }
  return (
    <span className="skt-klopt-nog">
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small btn--withoutPopup"
        onClick={confirm}
        disabled={state.busy}
        aria-label={titel ? `Klopt nog: ${titel}` : undefined}
      >
        {state.busy ? 'Bezig…' : 'Klopt nog'}
      </button>
      <span role="status" className={state.ok === false ? 'skt-klopt-nog__fout' : 'skt-klopt-nog__melding'}>
        {state.message}
      </span>
    </span>
  )
}

/** In the sidebar of an aanbod: confirm without editing. */
export function KloptNogField() {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <div className="field-type skt-klopt-nog-field">
      <p className="field-description">Is alles nog goed? Bevestig het met één klik, zonder iets te wijzigen.</p>
      <KloptNogButton id={id} />
    </div>
  )
}
