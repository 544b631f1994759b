// The spreadsheet files opened by a real spreadsheet program, set to Norwegian: Debian's LibreOffice
// (libreoffice-calc-nogui), headless, with its own profile whose locale is nb-NO. Each output is
// converted to flat OpenDocument (.fods) and the types of its cells are read back: a number must
// arrive as office:value-type="float", never as a string or a date (issue 15: "5.5" jobs became the
// date 5 May, "1237268.39" kroner became text). And the other way round: the sample saved as .xlsx
// by LibreOffice gives the same JSON as the CSV it came from.
// .ci/run installs LibreOffice, so CI always runs this; locally it is skipped, saying why, only when
// soffice is missing (`apt-get install -y libreoffice-calc-nogui`).
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runCli } from '../helpers/run-cli.js'

const available = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0
const inCi = process.env.CI === 'true'

if (!available && !inCi) {
  console.warn(
    'Skipping the LibreOffice round trips: soffice is missing (install it with: apt-get install -y libreoffice-calc-nogui).',
  )
}

it.runIf(!available && inCi)('has LibreOffice in CI (.ci/run installs it)', () => {
  expect.fail('soffice is missing in CI: .ci/run should have installed libreoffice-calc-nogui with apt-get')
})

/** A LibreOffice profile set to Norwegian (bokmål, Norway): its locale decides decimal marks and dates. */
const NORWEGIAN_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nb-NO</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>nb-NO</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>nb-NO</value></prop></item>
</oor:items>
`

describe.runIf(available)('LibreOffice in Norwegian opens what lup-impact writes', () => {
  let directory: string
  let profile: string
  /** Converts `files` (in `directory`) in one LibreOffice run; `filter`: the CSV import options, if any. */
  const convert = (files: string[], to: string, filter?: string): void => {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        ...(filter === undefined ? [] : [`--infilter=${filter}`]),
        '--convert-to',
        to,
        ...files,
      ],
      { cwd: directory, stdio: ['ignore', 'ignore', 'pipe'], timeout: 240_000 },
    )
  }
  /** Per table, each row's cells as [value type, value or text]. */
  const cellsOf = (fods: string): Map<string, [string, string][][]> => {
    const tables = new Map<string, [string, string][][]>()
    for (const table of fods.matchAll(/<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
      const rows: [string, string][][] = []
      for (const row of (table[2] as string).matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
        const cells: [string, string][] = []
        for (const cell of (row[1] as string).matchAll(
          /<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
        )) {
          const attributes = cell[1] as string
          const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? '1')
          const type = /office:value-type="([a-z]+)"/.exec(attributes)?.[1] ?? 'empty'
          const value =
            /office:value="([^"]*)"/.exec(attributes)?.[1] ??
            (cell[2] ?? '')
              .replace(/<[^>]+>/g, '')
              .replace(/&amp;/g, '&')
              .trim()
          for (let each = 0; each < Math.min(repeat, 64); each++) cells.push([type, value])
        }
        while (cells.length > 0 && cells[cells.length - 1]?.[0] === 'empty') cells.pop()
        if (cells.length > 0) rows.push(cells)
      }
      tables.set(table[1] as string, rows)
    }
    return tables
  }

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'lup-libreoffice-'))
    profile = join(directory, 'profile')
    mkdirSync(join(profile, 'user'), { recursive: true })
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), NORWEGIAN_PROFILE)
    const report = await runCli(['report', join(ROOT, 'data/lup-sample.csv'), '--out', directory, '--lang', 'nb'])
    expect(report.exitCode).toBe(0)
    copyFileSync(join(ROOT, 'data/lup-sample.csv'), join(directory, 'lup-sample.csv'))
    // Renamed, so that the two convert to different .fods files.
    copyFileSync(join(directory, 'summary.csv'), join(directory, 'from-csv.csv'))
    copyFileSync(join(directory, 'summary.xlsx'), join(directory, 'from-xlsx.xlsx'))
    // summary.csv as Norwegian Excel opens it: ";" separated, UTF-8, numbers read in nb-NO (1044).
    convert(['from-csv.csv'], 'fods', 'CSV:59,34,76,1,,1044')
    convert(['from-xlsx.xlsx'], 'fods')
    // The sample as a user saves it from LibreOffice: comma separated, UTF-8, dot decimals (read as
    // en-US, 1033). Read as nb-NO, "5.2" jobs would become 5 February: the other copy shows that the
    // reader refuses such dates with their sheet and row rather than count them.
    convert(['lup-sample.csv'], 'xlsx', 'CSV:44,34,76,1,,1033')
    copyFileSync(join(directory, 'lup-sample.csv'), join(directory, 'read-as-norwegian.csv'))
    convert(['read-as-norwegian.csv'], 'xlsx', 'CSV:44,34,76,1,,1044')
  }, 600_000)

  afterAll(() => {
    if (directory !== undefined) rmSync(directory, { recursive: true, force: true })
  })

  it('summary.csv: every number cell is a number, none a date or text', () => {
    const tables = cellsOf(readFileSync(join(directory, 'from-csv.fods'), 'utf8'))
    const [header, ...rows] = [...tables.values()][0] ?? []
    expect(header?.map(([, text]) => text).slice(0, 6)).toEqual([
      'group',
      'year',
      'partner',
      'category',
      'records',
      'projects',
    ])
    const lines = readFileSync(join(directory, 'summary.csv'), 'utf8').trimEnd().split('\r\n')
    expect(rows).toHaveLength(lines.length - 1)
    const columns = (header ?? []).map(([, text]) => text)
    const numeric = columns.filter(name => !['group', 'partner', 'category'].includes(name))
    for (const row of rows) {
      for (const name of numeric) {
        const [type] = row[columns.indexOf(name)] ?? ['empty']
        expect(['float', 'empty'], `${name} in ${JSON.stringify(row[0])}`).toContain(type)
      }
    }
    // The figures themselves, as numbers: 5.5 jobs stay 5.5 (not 5 May), kroner keep their øre.
    const total = rows[0] ?? []
    expect(total[columns.indexOf('jobs')]).toEqual(['float', '350'])
    expect(total[columns.indexOf('savings_nok')]).toEqual(['float', '334000000'])
    expect(total[columns.indexOf('co2e_tonnes')]).toEqual(['float', '2987.4'])
    const fractional = rows.filter(row => /\.\d/.test(row[columns.indexOf('savings_nok')]?.[1] ?? ''))
    expect(fractional.length).toBeGreaterThan(0)
    for (const row of fractional) expect(row[columns.indexOf('savings_nok')]?.[0]).toBe('float')
    // Names with æ ø å arrive whole (UTF-8 with a byte-order mark).
    expect(rows.some(row => row[columns.indexOf('partner')]?.[1] === 'Måkeøy kommune')).toBe(true)
  })

  it('summary.xlsx: a sheet per grouping, Norwegian headers, number cells with their exact values', () => {
    const workbook = cellsOf(readFileSync(join(directory, 'from-xlsx.fods'), 'utf8'))
    expect([...workbook.keys()]).toEqual(['Totalt', 'Per år', 'Per partner', 'Per kategori'])
    const totals = workbook.get('Totalt') ?? []
    expect(totals[0]).toEqual([
      ['string', 'Måltall'],
      ['string', 'Sum'],
      ['string', 'Realisert'],
      ['string', 'Estimert'],
      ['string', 'Potensiell'],
    ])
    expect(totals.find(row => row[0]?.[1] === 'Besparelse (kr)')?.[1]).toEqual(['float', '334000000'])
    expect(totals.find(row => row[0]?.[1] === 'Poster')?.[1]).toEqual(['float', '121'])
    const byYear = workbook.get('Per år') ?? []
    expect(byYear[0]?.map(([type]) => type).every(type => type === 'string')).toBe(true)
    expect(byYear[0]?.[0]).toEqual(['string', 'År'])
    expect(byYear).toHaveLength(11)
    for (const row of byYear.slice(1)) for (const [type] of row) expect(['float', 'empty']).toContain(type)
    expect(byYear[1]?.slice(0, 5)).toEqual([
      ['float', '2010'],
      ['float', '2'],
      ['float', '2'],
      ['float', '5'],
      ['float', '2149681'],
    ])
    const partners = workbook.get('Per partner') ?? []
    expect(partners).toHaveLength(41)
    for (const row of partners.slice(1)) {
      expect(row[0]?.[0]).toBe('string')
      for (const [type] of row.slice(1)) expect(['float', 'empty']).toContain(type)
    }
    // Norwegian order is the other engineer's (collation); here: every partner is there, with its øre.
    expect(partners.some(row => row[0]?.[1] === 'Åsmark kommune' && row[4]?.[1] === '5628354.5')).toBe(true)
  })

  it('the sample saved as .xlsx by LibreOffice gives the same JSON as the CSV (but for its path and hash)', async () => {
    const fromCsv = await runCli(
      [
        'summarize',
        'lup-sample.csv',
        '--jobs',
        'new',
        '--by',
        'year',
        '--by',
        'partner',
        '--by',
        'category',
        '--format',
        'json',
      ],
      { cwd: directory },
    )
    const fromXlsx = await runCli(
      [
        'summarize',
        'lup-sample.xlsx',
        '--jobs',
        'new',
        '--by',
        'year',
        '--by',
        'partner',
        '--by',
        'category',
        '--format',
        'json',
      ],
      { cwd: directory },
    )
    expect(fromXlsx.stderr).toBe('')
    expect(fromXlsx.exitCode).toBe(0)
    const withoutInputs = (text: string) => {
      const json = JSON.parse(text) as { inputs: { path: string; sha256: string; records: number }[] }
      expect(json.inputs).toHaveLength(1)
      return { ...json, inputs: json.inputs.map(({ records }) => ({ records })) }
    }
    expect(withoutInputs(fromXlsx.stdout)).toEqual(withoutInputs(fromCsv.stdout))
    expect(fromXlsx.stdout.replace(/"(path|sha256)": "[^"]*"/g, '')).toBe(
      fromCsv.stdout.replace(/"(path|sha256)": "[^"]*"/g, ''),
    )
  })

  it('dot decimals that a Norwegian LibreOffice turned into dates are refused, located by sheet and row', async () => {
    const result = await runCli(['validate', 'read-as-norwegian.xlsx'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    const dates = result.stdout.split('\n').filter(line => line.includes('a date, not an amount'))
    expect(dates.length).toBeGreaterThan(0)
    for (const line of dates)
      expect(line).toMatch(/^read-as-norwegian\.xlsx:read-as-norwegian:\d+: column "(jobs|co2e_tonnes)": /)
  })
})
