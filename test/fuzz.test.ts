// Mutated bytes of valid files never crash the process or print a stack trace:
// every run ends in 0 (valid) or 1 (invalid data) with one of our messages.
// Deterministic (seeded) and bounded, so it runs in every `npm test`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runMain } from './helpers/in-process.js'
import { ROOT } from './helpers/run-cli.js'

const SEEDS = [
  'data/lup-sample.csv',
  'test/fixtures/lup-sample-nb-semicolon-nbsp-crlf-bom.csv',
  'test/fixtures/utf16le-bom-tab.csv',
  'test/fixtures/crlf-quoted-newlines.csv',
  'test/fixtures/win1252-semicolon-nb-headers.csv',
]
const ROUNDS_PER_SEED = 60
const INTERESTING = [0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x7c, 0x00, 0xff, 0xfe, 0xc3, 0xa0, 0x2d, 0x2e, 0x30, 0x39]

function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}

function mutate(bytes: Buffer, next: () => number): Buffer {
  let result = Buffer.from(bytes)
  const edits = 1 + Math.floor(next() * 8)
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * result.length)
    const kind = Math.floor(next() * 5)
    const byte = INTERESTING[Math.floor(next() * INTERESTING.length)] as number
    if (kind === 0) result[at] = byte
    else if (kind === 1) result = Buffer.concat([result.subarray(0, at), Buffer.from([byte]), result.subarray(at)])
    else if (kind === 2)
      result = Buffer.concat([result.subarray(0, at), result.subarray(at + 1 + Math.floor(next() * 40))])
    else if (kind === 3) result = result.subarray(0, at)
    else {
      const length = Math.floor(next() * 200)
      result = Buffer.concat([result.subarray(0, at), result.subarray(at, at + length), result.subarray(at)])
    }
  }
  return result
}

describe('fuzzing the reader with mutated files', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lup-fuzz-'))
  for (const seedFile of SEEDS) {
    it(`${seedFile}: ${ROUNDS_PER_SEED} mutants, no crash`, async () => {
      const original = readFileSync(join(ROOT, seedFile))
      const next = random(seedFile.length * 7919)
      for (let round = 0; round < ROUNDS_PER_SEED; round++) {
        const name = `mutant-${round}.csv`
        writeFileSync(join(directory, name), mutate(original, next))
        for (const args of [
          ['summarize', name, '--format', 'json'],
          ['validate', name, '--format', 'json'],
        ]) {
          const result = await runMain(args, { cwd: directory })
          const context = `${seedFile} round ${round} ${args[0]}: ${result.stderr.slice(0, 500)}`
          expect([0, 1], context).toContain(result.exitCode)
          expect(result.stderr, context).not.toMatch(/internal error|\n\s+at /)
          if (args[0] === 'validate' || result.exitCode === 0)
            expect(() => JSON.parse(result.stdout), context).not.toThrow()
          if (args[0] === 'summarize' && result.exitCode === 1) expect(result.stdout, context).toBe('')
        }
      }
    })
  }
})
