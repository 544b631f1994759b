// Runs the real, built CLI (node bin/lup-impact.js) the way a user's shell would.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BIN = fileURLToPath(new URL('../../bin/lup-impact.js', import.meta.url))

export interface CliResult {
  stdout: string
  stderr: string
  exitCode: number | null
}

export interface RunOptions {
  cwd?: string
  stdin?: string | Buffer
  env?: Record<string, string>
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      // A clean, predictable environment: no colour, English, no CI hints.
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1', ...options.env },
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', exitCode =>
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        exitCode,
      }),
    )
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.stdin ?? '')
  })
}

/** Splits a `cmd` line the way a POSIX shell would for simple quoting ('…', "…", \x). */
export function splitCommandLine(line: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let quote: '"' | "'" | null = null
  for (let position = 0; position < line.length; position++) {
    const char = line[position] as string
    if (quote !== null) {
      if (char === quote) quote = null
      else if (char === '\\' && quote === '"' && position + 1 < line.length) word += line[++position]
      else word += char
    } else if (char === '"' || char === "'") {
      quote = char
      inWord = true
    } else if (char === '\\' && position + 1 < line.length) {
      word += line[++position]
      inWord = true
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += char
      inWord = true
    }
  }
  if (quote !== null) throw new Error(`unterminated quote in: ${line}`)
  if (inWord) words.push(word)
  return words
}

/**
 * What summarize, report and check say on stderr about data/lup-sample.csv: six of its synthetic
 * projects report about the same jobs in three or more years running, which reads like jobs held.
 */
export const SAMPLE_JOBS_NOTE =
  'note: 6 projects report about the same jobs in three or more consecutive years ("LUP-2010-01" in 2013–2016: 7, 7, 6, 7; "LUP-2010-02" in 2010–2012: 4, 4, 3; "LUP-2011-01" in 2011–2013: 2, 2.5, 2; and 3 more): if the jobs column gives the jobs held each year rather than new jobs created, pass --jobs held (held jobs summed over the years are person-years, not jobs)\n'
