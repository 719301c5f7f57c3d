import { defineConfig } from 'vitest/config'
import SharedSiteLastSequencer from './tests/sequencer'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Each test file gets its own process (and its own database): Payload keeps global state per process.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { DISABLE_PAYLOAD_HMR: 'true', NODE_ENV: 'test' },
    // The files that read the shared demo CMS and site start after others (see tests/sequencer.ts).
    sequence: { sequencer: SharedSiteLastSequencer },
  },
})
