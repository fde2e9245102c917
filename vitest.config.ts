/**
 * Test runner configuration, as two projects run one after the other: the unit tests under
 * test/unit, then the end-to-end tests under test/e2e. The end-to-end group starts only when the
 * unit tests are done, so Chromium is not fighting the PDF and LibreOffice tests for two cores,
 * and its global setup builds the renderer once before any browser starts.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          // A real browser on a loaded two-core machine: generous, since a slow step is not a bug here.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
