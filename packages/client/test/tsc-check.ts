/**
 * Type-checks generated TypeScript lines with the workspace's `tsc` in a scratch folder under `test/`, so
 * they resolve `../src` as a consumer would: returns tsc's error output ('' when they compile).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export function typeCheck(dir: string, lines: readonly string[]): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'check.ts'), `${lines.join('\n')}\n`)
  const base = relative(dir, join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'tsconfig.base.json'))
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: base, compilerOptions: { noEmit: true, resolveJsonModule: true, types: ['node'] }, files: ['check.ts'] }))
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  let output = ''
  try {
    execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error)
  }
  rmSync(dir, { recursive: true, force: true })
  return output
}
