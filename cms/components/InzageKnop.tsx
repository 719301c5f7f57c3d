'use client'
/**
 * "Inzage downloaden" on a melding's edit view: the melding as a readable file (GET /api/meldingen/:id/inzage), for a
 * melder who asks what the Meldpunt keeps about them (AVG). The download is logged as 'exporteren'.
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'

export function InzageKnop() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id) return null
  const href = `${config.serverURL ?? ''}${config.routes.api}/meldingen/${encodeURIComponent(String(id))}/inzage`
  return (
    <div className="field-type skt-inzage">
      <p className="field-description">
        Vraagt de melder welke gegevens wij bewaren? Download dan deze melding als bestand en geef het aan de melder.
      </p>
      <a className="btn btn--style-secondary btn--size-small" href={href} download>
        Inzage downloaden
      </a>
    </div>
  )
}
