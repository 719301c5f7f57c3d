'use client'
/**
 * Import from a spreadsheet, above the aanbod and organisaties lists (staff only): download the template,
 * choose a CSV file, "Controleren" (nothing is saved) shows a report per row, then "Importeren".
 */
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

type Resultaat = 'nieuw' | 'bijgewerkt' | 'ongewijzigd' | 'fout'
interface Fout {
  rij: number
  kolom: string
  melding: string
}
interface Verslag {
  message?: string
  proef?: boolean
  opgeslagen?: boolean
  aantallen?: Record<Resultaat, number>
  rijen?: { rij: number; slug: string | null; titel: string | null; resultaat: Resultaat; gewijzigd: string[]; fouten: Fout[] }[]
  fouten?: Fout[]
}

export interface ImportFormProps {
  soort: 'aanbod' | 'organisaties'
  enkelvoud: string
  meervoud: string
  titelKolom: string
  kolommen: { name: string; uitleg: string; voorbeeld: string }[]
}

const LABEL: Record<Resultaat, [proef: string, klaar: string]> = {
  nieuw: ['Wordt nieuw', 'Nieuw'],
  bijgewerkt: ['Wordt bijgewerkt', 'Bijgewerkt'],
  ongewijzigd: ['Ongewijzigd', 'Ongewijzigd'],
  fout: ['Fout', 'Fout'],
}

export function ImportForm({ soort, enkelvoud, meervoud, titelKolom, kolommen }: ImportFormProps) {
  const router = useRouter()
  const id = useId()
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState<'' | 'controleren' | 'importeren'>('')
  const [verslag, setVerslag] = useState<Verslag | null>(null)
  const [checked, setChecked] = useState<File | null>(null)

  const send = async (dryRun: boolean) => {
    if (!file) return
    setBusy(dryRun ? 'controleren' : 'importeren')
    setVerslag(null)
    try {
      const body = new FormData()
      body.append('file', file)
      const res = await fetch(`/api/${soort}/import${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body, credentials: 'include' })
      const json: Verslag = await res.json().catch(() => ({ message: 'Er ging iets mis. Probeer het later nog eens.' }))
      setVerslag(json)
      setChecked(dryRun && res.ok && json.aantallen?.fout === 0 ? file : null)
      if (!dryRun && json.opgeslagen) router.refresh()
    } catch {
      setVerslag({ message: 'Er ging iets mis. Is de verbinding weg? Probeer het later nog eens.' })
    } finally {
      setBusy('')
    }
  }

  const klaar = Boolean(verslag?.opgeslagen)
  const rijen = verslag?.rijen ?? []
  const losseFouten = rijen.length ? [] : (verslag?.fouten ?? [])
  return (
    <details className="skt-import">
      <summary>Importeren uit een spreadsheet</summary>
      <div className="skt-import__body">
        <p>Zet veel {meervoud} tegelijk in het CMS met een spreadsheet (CSV). Het gaat zo:</p>
        <ol>
          <li>
            Download het{' '}
            <a href={`/api/${soort}/import-sjabloon`} download={`sjabloon-${soort}.csv`}>
              sjabloon (CSV)
            </a>{' '}
            en open het in Excel. Vul op elke regel één {enkelvoud} in. Sla het op als CSV (in Excel: "CSV UTF-8").
          </li>
          <li>
            Kies het bestand en klik op Controleren. U ziet per regel wat er gebeurt en of er fouten zijn. Er wordt dan nog niets
            opgeslagen.
          </li>
          <li>Geen fouten? Klik dan op Importeren. Alles wordt opgeslagen en gepubliceerd. Is er één fout, dan wordt niets opgeslagen.</li>
        </ol>
        <p>Importeert u hetzelfde bestand nog een keer? Dan worden {meervoud} met dezelfde slug bijgewerkt. Er komen geen dubbele bij.</p>
        <details className="skt-import__kolommen">
          <summary>Welke kolommen kunt u gebruiken?</summary>
          <dl className="skt-import__kolomlijst">
            {kolommen.map((k) => (
              <div key={k.name}>
                <dt>
                  <code>{k.name}</code>
                </dt>
                <dd>
                  {k.uitleg}
                  {k.voorbeeld && <span className="skt-import__voorbeeld"> Voorbeeld: {k.voorbeeld}</span>}
                </dd>
              </div>
            ))}
          </dl>
          <p>
            U hoeft niet alle kolommen te gebruiken. Een kolom die er niet is, blijft bij een bestaand {enkelvoud} zoals hij was. Een lege
            cel maakt het veld leeg. Zet tussen de cellen een ; of een ,.
          </p>
        </details>
        <div className="skt-import__kies">
          <label htmlFor={`${id}-bestand`}>Bestand (CSV)</label>
          <input
            id={`${id}-bestand`}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              setVerslag(null)
              setChecked(null)
            }}
          />
          <button
            type="button"
            className="btn btn--style-secondary btn--size-medium"
            disabled={!file || busy !== ''}
            onClick={() => send(true)}
          >
            {busy === 'controleren' ? 'Bezig met controleren…' : 'Controleren'}
          </button>
          <button
            type="button"
            className="btn btn--style-primary btn--size-medium"
            disabled={!file || checked !== file || busy !== '' || klaar}
            onClick={() => send(false)}
          >
            {busy === 'importeren' ? 'Bezig met importeren…' : 'Importeren'}
          </button>
        </div>
        <div role="status" aria-live="polite" className="skt-import__verslag">
          {verslag?.message && (
            <p className={verslag.aantallen?.fout || losseFouten.length || (!verslag.proef && !klaar) ? 'skt-import__fout' : ''}>
              {verslag.message}
            </p>
          )}
          {losseFouten.length > 0 && (
            <ul>
              {losseFouten.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once per answer; messages may repeat
                <li key={i}>{f.melding}</li>
              ))}
            </ul>
          )}
          {rijen.length > 0 && (
            <table className="skt-table skt-import__rijen">
              <thead>
                <tr>
                  <th scope="col">Rij</th>
                  <th scope="col">{titelKolom === 'titel' ? 'Titel' : 'Naam'}</th>
                  <th scope="col">Resultaat</th>
                  <th scope="col">Toelichting</th>
                </tr>
              </thead>
              <tbody>
                {rijen.map((r) => (
                  <tr key={r.rij} className={`skt-import__rij--${r.resultaat}`}>
                    <td>{r.rij}</td>
                    <td>{r.titel ?? r.slug ?? ''}</td>
                    <td>{LABEL[r.resultaat][klaar ? 1 : 0]}</td>
                    <td>
                      {r.fouten.length > 0 ? (
                        <ul>
                          {r.fouten.map((f, i) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once per answer; messages may repeat
                            <li key={i}>
                              {f.kolom && <strong>{f.kolom}: </strong>}
                              {f.melding}
                            </li>
                          ))}
                        </ul>
                      ) : r.gewijzigd.length > 0 ? (
                        `Verandert: ${r.gewijzigd.join(', ')}`
                      ) : (
                        ''
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </details>
  )
}
