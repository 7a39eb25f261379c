/**
 * The package as users get it: `scripts/package-check.mjs` packs @twython/runtime, @twython/client,
 * @twython/emulator and @twython/redis,
 * runs publint and @arethetypeswrong/cli on the tarballs, installs them into a scratch project with npm,
 * imports them as ESM and as CommonJS, and type-checks a consumer under NodeNext and Bundler resolution.
 */
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

it('packs, installs, imports as ESM and CJS, and type-checks a consumer', () => {
  let output: string
  try {
    output = execFileSync(process.execPath, [join(root, 'scripts', 'package-check.mjs')], { cwd: root, encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`
  }
  expect(output).toContain('package check passed')
  expect(output).not.toContain('FAILED')
}, 300_000)
