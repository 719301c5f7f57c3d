/** Command-line arguments (cms/args.ts, node:util parseArgs) with Dutch errors, and a real script refusing a typo. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArgumentError, parseArguments } from '../../cms/args'

const USAGE = 'Gebruik: npm run backup [-- --uit pad]'
const options = { uit: { type: 'string', short: 'o' }, 'if-empty': { type: 'boolean' } } as const

describe('parseArguments', () => {
  it('reads options in every usual spelling', () => {
    expect(parseArguments(USAGE, options, { args: ['--uit', 'a.tar.gz'] }).values.uit).toBe('a.tar.gz')
    expect(parseArguments(USAGE, options, { args: ['--uit=b.tar.gz'] }).values.uit).toBe('b.tar.gz')
    expect(parseArguments(USAGE, options, { args: ['-o', 'c.tar.gz'] }).values.uit).toBe('c.tar.gz')
    expect(parseArguments(USAGE, options, { args: ['--if-empty'] }).values['if-empty']).toBe(true)
    expect(parseArguments(USAGE, options, { args: ['x.tar.gz'], maxPositionals: 1 }).positionals).toEqual(['x.tar.gz'])
  })

  it('refuses in Dutch what it does not know, with the usage', () => {
    const fails = (args: string[], maxPositionals = 0) => {
      try {
        parseArguments(USAGE, options, { args, maxPositionals })
      } catch (err) {
        expect(err).toBeInstanceOf(ArgumentError)
        return (err as Error).message
      }
      throw new Error(`geen fout voor ${args.join(' ')}`)
    }
    expect(fails(['--uitt', 'a'])).toBe(`Onbekende optie --uitt. ${USAGE}`)
    expect(fails(['--uit'])).toBe(`Na --uit hoort een waarde. ${USAGE}`)
    expect(fails(['a', 'b'], 1)).toBe(`Onverwacht argument "b". ${USAGE}`)
  })
})

describe('a script with a mistyped option', () => {
  it('npm run restore stops before doing anything, naming the option', () => {
    const root = process.cwd()
    const res = spawnSync(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join('scripts', 'restore.ts'), 'bestaat-niet.tar.gz', '--droog'],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_OPTIONS: '--conditions=development',
          DISABLE_PAYLOAD_HMR: 'true',
          DATABASE_URI: 'file:/nonexistent/x.db',
        },
        encoding: 'utf8',
        timeout: 150_000,
      },
    )
    expect(res.stderr).toContain('Onbekende optie --droog. Gebruik: npm run restore -- data/backups/')
    expect(res.status).toBe(2)
  }, 160_000)
})
