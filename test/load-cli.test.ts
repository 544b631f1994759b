// The CLI as bin/lup-impact.js loads it: the bundle with its code cache (built by `npm run build`).
import { readFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { BUNDLE, CODE_CACHE, cacheFor, compileBundle, loadCli } from '../dist/load-cli.js'

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

const { version: packageVersion } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

async function version(cli: { main: (argv: readonly string[], io: never) => Promise<number> }): Promise<string> {
  const stdout = collect()
  const io = { stdin: process.stdin, stdout: stdout.stream, stderr: collect().stream, cwd: process.cwd(), env: {} }
  expect(await cli.main(['--version'], io as never)).toBe(0)
  return stdout.text().trim()
}

describe('loading the CLI', () => {
  it('takes the bundle with the code cache made for it at build time (else start-up is slow again)', async () => {
    const { cli, from } = await loadCli([])
    expect(from).toBe('cache')
    expect(await version(cli)).toBe(packageVersion)
  })

  it('takes the modules under --debug, so that stack traces name the real files', async () => {
    const { cli, from } = await loadCli(['summarize', '--debug'])
    expect(from).toBe('modules')
    expect(await version(cli)).toBe(packageVersion)
  })

  it('uses a cache only with the bundle it was made for (V8 checks just the length)', () => {
    const bundle = readFileSync(BUNDLE)
    expect(cacheFor(bundle)?.equals(readFileSync(CODE_CACHE))).toBe(true)
    const sameLength = Buffer.from(bundle)
    sameLength[sameLength.length - 2] = sameLength[sameLength.length - 2] === 0x20 ? 0x0a : 0x20
    expect(cacheFor(sameLength)).toBeUndefined()
  })

  it('still runs when V8 rejects the cache (another Node version)', async () => {
    const { script, cli } = compileBundle(Buffer.from('not a code cache'))
    expect(script.cachedDataRejected).toBe(true)
    expect(await version(cli)).toBe(packageVersion)
  })
})
