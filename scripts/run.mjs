#!/usr/bin/env node
// The one entry behind `npm test`, `npm run demo`, `npm run generate`, `npm run build` and `npm run bench`.
// A fresh clone has only Node and npm: corepack cannot download pnpm here, so this script installs the
// pinned pnpm into .tools/ (git-ignored) with npm, puts it on PATH for turbo, installs the workspace and
// then runs the task graph.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, delimiter, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1]
const toolsBin = join(root, '.tools', 'node_modules', '.bin')
const env = {
  ...process.env,
  PATH: [toolsBin, join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
}

function run(cmd, args, options = {}) {
  console.log(`\n> ${cmd} ${args.join(' ')}`)
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', ...options })
  if (result.error) throw result.error
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function ensurePnpm() {
  const bin = join(toolsBin, process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm')
  if (existsSync(bin)) {
    const v = spawnSync(bin, ['--version'], { env, encoding: 'utf8' }).stdout?.trim()
    if (v === pnpmVersion) return
  }
  run('npm', ['install', '--prefix', join(root, '.tools'), '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pnpmVersion}`])
}

function install() {
  ensurePnpm()
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : []
  run('pnpm', ['install', ...frozen, '--reporter=append-only'])
}

const task = process.argv[2]
const rest = process.argv.slice(3)
switch (task) {
  case 'test':
    install()
    // Reports of this run only: turbo restores the reports of cached test tasks.
    rmSync(join(root, '.test-results'), { recursive: true, force: true })
    run('pnpm', ['turbo', 'run', 'generate:check', 'build', 'typecheck', 'test', '--output-logs=new-only', ...rest])
    run('node', ['scripts/test-summary.mjs'])
    break
  case 'demo':
    install()
    run('pnpm', ['turbo', 'run', 'generate:check', 'build', '--output-logs=errors-only'])
    run('pnpm', ['exec', 'tsx', 'scripts/demo.ts', ...rest])
    break
  case 'emulator':
    // npm run emulator -- --port 8787 [--seed seed.json]
    install()
    run('pnpm', ['turbo', 'run', 'build', '--filter=@twython/emulator', '--output-logs=errors-only'])
    run('node', ['packages/emulator/dist/cli.mjs', ...rest])
    break
  case 'generate':
    install()
    run('pnpm', ['--filter', '@twython/generator', 'run', 'generate', ...rest])
    break
  case 'build':
    install()
    run('pnpm', ['turbo', 'run', 'build', ...rest])
    break
  case 'spec:drift':
  case 'spec:import': {
    // npm run spec:drift -- <X OpenAPI document>: the path is taken relative to where npm was run.
    install()
    const script = task === 'spec:drift' ? 'src/v2/drift-cli.ts' : 'src/v2/import.ts'
    const args = rest.map((a) => (a.startsWith('-') ? a : resolve(process.env.INIT_CWD ?? process.cwd(), a)))
    const result = spawnSync('pnpm', ['--filter', '@twython/generator', 'exec', 'tsx', script, ...args], { cwd: root, env, stdio: 'inherit' })
    process.exit(result.status ?? 1)
  }
  case 'bench':
    install()
    run('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only'])
    run('pnpm', ['--filter', '@twython/bench', 'run', 'bench', ...rest])
    break
  default:
    console.error('usage: node scripts/run.mjs <test|demo|emulator|generate|build|bench|spec:drift|spec:import> [args]')
    process.exit(2)
}
