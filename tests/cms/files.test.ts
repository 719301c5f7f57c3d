/**
 * Files that hold secrets are readable by their owner only, whatever the umask of the process that makes them:
 * data/ (0700), the SQLite database and its -wal/-shm files, the kept PAYLOAD_SECRET, the demo password and the
 * outbox (0600), and a backup archive from its first byte (0600). The programs run as real child processes with umask
 * 000 (nothing taken away), so only the modes the code asks for count.
 *
 * And restore refuses an archive it cannot trust, saying why, before anything is written: entries outside the
 * archive's folder (an absolute path, ".."), links and devices, users it cannot check (a rol that does not exist, no
 * password hash). The crafted archives are made with the tar package from a real backup.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bin, payloadScriptEnv, root } from '../../scripts/lib/process'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skt-files-'))
const data = path.join(dir, 'data')
const mode = (file: string) => fs.statSync(file).mode & 0o777
const octal = (m: number) => `0${m.toString(8)}`

/** The environment of the project in `dir`: no DATABASE_URI, PAYLOAD_SECRET or DEMO_PASSWORD, so all are made in data/. */
const projectEnv = (extra: Record<string, string | undefined> = {}) =>
  payloadScriptEnv({
    PROJECT_ROOT: dir,
    DATABASE_URI: undefined,
    PAYLOAD_SECRET: undefined,
    DEMO_PASSWORD: undefined,
    DEMO_MODE: 'true',
    OUTBOX_DIR: undefined,
    JOBS_AUTORUN: 'false',
    ...extra,
  })

/** A script of the project as a child process with umask 000 (sh sets it; exec keeps it). */
const withUmask000 = (script: string, args: string[]) => ['-c', 'umask 000 && exec "$@"', 'sh', bin('tsx'), script, ...args]

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync('sh', withUmask000(script, args), { cwd: root, env, encoding: 'utf8', timeout: 420_000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  // npm run seed on a new project: makes data/, the database, the secret and (demo mode) the demo password.
  const seeded = runScript(path.join('cms', 'seed', 'run.ts'), [], projectEnv())
  expect(seeded.status, seeded.stderr).toBe(0)
}, 480_000)

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('a new project (npm run seed, umask 000)', () => {
  it('data/ is owner-only (0700)', () => {
    expect(octal(mode(data))).toBe('0700')
  })

  it('the database, the kept secret and the demo password are owner-only (0600)', () => {
    for (const name of ['sociale-kaart.db', '.payload-secret', 'demo-wachtwoord.txt']) {
      expect(octal(mode(path.join(data, name))), name).toBe('0600')
    }
  })

  it("SQLite's -wal and -shm files are owner-only too (SQLite gives them the database file's mode)", async () => {
    const file = path.join(data, 'sociale-kaart.db')
    const client = createClient({ url: `file:${file}` })
    try {
      await client.execute('PRAGMA journal_mode=WAL')
      await client.execute('CREATE TABLE IF NOT EXISTS proef (x INTEGER)')
      await client.execute('INSERT INTO proef VALUES (1)')
      for (const suffix of ['-wal', '-shm']) expect(octal(mode(file + suffix)), suffix).toBe('0600')
    } finally {
      client.close()
    }
  })

  it('an e-mail in the outbox is owner-only, in an owner-only folder', async () => {
    process.env.PROJECT_ROOT = dir
    const { emailAdapter, emailSettingsFromEnv } = await import('../../cms/email')
    const old = process.umask(0)
    try {
      for (const outboxDir of [path.join(data, 'outbox'), path.join(dir, 'eigen-outbox', 'post')]) {
        const settings = { ...emailSettingsFromEnv({ OUTBOX_DIR: outboxDir }), smtp: null }
        const sent = (await emailAdapter(settings)({} as any).sendEmail({
          to: 'iemand@example.org',
          subject: 'Wachtwoord opnieuw instellen',
          text: 'geheime link',
        })) as { file: string }
        expect(path.dirname(sent.file)).toBe(outboxDir)
        expect(octal(mode(outboxDir)), outboxDir).toBe('0700')
        expect(octal(mode(sent.file)), sent.file).toBe('0600')
      }
    } finally {
      process.umask(old)
    }
  })
})

const backupsDir = path.join(dir, 'uit')
const archive = path.join(backupsDir, 'kaart.tar.gz')

describe('npm run backup (umask 000)', () => {
  it('the archive is owner-only from its first byte (watched while it is written), also with --uit', async () => {
    // An existing folder that others may read: only the file's own mode protects it.
    fs.mkdirSync(backupsDir, { mode: 0o755 })
    fs.chmodSync(backupsDir, 0o755)
    const seen = new Map<string, Set<number>>()
    const look = () => {
      for (const name of fs.readdirSync(backupsDir)) {
        try {
          const m = mode(path.join(backupsDir, name))
          seen.set(name, (seen.get(name) ?? new Set()).add(m))
        } catch {
          // renamed meanwhile
        }
      }
    }
    const watcher = fs.watch(backupsDir, look)
    const child = spawn('sh', withUmask000(path.join('scripts', 'backup.ts'), ['--uit', archive]), {
      cwd: root,
      env: projectEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
    let running = true
    void exit.then(() => (running = false))
    while (running) {
      look()
      await new Promise((r) => setImmediate(r))
    }
    watcher.close()
    expect(await exit, stderr).toBe(0)
    expect(octal(mode(archive))).toBe('0600')
    // Every file ever seen in the folder (the part being written, then the archive) was 0600.
    expect(seen.size).toBeGreaterThan(0)
    for (const [name, modes] of seen) expect([...modes].map(octal), name).toEqual(['0600'])
  }, 480_000)

  it('without --uit: data/backups/ is owner-only and so is the archive', () => {
    const r = runScript(path.join('scripts', 'backup.ts'), [], projectEnv())
    expect(r.status, r.stderr).toBe(0)
    const made = r.stdout.match(/Back-up klaar: (\S+)/)?.[1]
    expect(made && path.dirname(made)).toBe(path.join(data, 'backups'))
    expect(octal(mode(path.join(data, 'backups')))).toBe('0700')
    expect(octal(mode(made!))).toBe('0600')
  }, 480_000)
})

describe('npm run restore refuses an archive it cannot trust, says why, and changes nothing', () => {
  const crafted = path.join(dir, 'gemaakt')
  let unpacked: string

  beforeAll(async () => {
    unpacked = path.join(crafted, 'echt')
    fs.mkdirSync(unpacked, { recursive: true })
    await tar.x({ file: archive, cwd: unpacked })
  })

  /** The real backup, changed by `change` in a copy, packed again (entries: what is in the copy, plus `extra`). */
  async function craft(name: string, change: (copy: string) => void, extra: string[] = [], options: Record<string, unknown> = {}) {
    const copy = path.join(crafted, name, 'map')
    fs.cpSync(unpacked, copy, { recursive: true })
    change(copy)
    // Not gzipped (restore reads both), so that an entry can be added by hand.
    const file = path.join(crafted, `${name}.tar`)
    await tar.c({ cwd: copy, portable: true, ...options, file } as Parameters<typeof tar.c>[0] & { file: string }, [
      ...fs.readdirSync(copy).sort(),
      ...extra,
    ])
    return file
  }

  /** How many users an (empty) target database holds after the attempt: none, or no database at all. */
  async function usersIn(target: string) {
    const file = path.join(target, 'doel.db')
    if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 0
    const client = createClient({ url: `file:${file}` })
    try {
      return Number((await client.execute('SELECT count(*) AS n FROM users')).rows[0]!.n)
    } catch {
      return 0
    } finally {
      client.close()
    }
  }

  async function restore(file: string) {
    const target = fs.mkdtempSync(path.join(dir, 'doel-'))
    const r = runScript(
      path.join('scripts', 'restore.ts'),
      [file],
      projectEnv({ PROJECT_ROOT: target, DATABASE_URI: `file:${path.join(target, 'doel.db')}`, PAYLOAD_SECRET: 'x'.repeat(32) }),
    )
    return { ...r, users: await usersIn(target), target }
  }

  const expectRefused = (r: Awaited<ReturnType<typeof restore>>, reason: RegExp) => {
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/Herstellen mislukt: Het archief is geweigerd: /)
    expect(r.stderr).toMatch(reason)
    expect(r.stderr).toContain('Er is niets veranderd.')
    expect(r.users).toBe(0)
  }

  it('an entry "../…" (outside the folder)', async () => {
    const file = await craft('omhoog', (copy) => fs.writeFileSync(path.join(copy, '..', 'kwaad.txt'), 'buiten de map'), ['../kwaad.txt'], {
      preservePaths: true,
    })
    const r = await restore(file)
    expectRefused(r, /"\.\.\/kwaad\.txt" wijst naar een plek buiten de map van de back-up/)
  }, 120_000)

  it('an absolute path', async () => {
    const outside = path.join(crafted, 'absoluut-doel.txt')
    fs.writeFileSync(outside, 'ergens op de schijf')
    const file = await craft('absoluut', () => undefined, [outside], { preservePaths: true })
    const r = await restore(file)
    expectRefused(r, new RegExp(`"${outside.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" wijst naar een plek buiten de map van de back-up`))
  }, 120_000)

  it('a symbolic link', async () => {
    const file = await craft('link', (copy) => {
      fs.mkdirSync(path.join(copy, 'uploads', 'media'), { recursive: true })
      fs.symlinkSync('/etc/passwd', path.join(copy, 'uploads', 'media', 'plaatje.png'))
    })
    const r = await restore(file)
    expectRefused(r, /"uploads\/media\/plaatje\.png" is een koppeling \(link\) naar "\/etc\/passwd"/)
  }, 120_000)

  it('a hard link', async () => {
    // The entry written by hand (node-tar's own packing of a hard link ends its stream twice).
    const file = await craft('harde-link', () => undefined)
    const link = new tar.Header({
      path: 'uploads/media/b.png',
      type: 'Link',
      linkpath: 'collections/users.json',
      size: 0,
      mode: 0o644,
      mtime: new Date(),
    })
    link.encode()
    let packed = fs.readFileSync(file)
    while (packed.length >= 512 && packed.subarray(-512).every((b) => b === 0)) packed = packed.subarray(0, -512)
    fs.writeFileSync(file, Buffer.concat([packed, link.block!, Buffer.alloc(1024)]))
    const r = await restore(file)
    expectRefused(r, /"uploads\/media\/b\.png" is een koppeling \(link\) naar "collections\/users\.json"/)
  }, 120_000)

  const changeUsers = (change: (users: any[]) => void) => (copy: string) => {
    const file = path.join(copy, 'collections', 'users.json')
    const users = JSON.parse(fs.readFileSync(file, 'utf8'))
    change(users)
    fs.writeFileSync(file, JSON.stringify(users))
  }

  it('a user with a rol that does not exist', async () => {
    const file = await craft(
      'superuser',
      changeUsers((users) => (users.find((u) => u.email === 'partner1@demo.local').rol = 'superuser')),
    )
    const r = await restore(file)
    expectRefused(
      r,
      /gebruiker partner1@demo\.local is niet te controleren: de rol "superuser" bestaat niet \(wel: beheerder, redacteur, partner, meldpunt\)/,
    )
  }, 120_000)

  it('a user without a password hash', async () => {
    const file = await craft(
      'zonder-hash',
      changeUsers((users) => delete users.find((u) => u.email === 'redacteur@demo.local').hash),
    )
    const r = await restore(file)
    expectRefused(r, /gebruiker redacteur@demo\.local is niet te controleren: de wachtwoord-hash ontbreekt/)
  }, 120_000)

  it('the real backup itself is accepted (the checks refuse only what is wrong)', async () => {
    const r = await restore(archive)
    expect(r.status, r.stderr).toBe(0)
    expect(r.users).toBe(5) // the demo accounts: beheerder, redacteur, partner1, partner2, meldpunt
  }, 240_000)
})
