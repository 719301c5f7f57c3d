'use client'
/**
 * "Inzage downloaden" on a melding's edit view: the melding as a readable file (GET /api/meldingen/:id/inzage), for a
 * melder who asks what the Meldpunt keeps about them (AVG). The download is logged as 'exporteren'. Fetched and saved
 * from memory, not by following a link: the admin would otherwise ask to leave a form with unsaved changes.
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

export function InzageKnop() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<{ busy: boolean; fout?: string }>({ busy: false })
  if (!id) return null
  const href = `${config.serverURL ?? ''}${config.routes.api}/meldingen/${encodeURIComponent(String(id))}/inzage`
  const download = async () => {
    setState({ busy: true })
    try {
      const res = await fetch(href, { credentials: 'include' })
      if (!res.ok) {
        const body = await res.json().catch(() => ({}))
        setState({ busy: false, fout: body.message ?? 'Het downloaden lukte niet.' })
        return
      }
      const naam = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'inzage.txt'
      const url = URL.createObjectURL(await res.blob())
      const a = document.createElement('a')
      a.href = url
      a.download = naam
      document.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      setState({ busy: false })
    } catch {
      setState({ busy: false, fout: 'Het downloaden lukte niet. Probeer het later nog eens.' })
    }
  }
  return (
    <div className="field-type skt-inzage">
      <p className="field-description">
        Vraagt de melder welke gegevens wij bewaren? Download dan deze melding als bestand en geef het aan de melder.
      </p>
      <button type="button" className="btn btn--style-secondary btn--size-small btn--withoutPopup" onClick={download} disabled={state.busy}>
        {state.busy ? 'Bezig…' : 'Inzage downloaden'}
      </button>
      <p role="status">{state.fout}</p>
    </div>
  )
}
