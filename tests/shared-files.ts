/**
 * The test files that read the shared demo CMS and the site built from it (tests/helpers/shared-site.ts) instead of
 * starting and building their own. Only files that change neither belong here. tests/global-setup.ts starts the
 * shared ones when one of these files runs; tests/sequencer.ts starts these files after the others.
 */
export const SHARED_SITE_FILES = ['tests/e2e/paper.test.ts', 'tests/e2e/search.test.ts', 'tests/e2e/site-a11y.test.ts', 'tests/site/build.test.ts']
