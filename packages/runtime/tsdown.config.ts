import { readdirSync } from 'node:fs'
import { defineConfig, type UserConfig } from 'tsdown'

// The platform switches: `#crypto`, `#fetch`, ... resolve per runtime (package.json `imports`, `node` vs
// `default`) to one of these, so each is an entry of its own.
const platform = readdirSync('src/platform').filter((f) => /\.(node|web)\.ts$/.test(f)).map((f) => f.slice(0, -3))

const common: UserConfig = {
  // One entry per public subpath, and shared chunks between them: `@twython/runtime/core` loads (and a
  // bundler keeps) only the modules the core call path reaches, never streaming, upload, HTML, cursors or
  // the OAuth 1.0a flow, and Node loads a handful of files instead of one per source module.
  entry: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    'base-core': 'src/base-core.ts',
    errors: 'src/errors.ts',
    oauth1: 'src/oauth1.ts',
    'v2/stream': 'src/v2/stream.ts',
    'v1/call': 'src/v1/call.ts',
    'v2/call': 'src/v2/call.ts',
    multipart: 'src/multipart.ts',
    'file-token-store': 'src/file-token-store.ts',
    ...Object.fromEntries(platform.map((f) => [`platform/${f}`, `src/platform/${f}.ts`])),
  },
  platform: 'node',
  target: 'node20',
  // `#crypto`, `#fetch`, ... are picked per runtime at the user's import; resolving them here would freeze
  // one choice into dist.
  external: [/^#/],
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
