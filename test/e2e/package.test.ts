// The package as a user gets it: npm pack, install the tarball into an empty
// prefix, run the installed CLI on the shipped sample, import it as a library.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/run-cli.js'

const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
  })

describe('the packed tarball', { timeout: 180_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'lup-pack-'))
  const prefix = join(work, 'prefix')
  let files: string[] = []

  beforeAll(() => {
    const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)) as {
      filename: string
      files: { path: string }[]
    }[]
    files = packed[0]?.files.map(file => file.path) ?? []
    npm(['install', '--prefix', prefix, '--prefer-offline', '--no-save', join(work, packed[0]?.filename ?? '')], work)
  }, 180_000)

  it('holds only what it needs', () => {
    expect(files).toContain('bin/lup-impact.js')
    expect(files).toContain('dist/cli.js')
    // The bundle and its code cache, without which start-up is slow again (src/load-cli.ts).
    expect(files).toContain('dist/cli.cjs')
    expect(files).toContain('dist/cli.cache')
    expect(files).toContain('dist/cli.cache.sha256')
    expect(files).toContain('dist/index.d.ts')
    expect(files).toContain('data/lup-sample.csv')
    expect(files).toContain('seeds/lup-2020.json')
    expect(files).toContain('schema/summary.schema.json')
    expect(files).toContain('schema/problems.schema.json')
    expect(files.filter(file => /^(src|test|bench|scripts|\.ci)\//.test(file))).toEqual([])
  })

  it('runs the installed CLI from its bundle and code cache', () => {
    const loader = join(prefix, 'node_modules', 'lup-impact', 'dist', 'load-cli.js')
    const probe = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { loadCli } = await import(${JSON.stringify(loader)}); process.stdout.write((await loadCli([])).from)`,
      ],
      { encoding: 'utf8' },
    )
    expect(probe.stderr).toBe('')
    expect(probe.stdout).toBe('cache')
  })

  it('installs a working lup-impact command', () => {
    const bin = join(prefix, 'node_modules', '.bin', 'lup-impact')
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' })
    expect(version.stdout).toBe(
      `${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`,
    )
    const sample = join(prefix, 'node_modules', 'lup-impact', 'data', 'lup-sample.csv')
    const summary = spawnSync(bin, ['summarize', sample, '--format', 'json'], { encoding: 'utf8' })
    expect(summary.status).toBe(0)
    expect((JSON.parse(summary.stdout) as { totals: { jobs: number } }).totals.jobs).toBe(350)
  })

  it('can be imported as a library, with types', () => {
    const script = join(prefix, 'use.mjs')
    writeFileSync(
      script,
      `import { summarizeFiles, toJson, stringifyJson, amountToPlainString, DataError } from 'lup-impact'
const { summary } = await summarizeFiles([process.argv[2]], { by: [['year']] })
console.log(amountToPlainString(summary.totals.measures[0]), summary.groupings[0].rows.length)
console.log(stringifyJson(toJson(summary, { tool: { name: 'lup-impact', version: 'x' } }).totals.savings_nok))
try {
  await summarizeFiles([process.argv[3]])
} catch (error) {
  console.log(error instanceof DataError, error.problems.length)
}
`,
    )
    const sample = join(prefix, 'node_modules', 'lup-impact', 'data', 'lup-sample.csv')
    const bad = join(work, 'bad.csv')
    writeFileSync(bad, 'project_id,year,partner,jobs\nP1,2016,A,x\nP2,20,B,1\n')
    const result = spawnSync(process.execPath, [script, sample, bad], { cwd: prefix, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('350 10\n334000000\ntrue 2\n')
    const types = readFileSync(join(prefix, 'node_modules', 'lup-impact', 'dist', 'index.d.ts'), 'utf8')
    expect(types).toContain('summarizeFiles')
  })
})
