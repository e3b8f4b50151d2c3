import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // fakeBrowser has no i18n: this answers getMessage from locales/en.yml (tests/support/i18n.ts).
          setupFiles: ['tests/support/i18n-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          // Firefox takes 5-20 s to start (one browser per file) and BiDi steps are slower than CDP's.
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // Vitest runs every file of the projects without file parallelism one at a time, after the
          // rest: Firefox never runs beside Chromium (two browsers on two cores time out).
          fileParallelism: false,
        },
      },
    ],
  },
});
