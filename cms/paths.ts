import fs from 'node:fs'
import path from 'node:path'

/**
 * The repository root: where data/ lives. npm scripts run there; PROJECT_ROOT overrides it
 * (for tools started from another folder).
 */
export function projectRoot(): string {
  return path.resolve(process.env.PROJECT_ROOT ?? process.cwd())
}

export const dataDir = () => path.join(projectRoot(), 'data')

/**
 * A folder for private files (the database, the secret, the outbox, backups): the folders it makes are owner-only
 * (0700, whatever the umask). A folder that is already there keeps its rights (OUTBOX_DIR or DATABASE_URI may point
 * into a shared folder), except data/ itself: ours, so made owner-only also when an older install made it wider.
 */
export function privateDir(dir: string): string {
  const full = path.resolve(dir)
  fs.mkdirSync(full, { recursive: true, mode: 0o700 })
  const data = dataDir()
  if (full === data || full.startsWith(data + path.sep)) {
    try {
      if ((fs.statSync(data).mode & 0o777) !== 0o700) fs.chmodSync(data, 0o700)
    } catch {
      // not ours to change (another owner): leave it
    }
  }
  return full
}

/** The CMS's preview renderer, built by scripts/lib/voorbeeld-build.ts, run by cms/voorbeeld/. */
export const voorbeeldDir = () => path.join(projectRoot(), '.site-voorbeeld')
