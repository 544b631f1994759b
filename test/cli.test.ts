// The one exit point: how errors become exit codes and messages (src/cli.ts).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runMain } from './helpers/in-process.js'

const failingStdout = (code: string): Writable =>
  new Writable({
    write(_chunk, _encoding, callback) {
      callback(Object.assign(new Error(`write ${code}`), { code }))
    },
  })

describe('unexpected failures', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lup-cli-'))
  writeFileSync(join(directory, 'a.csv'), 'project_id,year,partner,jobs\nP1,2016,A,1\n')

  it('print "internal error" with a hint to rerun with --debug, and no stack', async () => {
    const result = await runMain(['summarize', 'a.csv'], { cwd: directory, stdout: failingStdout('EIO') })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe(
      'internal error: write EIO\nThis is a bug in lup-impact. Rerun with --debug to see where it happened, and report it.\n',
    )
  })

  it('show the stack under --debug', async () => {
    const result = await runMain(['summarize', 'a.csv', '--debug'], { cwd: directory, stdout: failingStdout('EIO') })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/^internal error: write EIO\n.*\nError: write EIO\n\s+at /s)
  })

  it('a reader that went away (EPIPE) ends the run quietly with 0', async () => {
    const result = await runMain(['summarize', 'a.csv'], { cwd: directory, stdout: failingStdout('EPIPE') })
    expect(result).toEqual({ stdout: '', stderr: '', exitCode: 0 })
  })
})
