// Golden CLI cases, in the manner of Miller's test/cases: each folder under
// test/cases/<command>/<what-it-shows>/ holds
//   cmd     the arguments, one line, shell-quoted (paths relative to the folder)
//   stdin   optional, piped to the CLI
//   root    optional, empty: run from the repository root instead (for data/ and seeds/)
//   outputs optional, files the command writes (one per line, relative to the folder);
//           each is compared with `written-<name>` and then removed
//   stdout, stderr, exit   the expected results
// Update with `npx vitest run test/cases.test.ts -u` and review with `git diff`.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli, splitCommandLine } from './helpers/run-cli.js'

const CASES = join(ROOT, 'test', 'cases')

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

describe('golden CLI cases', () => {
  const directories = caseDirectories()
  it('has cases', () => expect(directories.length).toBeGreaterThan(10))
  for (const directory of directories) {
    it(directory.slice(CASES.length + 1), async () => {
      const args = splitCommandLine(readFileSync(join(directory, 'cmd'), 'utf8').trim())
      const stdinPath = join(directory, 'stdin')
      const result = await runCli(args, {
        cwd: existsSync(join(directory, 'root')) ? ROOT : directory,
        ...(existsSync(stdinPath) ? { stdin: readFileSync(stdinPath) } : {}),
      })
      await expect(result.stdout).toMatchFileSnapshot(join(directory, 'stdout'))
      await expect(result.stderr).toMatchFileSnapshot(join(directory, 'stderr'))
      await expect(`${result.exitCode}\n`).toMatchFileSnapshot(join(directory, 'exit'))
      const outputs = existsSync(join(directory, 'outputs')) ? readFileSync(join(directory, 'outputs'), 'utf8').split('\n').filter(Boolean) : []
      for (const output of outputs) {
        const path = join(directory, output)
        const written = existsSync(path) ? readFileSync(path, 'utf8') : '(not written)\n'
        rmSync(path, { force: true })
        await expect(written).toMatchFileSnapshot(join(directory, `written-${output}`))
      }
    })
  }
})
