import { defineConfig } from 'vitest/config'

/**
 * The vitest settings every package shares: tests under test/, workspace packages resolved to their
 * sources (the `source` export condition), and a JSON report per package in .test-results/ that
 * scripts/test-summary.mjs adds up into the one closing line CI reads.
 */
export function packageConfig(name: string, testTimeout = 20_000) {
  return defineConfig({
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source'] } },
    test: {
      include: ['test/**/*.test.ts'],
      testTimeout,
      reporters: ['default', 'json'],
      outputFile: { json: `../../.test-results/${name}.json` },
    },
  })
}
