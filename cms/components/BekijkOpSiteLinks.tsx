'use client'
/**
 * The links of "Bekijk op de site" (BekijkOpSite.tsx): the public page of the published version, and the preview
 * of a draft (GET /api/<collection>/:id/voorbeeld, cms/voorbeeld/). Both are read again after every save.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { type SitePaginaCollectie, sitePad } from '../../content-schema'

interface Stand {
  /** The slug of the published version, or null when nothing of it is on the site. */
  gepubliceerd: string | null
  /** A draft newer than what is published. */
  concept: boolean
}

const lees = async (url: string) => {
  const res = await fetch(url, { credentials: 'include' })
  return res.ok ? ((await res.json()) as { slug?: string; _status?: string }) : null
}

export function BekijkOpSiteLinks({ collection, siteUrl }: { collection: SitePaginaCollectie; siteUrl: string }) {
  const { id, savedDocumentData, lastUpdateTime } = useDocumentInfo()
  const [stand, setStand] = useState<Stand | null>(null)
  const heeftConcepten = collection !== 'organisaties'
  const opgeslagen = String(savedDocumentData?.updatedAt ?? '')

  // biome-ignore lint/correctness/useExhaustiveDependencies: opgeslagen and lastUpdateTime: read again after every save
  useEffect(() => {
    if (!id) return
    let weg = false
    const basis = `/api/${collection}/${id}?depth=0`
    Promise.all([lees(basis), heeftConcepten ? lees(`${basis}&draft=true`) : null])
      .then(([hoofd, laatste]) => {
        if (weg) return
        const gepubliceerd = hoofd?.slug && (hoofd._status ?? 'published') === 'published' ? hoofd.slug : null
        setStand({ gepubliceerd, concept: laatste?._status === 'draft' })
      })
      .catch(() => undefined)
    return () => {
      weg = true
    }
  }, [id, collection, heeftConcepten, opgeslagen, lastUpdateTime])

  if (!id || !stand) return null
  return (
    <div className="field-type skt-bekijk-op-site">
      {stand.gepubliceerd ? (
        <>
          <p>
            <a href={`${siteUrl}${sitePad(collection, stand.gepubliceerd)}`} target="_blank" rel="noopener">
              Bekijk op de site<span className="skt-visually-hidden"> (opent in een nieuw tabblad)</span>
            </a>
          </p>
          <p className="field-description">Een wijziging staat ongeveer een halve minuut na het publiceren op de site.</p>
        </>
      ) : (
        <p className="field-description">Dit staat nog niet op de site. Ongeveer een halve minuut na het publiceren staat het erop.</p>
      )}
      {stand.concept && (
        <>
          <p className="field-description">Er is een concept dat nog niet op de site staat.</p>
          <p>
            <a href={`/api/${collection}/${id}/voorbeeld`} target="_blank" rel="noopener">
              Voorbeeld bekijken<span className="skt-visually-hidden"> (opent in een nieuw tabblad)</span>
            </a>
          </p>
        </>
      )}
    </div>
  )
}
