/**
 * `twython-emulator [--port 8787] [--host 127.0.0.1] [--seed seed.json]`: runs the emulator until
 * Ctrl-C (or SIGTERM) and prints its URL and a ready-made set of credentials.
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

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`twython-emulator: --port must be a port number, not ${values.port}`)
  process.exit(2)
}

const emu = await startEmulator({ port, host: values.host, ...(values.seed ? { seed: values.seed } : {}) })
console.log(`Twitter API v1.1 emulator listening on ${emu.url}`)
console.log('Credentials (OAuth 1.0a, signed in as @emu_dev); pass them with hosts to new Twython(...):')
console.log(JSON.stringify({ ...emu.credentials, hosts: emu.hosts }, null, 2))
console.log(`Approve a request token: POST ${emu.url}/_emulator/authorize with oauth_token=...`)
console.log('OAuth 2.0 clients (PKCE): confidential and public; pass one with hosts to new Twython(...):')
console.log(JSON.stringify({ confidential: emu.oauth2.confidentialClient, public: emu.oauth2.publicClient }, null, 2))
console.log(`Approve an OAuth 2.0 authorization URL: POST ${emu.url}/_emulator/oauth2/authorize with url=...`)
console.log('Press Ctrl-C to stop.')

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    void emu.close().then(() => process.exit(0))
  })
}
