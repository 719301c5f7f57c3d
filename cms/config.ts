import path from 'node:path'
import { buildConfig, type CollectionConfig, type Config, type GlobalConfig, type Payload } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { nl } from '@payloadcms/translations/languages/nl'
import sharp from 'sharp'
import { TIJDZONE } from '../content-schema'
import { Aanbod } from './collections/Aanbod'
import { Activiteiten } from './collections/Activiteiten'
import { Media, MAX_UPLOAD_BYTES, UPLOAD_TE_GROOT } from './collections/Media'
import { Organisaties } from './collections/Organisaties'
import { indelingCollections } from './collections/Taxonomies'
import { Users } from './collections/Users'
import { Controles } from './collections/Controles'
import { HerinneringLinks } from './collections/HerinneringLinks'
import { Herinneringen } from './collections/Herinneringen'
import { kloptNogLinkEndpoints } from './klopt-nog-link'
import { monitoringEndpoints } from './monitoring'
import { Publicaties } from './collections/Publicaties'
import { meldingLocksAfschermen } from './collections/Meldingen/vergrendeling'
import { Meldingen } from './collections/Meldingen'
import { MeldingenLogboek } from './collections/MeldingenLogboek'
import { RedactieLogboek } from './collections/RedactieLogboek'
import { Bezoeken } from './collections/Bezoeken'
import { Metingen } from './collections/Metingen'
import { Suggesties } from './collections/Suggesties'
import { Aanmeldingen } from './collections/Aanmeldingen'
import { markeerOnderbroken } from './publishing'
import { globalMetPublicatie, metPublicatie } from './publishing/hooks'
import { emailAdapter, emailSettingsFromEnv, type EmailSettings } from './email'
import { herinneringenTask } from './jobs/herinneringen'
import { nieuweDagTask } from './jobs/nieuwe-dag'
import { bewaartermijnTask } from './jobs/bewaartermijn'
import { bezoekenTask } from './jobs/bezoeken'
import { suggestieBewaartermijnTask, suggestieOverzichtTask } from './jobs/suggesties'
import { isBeheerder } from './access'
import { Burenkaart } from './globals/Burenkaart'
import { Meldpunt } from './globals/Meldpunt'
import { PlacematAlgemeen, PlacematJeugd } from './globals/Placemat'
import { Site, SITE_NAAM } from './globals/Site'
import { metNederlandseDatumkiezer } from './fields/datum'
import { faviconDataUri } from './merk'
import { chooseDatabase, databaseAdapter, type DatabaseChoice } from './database'
import { migrations } from './migrations'
import { projectRoot } from './paths'
import { resolveSecret } from './secret'
import { tweestapsAdmin, tweestapsEndpoints, TweestapsGegevens, tweestapsVerplichtFromEnv, withTweestaps } from './auth/tweestaps'

export interface AppOptions {
  database: DatabaseChoice
  secret: string
  /** The public address of the CMS (admin and API); https:// makes the login cookie secure. */
  serverURL?: string
  /** The public site's address: with the CMS's own, the only origins allowed by CORS and CSRF. */
  siteURL?: string
  email?: EmailSettings
  /** Run the jobs queue (daily reminders) inside the server. Off in tests and one-off scripts. */
  jobsAutoRun?: boolean
  /** TWEESTAPS_VERPLICHT=true: beheerder and redacteur must use tweestapsverificatie (cms/auth/tweestaps.ts). */
  tweestapsVerplicht?: boolean
}

export function optionsFromEnv(env: Record<string, string | undefined> = process.env): AppOptions {
  return {
    database: chooseDatabase(env.DATABASE_URI),
    secret: resolveSecret(),
    serverURL: env.CMS_PUBLIC_URL || undefined,
    siteURL: env.SITE_URL || undefined,
    email: emailSettingsFromEnv(env),
    jobsAutoRun: env.JOBS_AUTORUN ? env.JOBS_AUTORUN === 'true' : env.NODE_ENV === 'production',
    tweestapsVerplicht: tweestapsVerplichtFromEnv(env),
  }
}

/** The origins that may call the API with a logged-in user's cookie. */
export function allowedOrigins(options: Pick<AppOptions, 'serverURL' | 'siteURL'>, env: Record<string, string | undefined> = process.env) {
  const cms = options.serverURL || `http://localhost:${env.CMS_PORT || 3000}`
  const site = options.siteURL || `http://localhost:${env.SITE_PORT || 4321}`
  return [...new Set([cms, site].map((u) => new URL(u).origin))]
}

/** Bring the SQLite schema up to date with the committed migrations (idempotent). MongoDB needs none. */
export async function migrateDatabase(payload: Payload) {
  // The generated migrations are typed for the SQLite adapter; payload.db is typed for any adapter.
  if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations: migrations as any })
}

/**
 * What every collection and global gets in the admin: no API tab (a developer's view of the JSON; the REST API
 * itself stays, under the same access rules) and the date picker in Dutch (cms/fields/datum.ts).
 */
function inDeBeheeromgeving<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, admin: { ...config.admin, hideAPIURL: true }, fields: metNederlandseDatumkiezer(config.fields) }
}

const beheerderOnly = ({ req: { user } }: { req: { user?: unknown } }) => isBeheerder(user as any)

/** Login cookies: Secure when the CMS is served over https, SameSite=Lax always. */
const usersWithCookies = (options: AppOptions): CollectionConfig => ({
  ...Users,
  auth: { ...(Users.auth as object), cookies: { secure: (options.serverURL ?? '').startsWith('https://'), sameSite: 'Lax' } },
})

export function appConfig(options: AppOptions): Config {
  const cmsDir = path.join(projectRoot(), 'cms')
  return {
    serverURL: options.serverURL,
    secret: options.secret,
    telemetry: false,
    db: databaseAdapter(options.database),
    editor: lexicalEditor(),
    sharp,
    // Uploads (multipart): the size limit, with a Dutch answer (413). Which images: cms/collections/Media.
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES }, responseOnLimit: UPLOAD_TE_GROOT },
    i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl' },
    graphQL: { disable: true },
    admin: {
      user: Users.slug,
      // No gravatar: the admin must not call out to the internet.
      avatar: 'default',
      meta: {
        titleSuffix: `– ${SITE_NAAM}`,
        // Twenterand's favicon (the site's), not Payload's; no Payload texts or images for shared links.
        icons: [{ rel: 'icon', type: 'image/svg+xml', url: faviconDataUri() }],
        openGraph: { siteName: SITE_NAAM, title: SITE_NAAM, description: `Beheer van de ${SITE_NAAM}` },
        defaultOGImageType: 'off',
      },
      dateFormat: 'd MMMM yyyy, HH:mm',
      timezones: {
        supportedTimezones: [{ label: 'Nederland (Amsterdam)', value: TIJDZONE }],
        defaultTimezone: TIJDZONE,
      },
      components: {
        beforeDashboard: [
          '/components/MeldpuntDashboard#MeldpuntDashboard',
          '/components/AanmeldingBeoordelen#AanmeldingenDashboard',
          '/components/SuggestiesDashboard#SuggestiesDashboard',
          '/components/VersheidDashboard#VersheidDashboard',
          '/components/AanbodGaten#AanbodGatenDashboard',
        ],
        // Twenterand's name and mark on the login page and in the menu (cms/components/Merk.tsx).
        graphics: { Logo: '/components/Merk#Logo', Icon: '/components/Merk#Icon' },
        providers: [...tweestapsAdmin.providers, '/components/DatumTaal#DatumTaal'],
        views: {
          ...tweestapsAdmin.views,
          // Where aanbod is missing, on a page of its own to print (the staff dashboard shows the same tables).
          aanbodGaten: { Component: '/components/AanbodGaten#AanbodGatenPagina', path: '/aanbod-gaten' },
          // The Meldpunt's figures for the evaluation (meldpunt and redacteur), printable; CSV at /api/monitoring/csv.
          monitoring: { Component: '/components/Monitoring#MonitoringPagina', path: '/monitoring' },
          // Approving or declining an application of a new organisation (issue 24), with plain HTML forms.
          aanmeldingBeoordelen: {
            Component: '/components/AanmeldingBeoordelen#AanmeldingBeoordelenPagina',
            path: '/aanmelding-beoordelen',
          },
          // A real installation gets its first beheerder from `npm run beheerder`, not from this screen.
          createFirstUser: { Component: '/components/EersteBeheerder#EersteBeheerder' },
        },
      },
      importMap: {
        baseDir: cmsDir,
        importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
      },
    },
    // Public content (and the globals) tell the publisher when the site must follow; users and records do not.
    collections: [
      ...[Aanbod, Activiteiten, Organisaties, ...indelingCollections, Media].map(metPublicatie),
      withTweestaps(usersWithCookies(options), Boolean(options.tweestapsVerplicht)),
      Herinneringen,
      HerinneringLinks,
      Controles,
      Publicaties,
      TweestapsGegevens,
      Meldingen,
      Metingen,
      MeldingenLogboek,
      Bezoeken,
      Suggesties,
      RedactieLogboek,
      Aanmeldingen,
    ].map(inDeBeheeromgeving),
    endpoints: [...tweestapsEndpoints(Boolean(options.tweestapsVerplicht)), ...kloptNogLinkEndpoints, ...monitoringEndpoints],
    globals: [PlacematJeugd, PlacematAlgemeen, Meldpunt, Burenkaart, Site].map(globalMetPublicatie).map(inDeBeheeromgeving),
    typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
    cors: allowedOrigins(options),
    csrf: allowedOrigins(options),
    email: emailAdapter(options.email ?? emailSettingsFromEnv()),
    jobs: {
      tasks: [herinneringenTask, nieuweDagTask, bewaartermijnTask, bezoekenTask, suggestieOverzichtTask, suggestieBewaartermijnTask],
      autoRun: options.jobsAutoRun ? [{ cron: '0 */5 * * * *', queue: 'dagelijks' }] : undefined,
      // Running, queueing and cancelling jobs over the API: only a beheerder (Payload's default: anyone logged in).
      access: { run: beheerderOnly, queue: beheerderOnly, cancel: beheerderOnly },
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...inDeBeheeromgeving(defaultJobsCollection),
        admin: { ...defaultJobsCollection.admin, hideAPIURL: true, group: 'Beheer', hidden: ({ user }) => !isBeheerder(user as any) },
        access: { ...defaultJobsCollection.access, read: ({ req: { user } }) => isBeheerder(user as any) },
      }),
    },
    onInit: async (payload) => {
      await migrateDatabase(payload)
      await markeerOnderbroken(payload)
    },
  }
}

/** The config, with the locks on meldingen closed to those without access to meldingen (Payload makes that collection itself). */
export const buildAppConfig = (options: AppOptions = optionsFromEnv()) => buildConfig(appConfig(options)).then(meldingLocksAfschermen)
