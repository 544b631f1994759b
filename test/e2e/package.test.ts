// The package as a user gets it: npm pack, install the tarball into an empty
// prefix, run the installed CLI on the shipped sample, import it as a library.
// The suite runs on each Node that CI runs it on (.ci/run: the machine's Node 20, then Node 22 and 24).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import module from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT, SAMPLE_JOBS_NOTE } from '../helpers/run-cli.js'

const npm = (args: string[], cwd: string): { stdout: string; stderr: string } => {
  const result = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
  })
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stderr}`)
  return { stdout: result.stdout, stderr: result.stderr }
}

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
/** Node >= 22.1 has its own compile cache; Node 20 does not. */
const hasCompileCache = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function'

describe('the packed tarball', { timeout: 180_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'lup-pack-'))
  const prefix = join(work, 'prefix')
  const installed = join(prefix, 'node_modules', 'lup-impact')
  const bin = join(prefix, 'node_modules', '.bin', 'lup-impact')
  const sample = join(installed, 'data', 'lup-sample.csv')
  let files: string[] = []
  let installOutput = ''

  beforeAll(() => {
    // --ignore-scripts: npm test has just built dist/, and prepack's clean build would pull it
    // from under the tests running beside this one.
    const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT).stdout) as {
      filename: string
      files: { path: string }[]
    }[]
    files = packed[0]?.files.map(file => file.path) ?? []
    const install = npm(
      ['install', '--prefix', prefix, '--prefer-offline', '--no-save', join(work, packed[0]?.filename ?? '')],
      work,
    )
    installOutput = install.stdout + install.stderr
  }, 180_000)

  /** Runs the installed command with a clean environment (and `env` added). */
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(bin, args, {
      encoding: 'utf8',
      env: { PATH: `${join(process.execPath, '..')}:${process.env.PATH ?? ''}`, LANG: 'C.UTF-8', ...env },
    })

  it('holds the bundle, its types and data, and nothing twice', () => {
    for (const file of [
      'bin/lup-impact.js',
      'dist/lup-impact.cjs',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/THIRD-PARTY-LICENSES.txt',
      'data/lup-sample.csv',
      'seeds/lup-2020.json',
      'schema/summary.schema.json',
      'schema/problems.schema.json',
      'CHANGELOG.md',
      'LICENSE',
    ])
      expect(files, file).toContain(file)
    // One copy of the program: the bundle (dist/index.js only points at it) and the spreadsheet
    // reader it loads for a workbook, no compiled modules beside them, and no record of a checkout's
    // build inputs.
    expect(files.filter(file => /^dist\/.*\.(c?js|mjs)$/.test(file)).sort()).toEqual([
      'dist/index.js',
      'dist/lup-impact-xlsx.cjs',
      'dist/lup-impact.cjs',
    ])
    expect(files).not.toContain('dist/bundle-inputs.json')
    expect(files.filter(file => /^(src|test|bench|scripts|\.ci)\//.test(file))).toEqual([])
  })

  it('installs one package with no install script and no dependencies (they are in the bundle)', () => {
    expect(installOutput).not.toMatch(/install-scripts|npm warn/i)
    expect(readdirSync(join(prefix, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual(['lup-impact'])
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>
    expect(manifest.dependencies).toBeUndefined()
    expect(Object.keys(manifest.scripts as object)).not.toContain('prepare')
    const licences = readFileSync(join(installed, 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8')
    for (const [name, licence] of [
      ['chalk', 'MIT'],
      ['commander', 'MIT'],
      ['csv-stringify', 'MIT'],
      ['yauzl', 'MIT'],
      ['saxes', 'ISC'],
    ])
      expect(licences).toMatch(new RegExp(`^${name}@[\\d.]+ \\(${licence}\\)$`, 'm'))
  })

  it(`installs a working lup-impact command (Node ${process.version})`, () => {
    const versionRun = run(['--version'])
    expect(versionRun.stderr).toBe('')
    expect(versionRun.stdout).toBe(`${version}\n`)
    const summary = run(['summarize', sample, '--format', 'json'])
    expect(summary.stderr).toBe(SAMPLE_JOBS_NOTE)
    expect(summary.status).toBe(0)
    expect((JSON.parse(summary.stdout) as { totals: { jobs: number } }).totals.jobs).toBe(350)
    const table = run(['summarize', sample])
    expect(table.status).toBe(0)
    expect(table.stdout).toContain('Totals')
    // A workbook loads the spreadsheet reader, a file of its own in the package.
    const workbook = run([
      'summarize',
      join(ROOT, 'test/fixtures/xlsx/lup-sample.libreoffice.xlsx'),
      '--jobs',
      'new',
      '--format',
      'json',
    ])
    expect(workbook.stderr).toBe('')
    expect(workbook.status).toBe(0)
    expect((JSON.parse(workbook.stdout) as { totals: { jobs: number } }).totals.jobs).toBe(350)
  })

  it.runIf(hasCompileCache)("keeps the compiled program in Node's compile cache, and runs on a damaged one", () => {
    const temporary = join(work, 'tmp')
    mkdirSync(temporary, { recursive: true })
    const first = run(['summarize', sample, '--format', 'json', '--jobs', 'new'], { TMPDIR: temporary })
    expect(first.status).toBe(0)
    const cache = join(temporary, `lup-impact-compile-cache-${process.getuid?.() ?? ''}`) // bin/compile-cache.js
    const entries = readdirSync(cache, { recursive: true, withFileTypes: true }).filter(entry => entry.isFile())
    expect(entries.length).toBeGreaterThan(0)
    // Damage every entry past its first bytes, in place (same length): Node checks what it reads.
    for (const entry of entries) {
      const path = join(entry.parentPath, entry.name)
      const bytes = readFileSync(path)
      for (let position = bytes.length >> 1; position < bytes.length; position += 97)
        bytes[position] = (bytes[position] as number) ^ 0xff
      writeFileSync(path, bytes)
    }
    const again = run(['summarize', sample, '--format', 'json', '--jobs', 'new'], { TMPDIR: temporary })
    expect(again.stderr).toBe('')
    expect(again.status).toBe(0)
    expect(again.stdout).toBe(first.stdout)
  })

  it('says the installation is damaged, without a stack trace, when its bundle is (here emptied)', () => {
    const damaged = join(work, 'damaged')
    npm(
      ['install', '--prefix', damaged, '--prefer-offline', '--no-save', join(work, `lup-impact-${version}.tgz`)],
      work,
    )
    writeFileSync(join(damaged, 'node_modules', 'lup-impact', 'dist', 'lup-impact.cjs'), '')
    const result = spawnSync(join(damaged, 'node_modules', '.bin', 'lup-impact'), ['--version'], { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'lup-impact: this installation of lup-impact is damaged (dist/lup-impact.cjs: no main()); reinstall lup-impact\n',
    )
    writeFileSync(join(damaged, 'node_modules', 'lup-impact', 'dist', 'lup-impact.cjs'), 'module.exports = {')
    const broken = spawnSync(join(damaged, 'node_modules', '.bin', 'lup-impact'), ['--version'], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'nb_NO.UTF-8' },
    })
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(
      /^lup-impact: denne installasjonen av lup-impact er skadet \(dist\/lup-impact\.cjs: .+\); installer lup-impact på nytt\n$/,
    )
  })

  it('can be imported as a library, with types that need nothing it does not ship', () => {
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
    const bad = join(work, 'bad.csv')
    writeFileSync(bad, 'project_id,year,partner,jobs\nP1,2016,A,x\nP2,20,B,1\n')
    const result = spawnSync(process.execPath, [script, sample, bad], { cwd: prefix, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('350 10\n334000000\ntrue 2\n')

    // A strict TypeScript consumer (skipLibCheck off): the declarations resolve with @types/node alone.
    writeFileSync(
      join(prefix, 'use.ts'),
      `import { summarizeFiles, amountToPlainString, main } from 'lup-impact'
const { summary } = await summarizeFiles(['x.csv'], { by: [['year']] })
const total = summary.totals.measures[0]
const text: string = total === null || total === undefined ? '' : amountToPlainString(total)
const code: Promise<number> = main(['--version'])
console.log(text, code)
`,
    )
    writeFileSync(join(prefix, 'package.json'), '{ "type": "module" }\n')
    writeFileSync(
      join(prefix, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')],
        },
        files: ['use.ts'],
      }),
    )
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', prefix], {
      encoding: 'utf8',
    })
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })
})
