import path from 'node:path'

/**
 * The repository root: where data/ lives. npm scripts run there; PROJECT_ROOT overrides it
 * (for tools started from another folder).
 */
export function projectRoot(): string {
  return path.resolve(process.env.PROJECT_ROOT ?? process.cwd())
}

export const dataDir = () => path.join(projectRoot(), 'data')
