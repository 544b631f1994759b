// The real CLI on real files: behaviour that golden cases alone do not pin down.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli, SAMPLE_JOBS_NOTE } from '../helpers/run-cli.js'

const SAMPLE = 'data/lup-sample.csv'
const NB_TWIN = 'test/fixtures/lup-sample-nb-semicolon-nbsp-crlf-bom.csv'

const json = async (args: string[]): Promise<Record<string, unknown>> => {
  const result = await runCli([...args, '--format', 'json'])
  expect(result.stderr).toBe(SAMPLE_JOBS_NOTE)
  expect(result.exitCode).toBe(0)
  return JSON.parse(result.stdout) as Record<string, unknown>
}

describe('summarize on the sample data', () => {
  it('reproduces the published headline figures exactly', async () => {
    const summary = await json(['summarize', SAMPLE])
    const totals = summary.totals as Record<string, unknown>
    expect(totals.jobs).toBe(350)
    expect(totals.savings_nok).toBe(334000000)
    expect(totals.co2e_tonnes).toBeGreaterThan(2900)
    expect(totals.co2e_tonnes).toBeLessThan(3000)
    expect(totals.partners).toBeGreaterThan(35)
  })

  it('writes measures as exact JSON numbers, never floats', async () => {
    const result = await runCli(['summarize', SAMPLE, '--format', 'json', '--by', 'partner'])
    expect(result.stdout).toContain('"co2e_tonnes": 2987.4,')
    // 31 shared records split to the øre and the kilogram leave no float noise anywhere.
    expect(result.stdout).not.toMatch(/\d\.\d*0000\d|\d\.\d*9999\d|e[+-]\d/)
  })

  it('gives the same figures for the Norwegian Excel twin (";", decimal comma, NBSP thousands, kr, nb headers, CRLF, BOM)', async () => {
    const plain = await json(['summarize', SAMPLE, '--by', 'year', '--by', 'partner', '--by', 'category'])
    const norwegian = await json(['summarize', NB_TWIN, '--by', 'year', '--by', 'partner', '--by', 'category'])
    for (const key of ['totals', 'by_year', 'by_partner', 'by_category']) expect(norwegian[key]).toEqual(plain[key])
  })

  it('reads standard input with "-" as one more file', async () => {
    const stdin = readFileSync(join(ROOT, SAMPLE))
    const piped = await runCli(['summarize', '-', '--format', 'csv'], { stdin })
    const direct = await runCli(['summarize', SAMPLE, '--format', 'csv'])
    expect(piped.exitCode).toBe(0)
    expect(piped.stdout).toBe(direct.stdout)
  })
})

describe('CSV and JSON for analysts', () => {
  it('gives one grouping as just its rows, so that every year is an integer (pandas reads int64)', async () => {
    const result = await runCli(['summarize', SAMPLE, '--by', 'year', '--format', 'csv'])
    const [header, ...rows] = result.stdout.trimEnd().split('\n')
    expect(header?.startsWith('year,records,projects,jobs,savings_nok,co2e_tonnes,')).toBe(true)
    expect(rows).toHaveLength(10)
    for (const row of rows) expect(row).toMatch(/^\d{4},/)
  })

  it('keeps the long form, total first, for several groupings', async () => {
    const result = await runCli(['summarize', SAMPLE, '--format', 'csv'])
    const lines = result.stdout.split('\n')
    expect(lines[0]?.startsWith('group,year,partner,')).toBe(true)
    expect(lines[1]?.startsWith('total,,,121,34,350,334000000,2987.4')).toBe(true)
  })

  it('writes measures as strings that JSON.parse keeps to the last digit, under --json-numbers string', async () => {
    const input = 'project_id,year,partner,savings_nok\nP1,2018,A,9007199254740993\nP2,2019,B,1000000000000000.01\n'
    const strings = await runCli(['summarize', '-', '--by', 'year', '--format', 'json', '--json-numbers', 'string'], {
      stdin: Buffer.from(input),
    })
    const numbers = await runCli(['summarize', '-', '--by', 'year', '--format', 'json'], { stdin: Buffer.from(input) })
    const total = (text: string): unknown =>
      (JSON.parse(text) as { totals: { savings_nok: unknown } }).totals.savings_nok
    expect(total(strings.stdout)).toBe('10007199254740993.01')
    // The same digits as a JSON number: exact in the text, rounded by JSON.parse.
    expect(numbers.stdout).toContain('"savings_nok": 10007199254740993.01,')
    expect(String(total(numbers.stdout))).not.toBe('10007199254740993.01')
  })
})

describe('one number of decimals per measure in a run', () => {
  /** The decimals of every figure in a column of the markdown tables, by column head. */
  const decimalsByHead = (markdown: string): Map<string, Set<number>> => {
    const found = new Map<string, Set<number>>()
    for (const block of markdown.split('\n\n')) {
      const [head, , ...rows] = block.split('\n').filter(line => line.startsWith('| '))
      if (head === undefined) continue
      const cells = (line: string): string[] => line.slice(2, -2).split(' | ')
      const heads = cells(head)
      for (const row of rows)
        cells(row).forEach((cell, column) => {
          const figure = /^-?[\d,]+(?:\.(\d+))?(?: [epi]+)?$/.exec(cell)
          if (figure === null || column === 0) return
          const name = heads[column] as string
          if (!found.has(name)) found.set(name, new Set())
          found.get(name)?.add(figure[1]?.length ?? 0)
        })
    }
    return found
  }

  it('shows each measure with the same decimals in the totals, every grouping and the running totals', async () => {
    const result = await runCli(['summarize', SAMPLE, '--by', 'year', '--by', 'partner', '--format', 'markdown'])
    const decimals = decimalsByHead(result.stdout)
    // Savings have øre in the data; jobs and CO2e are split to 0.01 job and 1 kg among shared partners.
    for (const [head, expected] of [
      ['Total', null],
      ['Jobs (FTE)', 2],
      ['Savings (NOK)', 2],
      ['CO2e cut (t/yr)', 3],
      ['Jobs to date (FTE)', 2],
      ['Savings to date (NOK)', 2],
      ['CO2e cut in force (t/yr)', 3],
      // Tonnes avoided are another quantity: the half years' two decimals, not the split's three.
      ['CO2e avoided to date, lower (t)', 2],
      ['CO2e avoided to date, upper (t)', 2],
    ] as const)
      if (expected !== null) expect([...(decimals.get(head) ?? [])], head).toEqual([expected])
    // The totals table has the measures as columns too: its figures are counted above, with their heads.
    expect(result.stdout).toContain('| Total | 350.00 | 334,000,000.00 | 2,987.400 |')
    expect(result.stdout).toContain('| Potential | 4.00 | 2,329,217.00 | 67.000 |')
  })

  it("takes the data's own precision when no figure needs more: by year alone, jobs have one decimal", async () => {
    const result = await runCli(['summarize', SAMPLE, '--by', 'year', '--format', 'markdown'])
    const decimals = decimalsByHead(result.stdout)
    expect([...(decimals.get('Jobs (FTE)') ?? [])]).toEqual([1])
    expect([...(decimals.get('CO2e cut (t/yr)') ?? [])]).toEqual([1])
    expect(result.stdout).toContain('| Total | 350.0 | 334,000,000.00 | 2,987.4 |')
  })

  it("shows the init template's savings in kroner and øre, as it writes them", async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-impact-'))
    expect((await runCli(['init', 'template.csv'], { cwd: directory })).exitCode).toBe(0)
    const result = await runCli(['summarize', 'template.csv', '--format', 'markdown'], { cwd: directory })
    expect(result.stdout).toContain('| Estimated | 1.0 | 480,000.00 | – |')
    expect(result.stdout).toContain('| 2024 | 2 | 2 | 3.5 e | 1,730,000.50 e |')
  })
})

describe('-o FILE', () => {
  it('writes the same bytes as stdout, atomically, leaving no temporary file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-impact-'))
    writeFileSync(join(directory, 'summary.md'), 'old contents\n')
    const written = await runCli(['summarize', join(ROOT, SAMPLE), '-o', 'summary.md'], { cwd: directory })
    const printed = await runCli(['summarize', join(ROOT, SAMPLE), '--format', 'markdown'], { cwd: directory })
    expect(written.exitCode).toBe(0)
    expect(written.stdout).toBe('')
    expect(readFileSync(join(directory, 'summary.md'), 'utf8')).toBe(printed.stdout)
    expect(readdirSync(directory)).toEqual(['summary.md'])
  })

  it('infers the format from the extension unless --format says otherwise', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-impact-'))
    await runCli(['summarize', join(ROOT, SAMPLE), '-o', 'a.json'], { cwd: directory })
    await runCli(['summarize', join(ROOT, SAMPLE), '-o', 'b.json', '--format', 'csv'], { cwd: directory })
    expect(readFileSync(join(directory, 'a.json'), 'utf8')).toMatch(/^\{\n {2}"schema_version": 2,/)
    expect(readFileSync(join(directory, 'b.json'), 'utf8')).toMatch(/^group,year,partner,/)
  })

  it('leaves an existing file untouched when the input is invalid', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lup-impact-'))
    writeFileSync(join(directory, 'bad.csv'), 'project_id,year,partner,jobs\nP1,2016,A,x\n')
    writeFileSync(join(directory, 'out.json'), 'previous\n')
    const result = await runCli(['summarize', 'bad.csv', '-o', 'out.json'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(readFileSync(join(directory, 'out.json'), 'utf8')).toBe('previous\n')
  })
})

describe('failure keeps stdout clean', () => {
  it.each([
    ['invalid data', ['summarize', 'test/cases/summarize/three-bad-rows/input.csv'], 1],
    ['a missing file', ['summarize', 'missing.csv'], 2],
    ['an unknown option', ['summarize', SAMPLE, '--nope'], 2],
    ['a bad option value', ['summarize', SAMPLE, '--attribution', 'half'], 2],
  ])('%s', async (_name, args, exitCode) => {
    const result = await runCli(args)
    expect(result.exitCode).toBe(exitCode)
    expect(result.stdout).toBe('')
    expect(result.stderr).not.toBe('')
    expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace
  })
})

describe('the note about jobs that look held', () => {
  it('is given when --jobs is not, and not once the user has said what the column means', async () => {
    for (const command of ['summarize', 'report', 'check'])
      for (const [jobs, note] of [
        [[], true],
        [['--jobs', 'new'], false],
        [['--jobs', 'held'], false],
      ] as const) {
        const directory = mkdtempSync(join(tmpdir(), 'lup-jobs-'))
        const rest = {
          summarize: ['-o', join(directory, 'out.txt')],
          report: ['--out', directory],
          check: ['--expect', 'jobs>=1'],
        }
        const result = await runCli([command, SAMPLE, ...jobs, ...rest[command as 'summarize']])
        const noted = result.stderr.includes(SAMPLE_JOBS_NOTE)
        expect({ command, jobs, noted, exitCode: result.exitCode }).toEqual({ command, jobs, noted: note, exitCode: 0 })
        if (!note) expect(result.stderr).not.toContain('--jobs held')
      }
  })
})

describe('terminal manners', () => {
  it('exits quietly when the reader of stdout goes away', async () => {
    const { spawnSync } = await import('node:child_process')
    const result = spawnSync('sh', ['-c', `node bin/lup-impact.js summarize ${SAMPLE} --by project | head -n 1`], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(result.stdout).toBe('LUP impact summary: data/lup-sample.csv\n')
    expect(result.stderr).toBe(SAMPLE_JOBS_NOTE)
  })

  it('exits quietly when the reader of the help goes away', async () => {
    const { spawnSync } = await import('node:child_process')
    const result = spawnSync(
      'bash',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash variable, expanded by bash
      ['-c', 'node bin/lup-impact.js summarize --help | head -n 1; echo "exit ${PIPESTATUS[0]}"'],
      { cwd: ROOT, encoding: 'utf8' },
    )
    expect(result.stdout).toBe('Usage: lup-impact summarize [options] <files...>\nexit 0\n')
    expect(result.stderr).toBe('')
  })

  it('colours the table only when asked to', async () => {
    const plain = await runCli(['summarize', SAMPLE])
    const forced = await runCli(['summarize', SAMPLE], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })
    expect(plain.stdout).not.toContain('\u001b[')
    expect(forced.stdout).toContain('\u001b[')
    const refused = await runCli(['summarize', SAMPLE, '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } })
    expect(refused.stdout).toBe(plain.stdout)
  })
})
