// bin/lup-impact.js in a checkout, as a developer or a fresh clone has it: the bundle is built when
// missing, rebuilt when any file it was made from changed (an edit, tsc --watch), and a damaged one
// is rebuilt rather than run. Each test works on its own copy of the checkout, never on ours.
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/run-cli.js'

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }

/** A checkout without dist/: src/, scripts/, bin/ and data/ copied, node_modules linked (all but `leaveOut`). */
function freshCheckout(leaveOut?: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'lup-checkout-'))
  for (const entry of ['src', 'scripts', 'bin', 'data', 'seeds', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true })
  if (leaveOut === undefined) symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'))
  else {
    mkdirSync(join(copy, 'node_modules'))
    for (const name of readdirSync(join(ROOT, 'node_modules')))
      if (name !== leaveOut) symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name))
  }
  return copy
}

function run(checkout: string, args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [join(checkout, 'bin', 'lup-impact.js'), ...args], {
    cwd: checkout,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', NO_COLOR: '1' },
  })
  return { stdout: result.stdout, stderr: result.stderr, status: result.status }
}

describe('the command in a checkout', { timeout: 60_000 }, () => {
  it('builds the bundle on the first run of a fresh clone, then runs it', () => {
    const checkout = freshCheckout()
    expect(existsSync(join(checkout, 'dist'))).toBe(false)
    expect(run(checkout, ['--version'])).toEqual({ stdout: `${version}\n`, stderr: '', status: 0 })
    const bundle = join(checkout, 'dist', 'lup-impact.cjs')
    const built = statSync(bundle).mtimeMs
    const summary = run(checkout, ['summarize', 'data/lup-sample.csv', '--format', 'json'])
    expect(summary.status).toBe(0)
    expect((JSON.parse(summary.stdout) as { totals: { jobs: number } }).totals.jobs).toBe(350)
    expect(statSync(bundle).mtimeMs).toBe(built) // the second run built nothing
  })

  it('rebuilds after any module it was made from changed, not only the entry', () => {
    const checkout = freshCheckout()
    expect(run(checkout, ['--help']).stdout).toContain('exact totals and groupings of impact records')
    // As tsc --watch or an editor would: one module deep in the tree, rewritten.
    const catalogue = join(checkout, 'src', 'messages', 'en.ts')
    writeFileSync(
      catalogue,
      readFileSync(catalogue, 'utf8').replace(
        'exact totals and groupings of impact records',
        'EXACT totals and groupings of impact records',
      ),
    )
    const help = run(checkout, ['--help'])
    expect(help.stderr).toBe('')
    expect(help.stdout).toContain('EXACT totals and groupings of impact records')
  })

  it('rebuilds a damaged bundle (here emptied) instead of failing with a stack trace', () => {
    const checkout = freshCheckout()
    expect(run(checkout, ['--version']).status).toBe(0)
    writeFileSync(join(checkout, 'dist', 'lup-impact.cjs'), '')
    expect(run(checkout, ['--version'])).toEqual({ stdout: `${version}\n`, stderr: '', status: 0 })
  })

  it('says what to do when it cannot build (esbuild not installed)', () => {
    const checkout = freshCheckout('esbuild')
    expect(run(checkout, ['--version'])).toEqual({
      stdout: '',
      stderr: 'lup-impact: this checkout is not built, and esbuild is not installed to build it: run npm install\n',
      status: 2,
    })
  })

  it('says, in the language asked for, when src/ does not build', () => {
    const checkout = freshCheckout()
    writeFileSync(join(checkout, 'src', 'errors.ts'), 'export class UsageError extends {\n')
    const result = run(checkout, ['--version', '--lang', 'nb'])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('src/errors.ts:2:0:') // esbuild's located error
    expect(result.stderr).toMatch(
      /lup-impact: src\/ lar seg ikke bygge \(se over\): rett feilen, og kjør kommandoen på nytt\n$/,
    )
  })
})
