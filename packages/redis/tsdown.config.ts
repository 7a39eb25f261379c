import { defineConfig, type UserConfig } from 'tsdown'

const common: UserConfig = {
  entry: ['src/index.ts'],
  platform: 'node',
  target: 'node20',
  dts: true,
  sourcemap: false,
}

export default defineConfig([
  { ...common, format: 'esm', clean: true },
  { ...common, format: 'cjs', clean: false },
])
