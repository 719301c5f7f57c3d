import path from 'node:path'
import { buildConfig, type Config, type Payload } from 'payload'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { nl } from '@payloadcms/translations/languages/nl'
import sharp from 'sharp'
import { TIJDZONE } from '../content-schema'
import { Aanbod } from './collections/Aanbod'
import { Activiteiten } from './collections/Activiteiten'
import { Media } from './collections/Media'
import { Organisaties } from './collections/Organisaties'
import { Doelgroepen, Kernen, Levensgebeurtenissen, Themas } from './collections/Taxonomies'
import { Users } from './collections/Users'
import { Burenkaart } from './globals/Burenkaart'
import { Meldpunt } from './globals/Meldpunt'
import { PlacematAlgemeen, PlacematJeugd } from './globals/Placemat'
import { Site } from './globals/Site'
import { chooseDatabase, databaseAdapter, type DatabaseChoice } from './database'
import { migrations } from './migrations'
import { projectRoot } from './paths'
import { resolveSecret } from './secret'

export interface AppOptions {
  database: DatabaseChoice
  secret: string
  serverURL?: string
}

export function optionsFromEnv(): AppOptions {
  return {
    database: chooseDatabase(process.env.DATABASE_URI),
    secret: resolveSecret(),
    serverURL: process.env.CMS_PUBLIC_URL || undefined,
  }
}

/** Bring the SQLite schema up to date with the committed migrations (idempotent). MongoDB needs none. */
export async function migrateDatabase(payload: Payload) {
  // The generated migrations are typed for the SQLite adapter; payload.db is typed for any adapter.
  if (payload.db.name === 'sqlite') await payload.db.migrate({ migrations: migrations as any })
}

export function appConfig(options: AppOptions): Config {
  const cmsDir = path.join(projectRoot(), 'cms')
  return {
    serverURL: options.serverURL,
    secret: options.secret,
    telemetry: false,
    db: databaseAdapter(options.database),
    editor: lexicalEditor(),
    sharp,
    i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl' },
    graphQL: { disable: true },
    admin: {
      user: Users.slug,
      // No gravatar: the admin must not call out to the internet.
      avatar: 'default',
      meta: { titleSuffix: ' – Sociale Kaart Twenterand' },
      dateFormat: 'd MMMM yyyy, HH:mm',
      timezones: {
        supportedTimezones: [{ label: 'Nederland (Amsterdam)', value: TIJDZONE }],
        defaultTimezone: TIJDZONE,
      },
      importMap: {
        baseDir: cmsDir,
        importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
      },
    },
    collections: [Aanbod, Activiteiten, Organisaties, Kernen, Levensgebeurtenissen, Doelgroepen, Themas, Media, Users],
    globals: [PlacematJeugd, PlacematAlgemeen, Meldpunt, Burenkaart, Site],
    typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
    onInit: migrateDatabase,
  }
}

export const buildAppConfig = (options: AppOptions = optionsFromEnv()) => buildConfig(appConfig(options))
