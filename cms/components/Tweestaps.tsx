'use client'
/**
 * Tweestapsverificatie in the admin (see cms/auth/tweestaps.ts): the guard that sends a user to /admin/tweestaps
 * until the second step is done, the form on that page, and the status in a user's sidebar (with the reset for
 * the beheerder). The server enforces all of it; these only guide the user.
 */
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react'

interface Status {
  actief: boolean
  open: 'instellen' | 'code' | null
  verplicht: boolean
}

async function post(path: string, body: Record<string, unknown> = {}) {
  const res = await fetch(`/api/tweestaps/${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const data = await res.json().catch(() => ({}))
  return { ok: res.ok, data: data as Record<string, any> }
}

async function haalStatus(): Promise<Status | null> {
  const res = await fetch('/api/tweestaps/status', { credentials: 'include', cache: 'no-store' })
  return res.ok ? ((await res.json()) as Status) : null
}

const useAdminRoute = () => useConfig().config.routes.admin

/** Pages a user may see before the second step. */
const VRIJ = ['/login', '/logout', '/logout-inactivity', '/forgot', '/reset', '/create-first-user', '/tweestaps']

/** Around the whole admin: while the second step is open, only /admin/tweestaps (and logging out) is shown. */
export function TweestapsBewaker({ children }: { children?: ReactNode }) {
  const adminRoute = useAdminRoute()
  const pathname = usePathname() ?? ''
  const router = useRouter()
  const { user } = useAuth()
  const [open, setOpen] = useState<Status['open']>(null)
  const rest = pathname.startsWith(adminRoute) ? pathname.slice(adminRoute.length) : pathname
  const vrij = VRIJ.some((p) => rest === p || rest.startsWith(`${p}/`))

  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname on purpose: the status is asked again on every page change
  useEffect(() => {
    let weg = false
    if (!user) {
      setOpen(null)
      return
    }
    haalStatus()
      .then((s) => !weg && setOpen(s?.open ?? null))
      .catch(() => undefined)
    return () => {
      weg = true
    }
  }, [user, pathname])

  useEffect(() => {
    if (open && !vrij) router.replace(`${adminRoute}/tweestaps`)
  }, [open, vrij, adminRoute, router])

  return <>{open && !vrij ? null : children}</>
}

function CodeVeld({ label, onSubmit, knop, bezig }: { label: string; onSubmit: (code: string) => void; knop: string; bezig: boolean }) {
  const [code, setCode] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit(code)
  }
  return (
    <form onSubmit={submit} className="skt-tweestaps__form">
      <div className="field-type text">
        <label className="field-label" htmlFor="skt-tweestaps-code">
          {label}
        </label>
        <input
          id="skt-tweestaps-code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </div>
      <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={bezig}>
        {bezig ? 'Bezig…' : knop}
      </button>
    </form>
  )
}

/** The page /admin/tweestaps: enter the code, set it up, or turn it off. */
export function TweestapsFormulier() {
  const adminRoute = useAdminRoute()
  const [status, setStatus] = useState<Status | null>(null)
  const [instelling, setInstelling] = useState<{ geheim: string; qr: string } | null>(null)
  const [melding, setMelding] = useState<{ tekst: string; fout: boolean } | null>(null)
  const [bezig, setBezig] = useState(false)

  const laad = useCallback(() => {
    haalStatus()
      .then(setStatus)
      .catch(() => setMelding({ tekst: 'Dat lukte niet. Laad de pagina opnieuw.', fout: true }))
  }, [])
  useEffect(laad, [laad])

  const naarDashboard = () => window.location.assign(adminRoute)

  const begin = async () => {
    setBezig(true)
    setMelding(null)
    const { ok, data } = await post('instellen')
    setBezig(false)
    if (ok) setInstelling({ geheim: data.geheim, qr: data.qr })
    else setMelding({ tekst: data.message ?? 'Dat lukte niet.', fout: true })
  }

  const stuur = (pad: 'bevestigen' | 'controleren') => async (code: string) => {
    setBezig(true)
    setMelding(null)
    const { ok, data } = await post(pad, { code })
    setBezig(false)
    setMelding({ tekst: data.message ?? (ok ? 'Gelukt.' : 'Dat lukte niet.'), fout: !ok })
    if (ok) naarDashboard()
  }

  const uitzetten = async () => {
    setBezig(true)
    const { ok, data } = await post('uitzetten')
    setBezig(false)
    setMelding({ tekst: data.message ?? (ok ? 'Gelukt.' : 'Dat lukte niet.'), fout: !ok })
    if (ok) laad()
  }

  let inhoud: ReactNode = <p>Even geduld…</p>
  if (status?.open === 'code') {
    inhoud = (
      <>
        <p>Open de app op uw telefoon waarmee u tweestapsverificatie hebt ingesteld.</p>
        <CodeVeld label="Vul de 6 cijfers uit uw app in" knop="Controleren" bezig={bezig} onSubmit={stuur('controleren')} />
      </>
    )
  } else if (instelling) {
    inhoud = (
      <>
        <ol>
          <li>Installeer een app voor inlogcodes op uw telefoon, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP.</li>
          <li>Scan deze QR-code met die app.</li>
        </ol>
        {/* biome-ignore lint/performance/noImgElement: a data: URL made here; next/image adds nothing */}
        <img src={instelling.qr} alt="QR-code om tweestapsverificatie in uw app in te stellen" width={240} height={240} />
        <p>
          Lukt scannen niet? Typ dan deze sleutel over in de app: <code className="skt-tweestaps__geheim">{instelling.geheim}</code>
        </p>
        <CodeVeld label="Vul de 6 cijfers uit uw app in" knop="Bevestigen" bezig={bezig} onSubmit={stuur('bevestigen')} />
      </>
    )
  } else if (status?.actief) {
    inhoud = (
      <>
        <p>Tweestapsverificatie staat aan. Na uw wachtwoord vragen we steeds om de code uit uw app.</p>
        {status.verplicht ? (
          <p>Voor uw rol is tweestapsverificatie verplicht.</p>
        ) : (
          <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={uitzetten} disabled={bezig}>
            Tweestapsverificatie uitzetten
          </button>
        )}
        <p>
          <a href={adminRoute}>Naar het dashboard</a>
        </p>
      </>
    )
  } else if (status) {
    inhoud = (
      <>
        <p>
          {status.open === 'instellen'
            ? 'Voor uw rol is tweestapsverificatie verplicht. Stel het nu in; daarna kunt u verder.'
            : 'Met tweestapsverificatie is uw account beter beschermd: na uw wachtwoord vragen we om een code uit een app op uw telefoon.'}
        </p>
        <button type="button" className="btn btn--style-primary btn--size-medium" onClick={begin} disabled={bezig}>
          Tweestapsverificatie instellen
        </button>
        {!status.open && (
          <p>
            <a href={adminRoute}>Naar het dashboard</a>
          </p>
        )}
      </>
    )
  }

  return (
    <div className="skt-tweestaps">
      <h1>Tweestapsverificatie</h1>
      {inhoud}
      <p role="status" className={melding?.fout ? 'skt-tweestaps__fout' : 'skt-tweestaps__melding'}>
        {melding?.tekst}
      </p>
      {status?.open && (
        <p>
          <a href={`${adminRoute}/logout`}>Uitloggen</a>
        </p>
      )}
    </div>
  )
}

/** In a user's sidebar: is it on? Your own: a link to the page. A beheerder for someone else: reset. */
export function TweestapsVeld() {
  const adminRoute = useAdminRoute()
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [actief, setActief] = useState<boolean | null>(null)
  const [melding, setMelding] = useState<{ tekst: string; fout: boolean } | null>(null)
  const eigen = id != null && user != null && String(user.id) === String(id)
  const beheerder = (user as { rol?: string } | null)?.rol === 'beheerder'

  const laad = useCallback(() => {
    if (id == null) return
    fetch(`/api/tweestaps/status${eigen ? '' : `?gebruiker=${encodeURIComponent(String(id))}`}`, {
      credentials: 'include',
      cache: 'no-store',
    })
      .then((r) => (r.ok ? r.json() : null))
      .then((s) => setActief(s ? Boolean(s.actief) : null))
      .catch(() => setActief(null))
  }, [id, eigen])
  useEffect(laad, [laad])

  if (id == null || (!eigen && !beheerder)) return null

  const herstel = async () => {
    const { ok, data } = await post('herstellen', { gebruiker: id })
    setMelding({ tekst: data.message ?? (ok ? 'Hersteld.' : 'Dat lukte niet.'), fout: !ok })
    if (ok) laad()
  }

  return (
    <div className="field-type skt-tweestaps-veld">
      <p className="field-label">Tweestapsverificatie</p>
      <p>{actief === null ? '…' : actief ? 'Staat aan.' : 'Staat uit.'}</p>
      {eigen && <a href={`${adminRoute}/tweestaps`}>{actief ? 'Bekijken' : 'Instellen'}</a>}
      {!eigen && beheerder && actief && (
        <>
          <p className="field-description">
            Telefoon kwijt? Herstel het; bij de volgende keer inloggen stelt deze gebruiker het opnieuw in.
          </p>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={herstel}>
            Tweestapsverificatie herstellen
          </button>
        </>
      )}
      <p role="status" className={melding?.fout ? 'skt-tweestaps__fout' : 'skt-tweestaps__melding'}>
        {melding?.tekst}
      </p>
    </div>
  )
}
