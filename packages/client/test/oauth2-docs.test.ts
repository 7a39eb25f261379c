import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { currentBlock, DOC, scopesTable } from './oauth2-scopes-table.js'

it('docs/oauth2.md lists, per scope, exactly the v2 methods the generated routes say need it', () => {
  const block = currentBlock(readFileSync(DOC, 'utf8'))
  expect(block, 'docs/oauth2.md lost its scopes-table markers').toBeDefined()
  // On a mismatch: node --conditions source --import tsx packages/client/test/oauth2-scopes-table.ts --write
  expect(block).toBe(scopesTable())
})
