import { defineConfig, type UserConfig } from 'tsdown'

const common: UserConfig = {
  entry: { index: 'src/index.ts', routes: 'src/generated/routes.ts' },
  platform: 'node',
  target: 'node20',
  // Declaration maps send go-to-definition to the shipped src/ instead of the bundled .d.ts.
  dts: { sourcemap: true },
  sourcemap: false,
}

export default defineConfig([
  { ...common, format: 'esm', clean: true },
  { ...common, format: 'cjs', clean: false },
  { entry: { cli: 'src/cli.ts' }, format: 'esm', platform: 'node', target: 'node20', clean: false, dts: false, banner: { js: '#!/usr/bin/env node' } },
])
