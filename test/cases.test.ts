// Golden CLI cases, in the manner of Miller's test/cases: each folder under
// test/cases/<command>/<what-it-shows>/ holds
//   cmd     the arguments, one line, shell-quoted (paths relative to the folder)
//   stdin   optional, piped to the CLI
//   root    optional, empty: run from the repository root instead (for data/ and seeds/); a case
//           that also has `outputs` runs in a scratch folder that links the root's data/, seeds/
//           and test/, so that what it writes never lands in the repository
//   env     optional, KEY=VALUE lines added to the environment (such as SOURCE_DATE_EPOCH)
//   outputs optional, files the command writes (one per line, relative to where it runs, and
//           may be in a subfolder: `out/report.md`); each is compared with `written-<name>`
//           (`written-out/report.md`). Anything else the run leaves behind is removed.
//   stdout, stderr, exit   the expected results
// Each case runs main() in this process, with the environment a spawned CLI gets (runCli); a few
// (SPAWNED) also run the built CLI, bin/lup-impact.js, in a child process, to the same goldens.
// Update with `npx vitest run test/cases.test.ts -u` and review with `git diff`.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runMain } from './helpers/in-process.js'
import { type CliResult, ROOT, runCli, splitCommandLine } from './helpers/run-cli.js'

const CASES = join(ROOT, 'test', 'cases')

/** Cases that also run the built CLI in a child process: the bin shim, the bundle, exit codes, stdin. */
const SPAWNED = new Set([
  'summarize/stdin-dash',
  'usage/missing-file',
  'nb/help-summarize',
  'report/sample-nb-source-date-epoch',
])

/** What runCli gives a child process (a clean environment, no colour, English), in this process. */
function runInProcess(args: string[], options: { cwd: string; stdin?: Buffer; env?: Record<string, string> }) {
  return runMain(args, {
    cwd: options.cwd,
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1', ...options.env },
  })
}

function caseDirectories(): string[] {
  const found: string[] = []
  const walk = (directory: string): void => {
    if (existsSync(join(directory, 'cmd'))) found.push(directory)
    for (const entry of readdirSync(directory).sort()) {
      const path = join(directory, entry)
      if (statSync(path).isDirectory()) walk(path)
    }
  }
  walk(CASES)
  return found
}

/** A scratch folder that looks like the repository root to a command that reads data/ or seeds/. */
function rootSandbox(): string {
  const sandbox = mkdtempSync(join(tmpdir(), 'lup-case-'))
  for (const entry of ['data', 'seeds', 'test']) symlinkSync(join(ROOT, entry), join(sandbox, entry), 'dir')
  return sandbox
}

function readEnv(path: string): Record<string, string> {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter(line => line.includes('='))
  return Object.fromEntries(lines.map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]))
}

describe('golden CLI cases', () => {
  const directories = caseDirectories()
  it('has cases', () => expect(directories.length).toBeGreaterThan(10))
  it('spawns the built CLI for every case in SPAWNED', () =>
    expect([...SPAWNED].filter(name => !directories.includes(join(CASES, name)))).toEqual([]))
  for (const directory of directories) {
    const name = directory.slice(CASES.length + 1)
    type Run = (args: string[], options: Parameters<typeof runInProcess>[1]) => Promise<CliResult>
    const runs: [string, Run][] = [[name, runInProcess]]
    if (SPAWNED.has(name)) runs.push([`${name} (spawned)`, runCli])
    for (const [title, run] of runs)
      it(title, async () => {
        const args = splitCommandLine(readFileSync(join(directory, 'cmd'), 'utf8').trim())
        const stdinPath = join(directory, 'stdin')
        const envPath = join(directory, 'env')
        const outputs = existsSync(join(directory, 'outputs'))
          ? readFileSync(join(directory, 'outputs'), 'utf8').split('\n').filter(Boolean)
          : []
        const fromRoot = existsSync(join(directory, 'root'))
        const sandbox = fromRoot && outputs.length > 0 ? rootSandbox() : null
        const cwd = sandbox ?? (fromRoot ? ROOT : directory)
        const before = new Set(readdirSync(cwd))
        try {
          const result = await run(args, {
            cwd,
            ...(existsSync(stdinPath) ? { stdin: readFileSync(stdinPath) } : {}),
            ...(existsSync(envPath) ? { env: readEnv(envPath) } : {}),
          })
          await expect(result.stdout).toMatchFileSnapshot(join(directory, 'stdout'))
          await expect(result.stderr).toMatchFileSnapshot(join(directory, 'stderr'))
          await expect(`${result.exitCode}\n`).toMatchFileSnapshot(join(directory, 'exit'))
          for (const output of outputs) {
            const path = join(cwd, output)
            const written = existsSync(path) ? readFileSync(path, 'utf8') : '(not written)\n'
            await expect(written).toMatchFileSnapshot(join(directory, `written-${output}`))
          }
        } finally {
          if (sandbox !== null) rmSync(sandbox, { recursive: true, force: true })
          else if (!fromRoot) {
            // What the command wrote, not the goldens that `-u` may just have written.
            const golden = (entry: string): boolean =>
              ['stdout', 'stderr', 'exit'].includes(entry) || entry.startsWith('written-')
            for (const entry of readdirSync(cwd))
              if (!before.has(entry) && !golden(entry)) rmSync(join(cwd, entry), { recursive: true, force: true })
          }
        }
      })
  }
})
