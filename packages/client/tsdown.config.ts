import { readdirSync } from 'node:fs'
import { defineConfig } from 'tsdown'

// One entry per generated family module, so `@twython/client/<family>` bundles only that family.
const families = readdirSync('src/generated')
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'twython-endpoints.ts', 'twython-names.ts'].includes(f))
  .map((f) => f.slice(0, -3))
// The same for X API v2: `@twython/client/v2/<family>`, and `@twython/client/v2` for all of them.
const v2Families = readdirSync('src/generated/v2')
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'twython-v2.ts', 'parameters.ts'].includes(f))
  .map((f) => f.slice(0, -3))

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    'full-core': 'src/full-core.ts',
    'file-token-store': 'src/file-token-store.ts',
    ...Object.fromEntries(families.map((f) => [f, `src/generated/${f}.ts`])),
    'v2/index': 'src/generated/v2/index.ts',
    ...Object.fromEntries(v2Families.map((f) => [`v2/${f}`, `src/generated/v2/${f}.ts`])),
  },
  format: ['esm', 'cjs'],
  platform: 'node',
  target: 'node20',
  // Declaration maps send go-to-definition to the shipped src/ instead of the bundled .d.ts.
  dts: { sourcemap: true },
  clean: true,
  sourcemap: false,
})
