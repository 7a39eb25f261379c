#!/usr/bin/env node
// Adds up the JSON reports that every package's vitest run writes to .test-results/ and prints one
// plain closing line ("tests: N passed, N failed, N skipped") for CI, which reads that line.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '.test-results')
let passed = 0
let failed = 0
let skipped = 0
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []
for (const file of files.sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  console.log(`  ${file.replace(/\.json$/, '').padEnd(22)} ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`)
}
if (files.length === 0) {
  console.log('no test report found in .test-results/')
  process.exit(1)
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
