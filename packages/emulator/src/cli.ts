/**
 * `twython-emulator --port 8787 [--host 127.0.0.1] [--seed seed.json]`: runs the emulator until Ctrl-C and
 * prints its URL and a ready-made set of credentials.
 */
import { parseArgs } from 'node:util'
import { startEmulator } from './index.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})

if (values.help) {
  console.log('usage: twython-emulator [--port 8787] [--host 127.0.0.1] [--seed seed.json]')
  process.exit(0)
}

const emu = await startEmulator({ port: Number(values.port), host: values.host, ...(values.seed ? { seed: values.seed } : {}) })
console.log(`Twitter API v1.1 emulator listening on ${emu.url}`)
console.log('Credentials (OAuth 1.0a user context, @emu_dev):')
console.log(JSON.stringify({ ...emu.credentials, hosts: emu.hosts }, null, 2))
console.log(`Approve a request token: POST ${emu.url}/_emulator/authorize  oauth_token=...`)

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    void emu.close().then(() => process.exit(0))
  })
}
