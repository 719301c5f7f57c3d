import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDatabase, DEFAULT_SQLITE_FILE } from '../../cms/database'
import { isDemoMode } from '../../cms/demo'

describe('database selection (DATABASE_URI)', () => {
  it('uses the embedded SQLite file under data/ when nothing is set', () => {
    for (const v of [undefined, '', '  ']) {
      const c = chooseDatabase(v, '/srv/kaart/data')
      expect(c).toEqual({
        kind: 'sqlite',
        url: `file:${path.join('/srv/kaart/data', DEFAULT_SQLITE_FILE)}`,
        file: path.join('/srv/kaart/data', DEFAULT_SQLITE_FILE),
      })
    }
  })
  it('selects MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(chooseDatabase('mongodb://db.internal:27017/kaart')).toEqual({ kind: 'mongodb', url: 'mongodb://db.internal:27017/kaart' })
    expect(chooseDatabase('mongodb+srv://u:p@cluster.example/kaart').kind).toBe('mongodb')
    expect(chooseDatabase('MONGODB://host/db').kind).toBe('mongodb')
  })
  it('selects SQLite for file: URIs and libSQL servers', () => {
    expect(chooseDatabase('file:/tmp/x.db')).toMatchObject({ kind: 'sqlite', url: 'file:/tmp/x.db', file: '/tmp/x.db' })
    expect(chooseDatabase('file:./data/a.db')).toMatchObject({ kind: 'sqlite', file: './data/a.db' })
    expect(chooseDatabase('libsql://kaart.example')).toMatchObject({ kind: 'sqlite', file: null })
  })
  it('refuses anything else with a Dutch message, without echoing a password', () => {
    expect(() => chooseDatabase('postgres://user:geheim@host/db')).toThrow(/wordt niet ondersteund/)
    expect(() => chooseDatabase('postgres://user:geheim@host/db')).not.toThrow(/geheim/)
    expect(() => chooseDatabase('data/kaart.db')).toThrow(/DATABASE_URI/)
  })
})

describe('demo mode', () => {
  it('is on for the embedded database and off for a configured one, unless DEMO_MODE says otherwise', () => {
    expect(isDemoMode({})).toBe(true)
    expect(isDemoMode({ DATABASE_URI: 'mongodb://h/db' })).toBe(false)
    expect(isDemoMode({ DATABASE_URI: 'mongodb://h/db', DEMO_MODE: 'true' })).toBe(true)
    expect(isDemoMode({ DEMO_MODE: 'false' })).toBe(false)
    expect(() => isDemoMode({ DEMO_MODE: 'misschien' })).toThrow(/DEMO_MODE/)
  })
})
