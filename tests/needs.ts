/**
 * What a test file needs from tests/global-setup.ts, which starts only what the files of a run need, in the
 * background, and tests/sequencer.ts, which orders the files so that few wait for it.
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * The files that read the shared demo CMS and the site built from it (tests/helpers/shared-site.ts) instead of
 * starting and building their own. Only files that change neither belong here.
 */
export const SHARED_SITE_FILES = [
  'tests/e2e/csp.test.ts',
  'tests/e2e/mijn-lijstje.test.ts',
  'tests/e2e/paper.test.ts',
  'tests/e2e/search.test.ts',
  'tests/e2e/site-a11y.test.ts',
  'tests/site/build.test.ts',
]

/**
 * 'shared-site': the shared CMS and site (SHARED_SITE_FILES); 'cms-server': a CMS of its own (startCmsServer), which
 * starts on a copy of a seeded template database; 'none': neither (unit tests, tests of Payload in-process).
 */
export type Need = 'shared-site' | 'cms-server' | 'none'

export function testNeeds(root: string, file: string): Need {
  if (SHARED_SITE_FILES.includes(path.relative(root, file).split(path.sep).join('/'))) return 'shared-site'
  return /\bstartCmsServer\(/.test(fs.readFileSync(file, 'utf8')) ? 'cms-server' : 'none'
}
