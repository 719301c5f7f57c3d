import { defineConfig } from 'vitest/config'
import BackgroundAwareSequencer from './tests/sequencer'

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
    // Files start in an order in which few wait for what the global setup prepares (see tests/sequencer.ts).
    sequence: { sequencer: BackgroundAwareSequencer },
  },
})
