// The CLI as bin/lup-impact.js loads it: the bundle with its code cache (built by `npm run build`).
import { readFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { CODE_CACHE, compileBundle } from '../dist/load-cli.js'

function collect(): { stream: Writable; text: () => string } {
  let text = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk)
      done()
    },
  })
  return { stream, text: () => text }
}

async function version(cachedData?: Buffer): Promise<{ rejected: boolean; stdout: string }> {
  const { script, cli } = compileBundle(cachedData)
  const stdout = collect()
  const code = await cli.main(['--version'], { stdin: process.stdin, stdout: stdout.stream, stderr: collect().stream, cwd: process.cwd(), env: {} })
  expect(code).toBe(0)
  return { rejected: script.cachedDataRejected === true, stdout: stdout.text() }
}

describe('the bundled CLI', () => {
  const { version: packageVersion } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }

  it('is compiled from the code cache made at build time (else start-up is slow again)', async () => {
    const run = await version(readFileSync(CODE_CACHE))
    expect(run.rejected).toBe(false)
    expect(run.stdout.trim()).toBe(packageVersion)
  })

  it('still runs when V8 rejects the cache (another Node version)', async () => {
    const run = await version(Buffer.from('not a code cache'))
    expect(run.rejected).toBe(true)
    expect(run.stdout.trim()).toBe(packageVersion)
  })
})
