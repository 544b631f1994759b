// report, check and init from the real CLI on real files.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { BIN, ROOT, runCli, SAMPLE_JOBS_NOTE } from '../helpers/run-cli.js'

const SAMPLE = join(ROOT, 'data/lup-sample.csv')
const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-report-'))
const read = (directory: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(directory)
      .sort()
      .map(name => [name, readFileSync(join(directory, name), 'utf8')]),
  )

describe('report', () => {
  it.each([
    [[]],
    [['--real', '2020', '--basis', 'realised']],
    [['--attribution', 'full', '--from', '2014', '--partner', 'Statens ferjeverk', '--partner', 'Kvitsand kommune']],
  ])('writes summary.json and summary.csv exactly as summarize prints them (%j)', async options => {
    const directory = scratch()
    const report = await runCli(['report', 'data/lup-sample.csv', '--out', directory, ...options])
    expect(report.exitCode).toBe(0)
    const by = ['--by', 'year', '--by', 'partner', '--by', 'category']
    const json = await runCli(['summarize', 'data/lup-sample.csv', ...by, ...options, '--format', 'json'])
    const csv = await runCli(['summarize', 'data/lup-sample.csv', ...by, ...options, '--format', 'csv'])
    expect(readFileSync(join(directory, 'summary.json'), 'utf8')).toBe(json.stdout)
    expect(readFileSync(join(directory, 'summary.csv'), 'utf8')).toBe(csv.stdout)
  })

  it('is byte-identical for identical input, with no date unless one is given', async () => {
    const [first, second, dated] = [scratch(), scratch(), scratch()]
    await runCli(['report', SAMPLE, '--out', first, '--lang', 'nb'])
    await runCli(['report', SAMPLE, '--out', second, '--lang', 'nb'])
    expect(read(second)).toEqual(read(first))
    // Without a date, the report says the period it covers; with one, the date in words too.
    expect(read(first)['report.md']).not.toMatch(/\b(19|20)\d\d-\d\d-\d\d\b/)
    expect(read(first)['report.md']).toContain('\n_Tall til og med 2019_\n')
    expect(read(first)['report.html']).toContain('<p class="dateline">Tall til og med 2019</p>')
    const result = await runCli(['report', SAMPLE, '--out', dated, '--lang', 'en'], {
      env: { SOURCE_DATE_EPOCH: '1593561600' },
    })
    expect(result.exitCode).toBe(0)
    expect(read(dated)['report.md']).toContain('\n_Figures through 2019 · 1 July 2020_\n')
    expect(read(dated)['report.md']).toContain('- **Date:** 1 July 2020\n')
    expect(read(dated)['report.html']).toContain('<p class="dateline">Figures through 2019 · 1 July 2020</p>')
    expect(read(dated)['report.html']).toContain('<dt>Date</dt><dd>1 July 2020</dd>')
    for (const file of ['report.md', 'report.html']) expect(read(dated)[file]).not.toContain('2020-07-01')
  })

  it('says which years the report covers when only --to is given', async () => {
    const directory = scratch()
    const result = await runCli(['report', SAMPLE, '--out', directory, '--to', '2015'])
    expect(result.exitCode).toBe(0)
    const files = read(directory)
    expect(files['report.md']).toContain('- **Selection:** up to 2015\n')
    expect(files['report.html']).toContain('<dt>Selection</dt><dd>Up to 2015</dd>')
  })

  it('does not depend on the order of the records', async () => {
    const [header, ...rows] = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n')
    // A fixed shuffle (a linear congruential generator), so the test is the same every run.
    let seed = 20200701
    const shuffled = [...rows]
    for (let index = shuffled.length - 1; index > 0; index--) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      const other = seed % (index + 1)
      ;[shuffled[index], shuffled[other]] = [shuffled[other] as string, shuffled[index] as string]
    }
    const [original, reordered] = [scratch(), scratch()]
    writeFileSync(join(original, 'records.csv'), `${header}\n${rows.join('\n')}\n`)
    writeFileSync(join(reordered, 'records.csv'), `${header}\n${shuffled.join('\n')}\n`)
    for (const directory of [original, reordered]) {
      expect(
        (await runCli(['report', 'records.csv', '--out', 'out', '--lang', 'nb'], { cwd: directory })).exitCode,
      ).toBe(0)
    }
    const files = (directory: string): Record<string, string> => {
      const written = read(join(directory, 'out'))
      // Only the input's checksum may differ: the bytes of the file are not the same.
      return Object.fromEntries(
        Object.entries(written).map(([name, text]) => [name, text.replace(/\b[0-9a-f]{64}\b/, '')]),
      )
    }
    expect(files(reordered)).toEqual(files(original))
  })

  it('--check: 0 when the directory is up to date, 1 listing what differs, and never writes', async () => {
    const directory = scratch()
    await runCli(['report', SAMPLE, '--out', directory])
    const upToDate = await runCli(['report', SAMPLE, '--out', directory, '--check'])
    expect(upToDate).toMatchObject({ exitCode: 0, stdout: '' })
    expect(upToDate.stderr).toBe(`${SAMPLE_JOBS_NOTE}${directory} is up to date (5 files)\n`)

    writeFileSync(
      join(directory, 'report.md'),
      readFileSync(join(directory, 'report.md'), 'utf8').replace('320 new jobs', '321 new jobs'),
    )
    const before = read(directory)
    const modified = Object.fromEntries(
      readdirSync(directory).map(name => [name, statSync(join(directory, name)).mtimeMs]),
    )
    const stale = await runCli(['report', SAMPLE, '--out', directory, '--check', '--lang', 'en'])
    expect(stale.exitCode).toBe(1)
    expect(stale.stderr).toBe(
      `${SAMPLE_JOBS_NOTE}${join(directory, 'report.md')}: differs from line 5\nerror: 1 of 5 report files in ${directory} is not what the report command would write now; rerun it without --check to update them\n`,
    )
    expect(read(directory)).toEqual(before)
    expect(
      Object.fromEntries(readdirSync(directory).map(name => [name, statSync(join(directory, name)).mtimeMs])),
    ).toEqual(modified)

    // A different language is a different report.
    expect((await runCli(['report', SAMPLE, '--out', directory, '--check', '--lang', 'nb'])).exitCode).toBe(1)
  })

  it('--pdf without a Chromium on PATH: a usage error naming --chromium, and nothing written', async () => {
    const directory = join(scratch(), 'report')
    const result = await runCli(['report', SAMPLE, '--out', directory, '--pdf', '-q'], {
      env: { PATH: scratch() },
    })
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      'error: --pdf needs Chromium or Chrome to print report.html, and none is on PATH (looked for chromium, chromium-browser, google-chrome, google-chrome-stable, chrome); install one (such as apt-get install chromium), or name it with --chromium PATH; nothing was written\n',
    )
    expect(existsSync(directory)).toBe(false)
    const nb = await runCli(['report', SAMPLE, '--out', directory, '--chromium', 'nope', '--lang', 'nb', '-q'])
    expect(nb).toMatchObject({
      exitCode: 2,
      stderr: 'feil: --chromium nope: finnes ikke, eller kan ikke kjøres; ingenting ble skrevet\n',
    })
    expect(existsSync(directory)).toBe(false)
  })

  it('--chromium naming a program that fails to print: its reason, exit 2, and the old report left as it was', async () => {
    const directory = scratch()
    expect((await runCli(['report', SAMPLE, '--out', directory, '-q'])).exitCode).toBe(0)
    const before = read(directory)
    const browser = join(scratch(), 'broken-chromium')
    writeFileSync(browser, '#!/bin/sh\necho "cannot open display" >&2\nexit 3\n', { mode: 0o755 })
    const result = await runCli(['report', SAMPLE, '--out', directory, '--chromium', browser, '--date', '2021-01-01'])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toContain(
      `error: ${browser} could not print report.pdf (exit 3: cannot open display); nothing was written\n`,
    )
    expect(read(directory)).toEqual(before)
  })

  it('SIGTERM while --pdf prints: the browser is killed, its scratch directory removed, the old report kept', async () => {
    const directory = scratch()
    const temporary = scratch()
    const pidFile = join(scratch(), 'browser.pid')
    const browser = join(scratch(), 'slow-chromium')
    writeFileSync(browser, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 30\n`, { mode: 0o755 })
    const child = spawn(process.execPath, [BIN, 'report', SAMPLE, '--out', directory, '--pdf', '--chromium', browser], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', TMPDIR: temporary },
    })
    const exited = new Promise(resolve => child.on('exit', (_code, signal) => resolve(signal)))
    for (let tries = 0; tries < 400 && !existsSync(pidFile); tries++) await new Promise(r => setTimeout(r, 25))
    const pid = Number(readFileSync(pidFile, 'utf8'))
    expect(readdirSync(temporary).filter(name => name.startsWith('lup-impact-pdf-'))).toHaveLength(1)
    child.kill('SIGTERM')
    expect(await exited).toBe('SIGTERM')
    // (Node 22 and later keep their compile cache in TMPDIR too: that stays.)
    expect(readdirSync(temporary).filter(name => name.startsWith('lup-impact-pdf-'))).toEqual([])
    expect(readdirSync(directory)).toEqual([]) // nothing of the unfinished report
    // The browser is gone (or a zombie waiting for init to reap it), not printing on.
    const alive = (): boolean => {
      try {
        return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))
      } catch {
        return false
      }
    }
    for (let tries = 0; tries < 200 && alive(); tries++) await new Promise(r => setTimeout(r, 25))
    expect(alive()).toBe(false)
  })

  it('--check on a directory that does not exist: every file missing, and the directory is not created', async () => {
    const directory = join(scratch(), 'report')
    const result = await runCli(['report', SAMPLE, '--out', directory, '--check', '-q'])
    expect(result.exitCode).toBe(1)
    expect(result.stderr.split('\n').filter(line => line.endsWith(': missing'))).toHaveLength(5)
    expect(existsSync(directory)).toBe(false)
  })

  it('leaves the directory as it was when a file cannot be written', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'summary.json'), 'old\n')
    mkdirSync(join(directory, 'report.html'))
    const result = await runCli(['report', SAMPLE, '--out', directory])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      `${SAMPLE_JOBS_NOTE}error: cannot write ${join(directory, 'report.html')}: a directory of that name is in the way\n`,
    )
    expect(readdirSync(directory).sort()).toEqual(['report.html', 'summary.json'])
    expect(readFileSync(join(directory, 'summary.json'), 'utf8')).toBe('old\n')
  })

  it.runIf(existsSync('/proc/self'))(
    'stops with a usage error where the directory cannot be created (Node 20 mkdir -p would spin)',
    async () => {
      const result = await runCli(['report', SAMPLE, '--out', '/proc/lup-impact-test/report'])
      expect(result).toEqual({
        stdout: '',
        stderr: `${SAMPLE_JOBS_NOTE}error: --out /proc/lup-impact-test/report: cannot create the directory (no such file or directory)\n`,
        exitCode: 2,
      })
    },
  )

  it('writes nothing and creates no directory when the input is invalid', async () => {
    const directory = scratch()
    writeFileSync(join(directory, 'bad.csv'), 'project_id,year,partner,jobs\nP1,2016,A,x\n')
    const result = await runCli(['report', 'bad.csv', '--out', 'out'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(readdirSync(directory)).toEqual(['bad.csv'])
  })
})

describe('check', () => {
  it('passes against the published targets', async () => {
    const result = await runCli(['check', 'data/lup-sample.csv', '--against', 'seeds/lup-2020.json'])
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toBe(SAMPLE_JOBS_NOTE)
    expect(result.stdout).toContain('All 5 targets are met.')
  })

  it('fails the run (1) on a miss, with the JSON saying which', async () => {
    const result = await runCli([
      'check',
      'data/lup-sample.csv',
      '--expect',
      'jobs=351',
      '--expect',
      'partners>35',
      '--format',
      'json',
    ])
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe(`${SAMPLE_JOBS_NOTE}error: 1 of 2 targets missed\n`)
    const document = JSON.parse(result.stdout) as {
      passed: boolean
      missed: number
      results: { status: string; actual: number }[]
    }
    expect(document).toMatchObject({ passed: false, missed: 1 })
    expect(document.results.map(entry => entry.status)).toEqual(['missed', 'met'])
  })
})

describe('init', () => {
  it.each(['en', 'nb'])('writes a template whose example rows validate (--lang %s)', async language => {
    const directory = scratch()
    const init = await runCli(['init', 'records.csv', '--lang', language], { cwd: directory })
    expect(init.exitCode).toBe(0)
    const validate = await runCli(['validate', 'records.csv', '--strict'], { cwd: directory })
    expect(validate).toEqual({ stdout: 'no problems in 2 records\n', stderr: '', exitCode: 0 })
    const summary = await runCli(['summarize', 'records.csv', '--format', 'json'], { cwd: directory })
    const totals = (JSON.parse(summary.stdout) as { totals: Record<string, unknown> }).totals
    expect(totals).toMatchObject({
      records: 2,
      projects: 2,
      partners: 2,
      jobs: 3.5,
      savings_nok: 1730000.5,
      co2e_tonnes: 120.5,
    })
  })

  it('writes impact-records.csv by default, and overwrites only with --force', async () => {
    const directory = scratch()
    expect((await runCli(['init'], { cwd: directory })).exitCode).toBe(0)
    writeFileSync(join(directory, 'impact-records.csv'), 'mine\n')
    const refused = await runCli(['init', '--lang', 'nb'], { cwd: directory })
    expect(refused).toEqual({
      stdout: '',
      stderr: 'feil: impact-records.csv finnes allerede; gi --force for å skrive over den\n',
      exitCode: 2,
    })
    expect(readFileSync(join(directory, 'impact-records.csv'), 'utf8')).toBe('mine\n')
    expect((await runCli(['init', '--force', '-q'], { cwd: directory })).exitCode).toBe(0)
    expect(readFileSync(join(directory, 'impact-records.csv'), 'utf8')).toMatch(/^project_id,year,partner,/)
    expect(readdirSync(directory)).toEqual(['impact-records.csv'])
  })

  it('takes the language from the locale when --lang is not given', async () => {
    const result = await runCli(['init', '-'], { env: { LANG: 'nb_NO.UTF-8' } })
    expect(result.stdout.startsWith('\uFEFFprosjekt_id;år;partner;')).toBe(true)
    expect(result.stdout).toContain('\r\n')
  })
})
