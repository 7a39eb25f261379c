import { defineConfig, type UserConfig } from 'tsdown'

const common: UserConfig = {
  entry: ['src/index.ts'],
  platform: 'node',
  target: 'node20',
  // Declaration maps send go-to-definition to the shipped src/ instead of the bundled .d.ts.
  dts: { sourcemap: true },
  sourcemap: false,
}

export default defineConfig([
  { ...common, format: 'esm', clean: true },
  // ky is ESM-only: the CommonJS build carries its own copy instead of require()-ing it, which
  // Node 20 cannot do reliably.
  { ...common, format: 'cjs', clean: false, noExternal: ['ky'] },
])
