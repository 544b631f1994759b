// For `npm run mutate` only (vitest.mutate.config.ts; not part of npm test): the golden cases of
// test/cases/, run in this process through main() instead of as a child process, so that StrykerJS's
// mutants in src/ are what runs. It reads the goldens and never writes them (cases.test.ts does).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli.js'
import { ROOT, splitCommandLine } from '../helpers/run-cli.js'

const CASES = join(ROOT, 'test', 'cases')

function caseDirectories(directory = CASES, found: string[] = []): string[] {
  if (existsSync(join(directory, 'cmd'))) found.push(directory)
  for (const entry of readdirSync(directory).sort()) {
    const path = join(directory, entry)
    if (statSync(path).isDirectory()) caseDirectories(path, found)
  }
  return found
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
      done()
    },
  })
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}

const golden = (directory: string, name: string): string => readFileSync(join(directory, name), 'utf8')

describe('golden CLI cases, in process', () => {
  for (const directory of caseDirectories()) {
    it(directory.slice(CASES.length + 1), async () => {
      const args = splitCommandLine(golden(directory, 'cmd').trim())
      const outputs = existsSync(join(directory, 'outputs'))
        ? golden(directory, 'outputs').split('\n').filter(Boolean)
        : []
      const env = existsSync(join(directory, 'env'))
        ? Object.fromEntries(
            golden(directory, 'env')
              .split('\n')
              .filter(line => line.includes('='))
              .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
          )
        : {}
      // Every case runs in a scratch folder: a copy of its inputs, or links to the root's data.
      const cwd = mkdtempSync(join(tmpdir(), 'lup-mutate-'))
      const fromRoot = existsSync(join(directory, 'root'))
      const source = fromRoot ? ROOT : directory
      for (const entry of fromRoot ? ['data', 'seeds', 'test'] : readdirSync(directory))
        symlinkSync(join(source, entry), join(cwd, entry))
      const stdout = collector()
      const stderr = collector()
      const stdin = existsSync(join(directory, 'stdin')) ? [readFileSync(join(directory, 'stdin'))] : []
      try {
        const exitCode = await main(args, {
          stdin: Readable.from(stdin),
          stdout: stdout.stream,
          stderr: stderr.stream,
          cwd,
          env: { LANG: 'C.UTF-8', NO_COLOR: '1', ...env },
        })
        expect(stdout.text()).toBe(golden(directory, 'stdout'))
        expect(stderr.text()).toBe(golden(directory, 'stderr'))
        expect(`${exitCode}\n`).toBe(golden(directory, 'exit'))
        for (const output of outputs) {
          const path = join(cwd, output)
          const written = existsSync(path) ? readFileSync(path, 'utf8') : '(not written)\n'
          expect(written).toBe(golden(directory, `written-${output}`))
        }
      } finally {
        rmSync(cwd, { recursive: true, force: true })
      }
    })
  }
})
