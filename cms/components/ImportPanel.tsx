/**
 * Above the aanbod and organisaties lists: the spreadsheet import, for staff only (partners never see it;
 * the endpoints refuse them too).
 */
import type { BeforeListServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'
import { isStaff } from '../access'
import { describeColumns, IMPORT_KINDS, IMPORT_SOORTEN, type ImportSoort } from '../import/columns'
import { ImportForm } from './ImportForm'

export function ImportPanel({ user, collectionSlug }: BeforeListServerProps) {
  if (!isStaff(user as any) || !IMPORT_SOORTEN.includes(collectionSlug as ImportSoort)) return null
  const kind = IMPORT_KINDS[collectionSlug as ImportSoort]
  return (
    <Gutter className="skt-import-gutter">
      <style>{IMPORT_CSS}</style>
      <ImportForm
        soort={kind.soort}
        enkelvoud={kind.enkelvoud}
        meervoud={kind.meervoud}
        titelKolom={kind.titleColumn}
        kolommen={describeColumns(kind.soort)}
      />
    </Gutter>
  )
}

const IMPORT_CSS = `
.skt-import-gutter { margin-top: 1.5rem; }
.skt-import { margin: 0 0 0.5rem; border: 1px solid var(--theme-elevation-150); border-radius: 4px; padding: 0.75rem 1rem; }
.skt-import > summary { cursor: pointer; font-weight: 600; font-size: 1.1rem; }
.skt-import__body { margin-top: 0.75rem; }
.skt-import__body p, .skt-import__body li { max-width: 60rem; }
.skt-import__kolommen { margin: 0.75rem 0; }
.skt-import__kolommen > summary { cursor: pointer; }
.skt-import__kolomlijst { margin: 0.75rem 0; }
.skt-import__kolomlijst > div { display: grid; grid-template-columns: 14rem 1fr; gap: 1rem; padding: 0.35rem 0; border-bottom: 1px solid var(--theme-elevation-100); }
.skt-import__kolomlijst dd { margin: 0; max-width: 50rem; }
.skt-import__voorbeeld { color: var(--theme-elevation-600); }
.skt-import__kies { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin: 1rem 0; }
.skt-import__kies .btn { margin: 0; }
.skt-import__fout { color: var(--theme-error-600); font-weight: 600; }
.skt-import__rijen td { white-space: normal !important; vertical-align: top; }
.skt-import__rijen ul { margin: 0; padding-left: 1.1rem; }
.skt-import__rij--fout td:nth-child(3) { color: var(--theme-error-600); font-weight: 600; }
`
