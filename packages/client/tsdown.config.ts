import { readdirSync } from 'node:fs'
import { defineConfig } from 'tsdown'

// One entry per generated family module, so `@twython/client/<family>` bundles only that family.
const families = readdirSync('src/generated')
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'twython-endpoints.ts', 'twython-names.ts'].includes(f))
  .map((f) => f.slice(0, -3))

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    'file-token-store': 'src/file-token-store.ts',
    ...Object.fromEntries(families.map((f) => [f, `src/generated/${f}.ts`])),
  },
  format: ['esm', 'cjs'],
  platform: 'node',
  target: 'node20',
  dts: true,
  clean: true,
  sourcemap: false,
})
