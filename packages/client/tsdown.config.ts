import { readdirSync } from 'node:fs'
import { defineConfig, type UserConfig } from 'tsdown'

// One entry per generated family module, so `@twython/client/<family>` bundles only that family.
const families = readdirSync('src/generated')
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'twython-endpoints.ts', 'twython-names.ts'].includes(f))
  .map((f) => f.slice(0, -3))
// The same for X API v2: `@twython/client/v2/<family>`, and `@twython/client/v2` for all of them.
const v2Families = readdirSync('src/generated/v2')
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'twython-v2.ts', 'parameters.ts', 'types.ts'].includes(f))
  .map((f) => f.slice(0, -3))

const shared: UserConfig = {
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    'full-core': 'src/full-core.ts',
    'file-token-store': 'src/file-token-store.ts',
    ...Object.fromEntries(families.map((f) => [f, `src/generated/${f}.ts`])),
    'v2/index': 'src/generated/v2/index.ts',
    ...Object.fromEntries(v2Families.map((f) => [`v2/${f}`, `src/generated/v2/${f}.ts`])),
  },
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: false,
}

export default defineConfig([
  // The ES module build ships tsc's own declarations (tsconfig.types.json -> dist/types/): one file per source
  // module, `export *` and `import type` kept as written. Bundled declarations list every re-exported name
  // (twice, renamed) in every chunk, and a consumer's tsc parses and binds all of it: the unbundled tree
  // costs a consumer's `tsc` about 7,000 identifiers less (see docs/benchmarks.md, type-check).
  { ...shared, format: 'esm', dts: false },
  // CommonJS needs CommonJS-flavoured declarations (.d.cts); they stay bundled. Declaration maps send
  // go-to-definition to the shipped src/ instead of the bundled .d.cts.
  { ...shared, format: 'cjs', dts: { sourcemap: true } },
])
