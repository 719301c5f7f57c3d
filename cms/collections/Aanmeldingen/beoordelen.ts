/**
 * A redacteur (or beheerder) handles an application (issue 24) from the review page (cms/components/AanmeldingBeoordelen.tsx),
 * plain HTML forms without JavaScript:
 * - POST /api/aanmeldingen/:id/goedkeuren: in one transaction, the organisatie (with the contact person as its
 *   contactpersoon), its first aanbod as a draft to review (not on the site until a redacteur publishes it) and a
 *   partner account for the contact person; after the commit the contact person gets an e-mail with a link to choose a
 *   password (AANMELDING_AFSPRAKEN.uitnodigingDagen days valid). When the address already has a partner account, the
 *   organisatie is added to that account and the e-mail says to log in as usual. The organisatie and the aanbod are
 *   made with the redacteur's own rights; the account with the server's (only a beheerder creates accounts in the
 *   admin; approving is the redacteur's decision, docs/besluiten).
 * - POST /api/aanmeldingen/:id/afwijzen with `reden`: status afgewezen, and the reason is e-mailed to the contact person.
 * Only an application with status "nieuw" can be handled, once. Who and when are recorded. Either way the browser goes
 * (303) back to the review page, which says what happened.
 */
import crypto from 'node:crypto'
import { commitTransaction, type Endpoint, forgotPasswordOperation, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { AANMELDING_AFSPRAKEN, AANMELDING_LIMIETEN } from '../../../content-schema'
import { isStaff } from '../../access'
import type { Aanmelding } from '../../payload-types'
import { regelsBericht } from '../../email'
import { adminUrl } from '../../jobs/herinneringen'
import { paragraphs } from '../../seed/richtext'
import { leesBody } from '../../site-pagina'
import { resetLink } from '../Users/reset-email'

/** The review page in the admin (cms/components/AanmeldingBeoordelen.tsx). */
export const BEOORDEEL_PAD = '/aanmelding-beoordelen'

const terug = (req: PayloadRequest, id: string, uitkomst: string) =>
  new Response(null, {
    status: 303,
    headers: {
      location: `${req.payload.config.routes.admin}${BEOORDEEL_PAD}?id=${encodeURIComponent(id)}&uitkomst=${encodeURIComponent(uitkomst)}`,
      'cache-control': 'no-store',
    },
  })

/** Why an application cannot be approved (shown on the review page), by its code in the redirect. */
export const UITKOMSTEN = {
  goedgekeurd: 'De aanmelding is goedgekeurd. De contactpersoon krijgt een e-mail om een wachtwoord te kiezen.',
  'goedgekeurd-bestaand-account':
    'De aanmelding is goedgekeurd. De contactpersoon had al een account; de organisatie is aan dat account toegevoegd.',
  afgewezen: 'De aanmelding is afgewezen. De contactpersoon krijgt een e-mail met de reden.',
  'reden-ontbreekt': 'Vul de reden in waarom u de aanmelding afwijst',
  'reden-te-lang': `De reden mag niet meer dan ${AANMELDING_LIMIETEN.reden} tekens hebben`,
  'al-behandeld': 'Deze aanmelding is al behandeld.',
  'geen-email': 'De aanmelding heeft geen e-mailadres van een contactpersoon (meer). Vul het in, of wijs de aanmelding af.',
  'account-niet-partner':
    'Het e-mailadres van de contactpersoon hoort bij een account van de redactie of het Meldpunt. Pas het e-mailadres in de aanmelding aan.',
  'e-mail-mislukt': 'De aanmelding is behandeld, maar de e-mail aan de contactpersoon kon niet worden verstuurd. Stuur zelf een bericht.',
  fout: 'Dit lukte niet. Er is niets veranderd.',
} as const
export type Uitkomst = keyof typeof UITKOMSTEN

const idVan = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: number | string }).id : (v as number | string))
const ids = (v: unknown) => (Array.isArray(v) ? v.map(idVan) : [])

/** The draft aanbod from the application's first aanbod, in the collection aanbod's shape. */
function aanbodData(a: Aanmelding, organisatie: number | string) {
  const b = a.aanbod
  const o = a.organisatie
  const plek = b.locatieNaam || b.locatieAdres || b.locatiePlaats
  return {
    titel: b.titel,
    samenvatting: b.samenvatting,
    ...(b.beschrijving ? { beschrijving: paragraphs(b.beschrijving.split(/\n\s*\n?/).filter((r) => r.trim())) } : {}),
    organisatie,
    heelTwenterand: Boolean(b.heelTwenterand),
    kernen: b.heelTwenterand ? [] : ids(b.kernen),
    levensgebeurtenissen: ids(b.levensgebeurtenissen),
    doelgroepen: ids(b.doelgroepen),
    themas: ids(b.themas),
    kosten: { soort: b.kostenSoort, bedrag: b.kostenBedrag ?? null, omschrijving: b.kostenOmschrijving ?? null },
    meedoen: { manier: b.meedoen, aanmeldinformatie: b.aanmeldinformatie ?? null },
    contact: { telefoon: o.telefoon ?? null, email: o.email ?? null, website: o.website ?? null },
    locaties: plek
      ? [
          {
            naam: b.locatieNaam ?? null,
            adres: b.locatieAdres ?? null,
            postcode: b.locatiePostcode ?? null,
            plaats: b.locatiePlaats ?? null,
          },
        ]
      : [],
    tijden: { omschrijving: b.tijden ?? null },
    toegankelijkheid: { kenmerken: b.toegankelijkheid ?? [] },
    status: 'actief',
    _status: 'draft',
  }
}

export function uitnodigingBericht({
  naam,
  organisatie,
  aanbod,
  link,
  dagen,
  inloggen,
}: {
  naam: string
  organisatie: string
  aanbod: string
  /** The link to choose a password; none when the contact person already has an account. */
  link: string | null
  dagen: number
  inloggen: string
}) {
  return regelsBericht(`${organisatie} staat op de Sociale Kaart Twenterand`, [
    `Beste ${naam || 'contactpersoon'},`,
    '',
    `Dank u wel voor uw aanmelding. Wij hebben ${organisatie} op de Sociale Kaart Twenterand gezet.`,
    `Uw aanbod "${aanbod}" staat klaar. De redactie kijkt het nog na en zet het daarna op de website.`,
    '',
    ...(link
      ? [
          'U heeft nu een account. Daarmee houdt u uw aanbod zelf bij. Kies eerst een wachtwoord met deze link:',
          link,
          `De link werkt ${dagen} dagen en één keer. Werkt hij niet meer? Kies dan op de inlogpagina "Wachtwoord vergeten".`,
        ]
      : ['U had al een account. Daarmee kunt u nu ook het aanbod van deze organisatie bijhouden. Log in zoals altijd:']),
    `Inloggen: ${inloggen}`,
    '',
    'Met vriendelijke groet,',
    'De redactie van de Sociale Kaart Twenterand',
  ])
}

export function afwijzingBericht({ naam, organisatie, reden }: { naam: string; organisatie: string; reden: string }) {
  return regelsBericht(`Uw aanmelding bij de Sociale Kaart Twenterand`, [
    `Beste ${naam || 'contactpersoon'},`,
    '',
    `Dank u wel voor de aanmelding van ${organisatie}. Wij zetten deze organisatie niet op de Sociale Kaart Twenterand.`,
    `De reden: ${reden}`,
    '',
    'Heeft u een vraag, of is er iets veranderd? Antwoord dan op deze e-mail, of meld de organisatie opnieuw aan.',
    '',
    'Met vriendelijke groet,',
    'De redactie van de Sociale Kaart Twenterand',
  ])
}

/** A password nobody knows: the account holder chooses their own with the invitation's link. */
const onbekendWachtwoord = () => crypto.randomBytes(32).toString('base64url')

type Goedkeuring =
  | {
      uitkomst: 'goedgekeurd' | 'goedgekeurd-bestaand-account'
      organisatie: number | string
      aanbod: number | string
      account: number | string
    }
  | { uitkomst: Exclude<Uitkomst, 'goedgekeurd' | 'goedgekeurd-bestaand-account'> }

/**
 * Approve application `id` as `req.user` (staff). Everything or nothing: one transaction. The e-mail goes after the
 * commit (a message about something that was rolled back would be wrong).
 */
export async function keurGoed(req: PayloadRequest, id: number | string): Promise<Goedkeuring> {
  const { payload } = req
  const user = req.user!
  const eigenTransactie = await initTransaction(req)
  let uitnodiging: Parameters<typeof uitnodigingBericht>[0] & { aan: string }
  let resultaat: Goedkeuring
  try {
    const a = (await payload.findByID({ collection: 'aanmeldingen', id, depth: 0, overrideAccess: false, user, req })) as Aanmelding
    // First claim it, only while still new: of two redacteuren at once, the second finds it handled (the database
    // serialises the two transactions' writes).
    const { docs: geclaimd } = await payload.update({
      collection: 'aanmeldingen',
      where: { and: [{ id: { equals: id } }, { status: { equals: 'nieuw' } }] },
      data: { status: 'goedgekeurd', behandeldOp: new Date().toISOString(), behandeldDoor: user.id } as any,
      overrideAccess: true,
      req,
      depth: 0,
    })
    if (a.status !== 'nieuw' || geclaimd.length === 0) {
      if (eigenTransactie) await killTransaction(req)
      return { uitkomst: 'al-behandeld' }
    }
    const email = a.contactpersoon?.email?.trim().toLowerCase()
    if (!email) {
      if (eigenTransactie) await killTransaction(req)
      return { uitkomst: 'geen-email' }
    }
    const bestaand = (
      await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, req })
    ).docs[0]
    if (bestaand && bestaand.rol !== 'partner') {
      if (eigenTransactie) await killTransaction(req)
      return { uitkomst: 'account-niet-partner' }
    }
    const o = a.organisatie
    const organisatie = await payload.create({
      collection: 'organisaties',
      data: {
        naam: o.naam,
        korteOmschrijving: o.korteOmschrijving ?? undefined,
        website: o.website ?? undefined,
        email: o.email ?? undefined,
        telefoon: o.telefoon ?? undefined,
        adres: { straat: o.straat ?? undefined, postcode: o.postcode ?? undefined, plaats: o.plaats ?? undefined },
        contactpersonen: [{ naam: a.contactpersoon?.naam || email, email }],
      } as any,
      overrideAccess: false,
      user,
      req,
      depth: 0,
    })
    const aanbod = await payload.create({
      collection: 'aanbod',
      data: aanbodData(a, organisatie.id) as any,
      draft: true,
      overrideAccess: false,
      user,
      req,
      depth: 0,
    })
    let account: number | string
    let link: string | null = null
    if (bestaand) {
      account = bestaand.id
      await payload.update({
        collection: 'users',
        id: bestaand.id,
        data: { organisaties: [...ids(bestaand.organisaties), organisatie.id] as number[] },
        overrideAccess: true,
        req,
        depth: 0,
      })
    } else {
      const nieuw = await payload.create({
        collection: 'users',
        data: {
          naam: a.contactpersoon?.naam || email,
          email,
          rol: 'partner',
          organisaties: [organisatie.id],
          password: onbekendWachtwoord(),
        },
        overrideAccess: true,
        req,
        depth: 0,
      })
      account = nieuw.id
      // Payload's own reset token (its reset page sets the password), valid for the invitation's days, not the hour of
      // "Wachtwoord vergeten" (the collection's forgotPassword.expiration wins over the operation's argument).
      const token = await forgotPasswordOperation({
        collection: payload.collections.users,
        data: { email } as any,
        disableEmail: true,
        req,
      })
      if (!token) throw new Error('Geen uitnodigingstoken')
      await payload.db.updateOne({
        collection: 'users',
        id: nieuw.id,
        data: { resetPasswordExpiration: new Date(Date.now() + AANMELDING_AFSPRAKEN.uitnodigingDagen * 86_400_000).toISOString() },
        req,
      })
      link = resetLink(req, token)
    }
    await payload.update({
      collection: 'aanmeldingen',
      id,
      data: { gemaakt: { organisatie: organisatie.id, aanbod: aanbod.id, account } } as any,
      overrideAccess: true,
      req,
      depth: 0,
    })
    if (eigenTransactie) await commitTransaction(req)
    uitnodiging = {
      aan: email,
      naam: a.contactpersoon?.naam ?? '',
      organisatie: o.naam,
      aanbod: a.aanbod.titel,
      link,
      dagen: AANMELDING_AFSPRAKEN.uitnodigingDagen,
      inloggen: `${adminUrl()}${payload.config.routes.admin}/login`,
    }
    resultaat = {
      uitkomst: bestaand ? 'goedgekeurd-bestaand-account' : 'goedgekeurd',
      organisatie: organisatie.id,
      aanbod: aanbod.id,
      account,
    }
  } catch (err) {
    if (eigenTransactie) await killTransaction(req)
    // Only what kind of error: never the application's contents.
    payload.logger.error({ fout: err instanceof Error ? err.name : 'onbekend', aanmelding: id }, 'Goedkeuren van een aanmelding is mislukt')
    return { uitkomst: 'fout' }
  }
  const { aan, ...bericht } = uitnodiging
  const mail = uitnodigingBericht(bericht)
  try {
    await payload.sendEmail({ to: aan, subject: mail.onderwerp, text: mail.tekst, html: mail.html })
  } catch (err) {
    payload.logger.error({ fout: err instanceof Error ? err.name : 'onbekend', aanmelding: id }, 'De uitnodiging kon niet worden verstuurd')
    return { uitkomst: 'e-mail-mislukt' }
  }
  return resultaat
}

/** Decline application `id` as `req.user` (staff) with `reden`, and mail the reason to the contact person. */
export async function wijsAf(req: PayloadRequest, id: number | string, reden: string): Promise<Uitkomst> {
  if (!reden) return 'reden-ontbreekt'
  if (reden.length > AANMELDING_LIMIETEN.reden) return 'reden-te-lang'
  const { payload } = req
  const user = req.user!
  let a: Aanmelding
  try {
    a = (await payload.findByID({ collection: 'aanmeldingen', id, depth: 0, overrideAccess: false, user, req })) as Aanmelding
    if (a.status !== 'nieuw') return 'al-behandeld'
    // Only while still new: two redacteuren at once cannot both handle it.
    const { docs } = await payload.update({
      collection: 'aanmeldingen',
      where: { and: [{ id: { equals: id } }, { status: { equals: 'nieuw' } }] },
      data: { status: 'afgewezen', reden, behandeldOp: new Date().toISOString(), behandeldDoor: user.id } as any,
      overrideAccess: true,
      req,
      depth: 0,
    })
    if (docs.length === 0) return 'al-behandeld'
  } catch (err) {
    payload.logger.error({ fout: err instanceof Error ? err.name : 'onbekend', aanmelding: id }, 'Afwijzen van een aanmelding is mislukt')
    return 'fout'
  }
  const aan = a.contactpersoon?.email
  if (!aan) return 'afgewezen'
  const mail = afwijzingBericht({ naam: a.contactpersoon?.naam ?? '', organisatie: a.organisatie.naam, reden })
  try {
    await payload.sendEmail({ to: aan, subject: mail.onderwerp, text: mail.tekst, html: mail.html })
  } catch (err) {
    payload.logger.error({ fout: err instanceof Error ? err.name : 'onbekend', aanmelding: id }, 'De afwijzing kon niet worden verstuurd')
    return 'e-mail-mislukt'
  }
  return 'afgewezen'
}

/**
 * An action of the redactie on application :id: 401 without login, 403 for anyone but staff; otherwise `doe` gives
 * the outcome and the browser goes back to the review page, which says it.
 */
const redactieActie = (path: string, doe: (req: PayloadRequest, id: string) => Promise<Uitkomst>): Endpoint => ({
  path,
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Log eerst in.' }] }, { status: 401 })
    if (!isStaff(req.user as any))
      return Response.json({ errors: [{ message: 'Alleen de redactie beoordeelt aanmeldingen.' }] }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    return terug(req, id, await doe(req, id))
  },
})

export const beoordeelEndpoints: Endpoint[] = [
  redactieActie('/:id/goedkeuren', async (req, id) => (await keurGoed(req, id)).uitkomst),
  redactieActie('/:id/afwijzen', async (req, id) => {
    const params = new URLSearchParams((await leesBody(req, 16 * 1024)) ?? '')
    return wijsAf(req, id, (params.get('reden') ?? '').trim())
  }),
]
