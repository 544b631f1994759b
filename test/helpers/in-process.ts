// Runs main() in this process with captured streams: fast enough for property and fuzz tests.
import { Readable, Writable } from 'node:stream'
import { main } from '../../src/cli.js'
import type { CliResult } from './run-cli.js'

function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
      callback()
    },
  })
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}

export async function runMain(
  args: readonly string[],
  options: { cwd: string; stdin?: Buffer; stdout?: Writable; env?: Record<string, string> },
): Promise<CliResult> {
  const stdout = collector()
  const stderr = collector()
  const exitCode = await main(args, {
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    stdout: options.stdout ?? stdout.stream,
    stderr: stderr.stream,
    cwd: options.cwd,
    env: options.env ?? {},
  })
  return { stdout: stdout.text(), stderr: stderr.text(), exitCode }
}
