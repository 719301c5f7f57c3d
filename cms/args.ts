/**
 * Command-line arguments of our scripts (npm run backup, restore, seed, tweestaps:herstellen, bench) with Node's own
 * parser, util.parseArgs, and its errors in Dutch. Here in cms/ because the scripts in cms/ use it too and cms/ may
 * not import from scripts/.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'

export class ArgumentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArgumentError'
  }
}

/**
 * The options and positional arguments in `args`; an unknown option, an option without its value or more positional
 * arguments than `maxPositionals` throws an ArgumentError saying so, followed by `usage` ("Gebruik: npm run …").
 */
export function parseArguments<const O extends ParseArgsOptionsConfig>(
  usage: string,
  options: O,
  { args = process.argv.slice(2), maxPositionals = 0 }: { args?: string[]; maxPositionals?: number } = {},
) {
  const parse = () => parseArgs({ args, options, strict: true, allowPositionals: true })
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse()
  } catch (err) {
    const code = (err as { code?: string }).code
    // Node names the option in quotes: "Unknown option '--uitt'", "Option '-o, --uit <value>' argument missing".
    const quoted = /'([^']*)'/.exec((err as Error).message)?.[1] ?? ''
    const name = /--[^\s,<=]+/.exec(quoted)?.[0] ?? quoted.split(' ')[0]
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new ArgumentError(`Onbekende optie ${name}. ${usage}`)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new ArgumentError(`Na ${name} hoort een waarde. ${usage}`)
    throw new ArgumentError(`${(err as Error).message}. ${usage}`)
  }
  const extra = parsed.positionals.slice(maxPositionals)
  if (extra.length) throw new ArgumentError(`Onverwacht argument ${extra.map((a) => `"${a}"`).join(', ')}. ${usage}`)
  return parsed
}

/** parseArguments for a script: on an ArgumentError it prints the message and stops with exit code 2. */
export function scriptArguments<const O extends ParseArgsOptionsConfig>(usage: string, options: O, settings?: { maxPositionals?: number }) {
  try {
    return parseArguments(usage, options, settings)
  } catch (err) {
    if (!(err instanceof ArgumentError)) throw err
    console.error(err.message)
    process.exit(2)
  }
}
