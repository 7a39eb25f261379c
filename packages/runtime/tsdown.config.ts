import { defineConfig, type UserConfig } from 'tsdown'

const common: UserConfig = {
  // Every source module becomes its own dist module (`unbundle`), so an import loads, and a bundler keeps,
  // only the modules it reaches: the core call path never pulls in streaming, upload, HTML or the OAuth flows.
  entry: ['src/**/*.ts', '!src/**/*.d.ts'],
  unbundle: true,
  platform: 'node',
  target: 'node20',
  // `#crypto`, `#fetch` and `#files` are picked per runtime by package.json `imports` conditions at the
  // user's import (node vs default); resolving them here would freeze one choice into dist.
  external: [/^#/],
  // Declaration maps send go-to-definition to the shipped src/ instead of the bundled .d.ts.
  dts: { sourcemap: true },
  sourcemap: false,
}

export default defineConfig([
  { ...common, format: 'esm', clean: true },
  // ky is ESM-only: the CommonJS build carries its own copy instead of require()-ing it, which
  // Node 20 cannot do reliably.
  // Its modules are written under dist/vendor/ (npm pack leaves out any folder named node_modules).
  {
    ...common,
    format: 'cjs',
    clean: false,
    noExternal: ['ky'],
    outputOptions: { entryFileNames: (chunk) => `${chunk.name.replace(/^.*node_modules\/(?!.*node_modules\/)/, 'vendor/')}.${chunk.name.endsWith('.d') ? 'cts' : 'cjs'}` },
  },
])
