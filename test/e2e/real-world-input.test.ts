// Real-world input end to end: encodings, dialects, rejects and hostile files.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli } from '../helpers/run-cli.js'

const fixture = (name: string): string => join(ROOT, 'test/fixtures', name)
const scratch = (): string => mkdtempSync(join(tmpdir(), 'lup-input-'))

async function summaryJson(file: string, extra: string[] = []): Promise<Record<string, unknown>> {
  const result = await runCli(['summarize', file, '--by', 'year', '--by', 'partner', '--format', 'json', ...extra])
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  return JSON.parse(result.stdout) as Record<string, unknown>
}

describe('the same records in every encoding and dialect give the same figures', () => {
  // The UTF-16 twins (Excel's "Unicode text") have no basis column, so every record is realised
  // there: what rests on which basis is left out of their comparison.
  const twins: [string, boolean][] = [
    ['win1252-semicolon-nb-headers.csv', true],
    ['utf8-bom-semicolon-nb-headers.csv', true],
    ['utf16le-bom-tab.csv', false],
    ['utf16be-bom-tab.csv', false],
  ]
  const withoutBasis = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value), (key, item: unknown) =>
      key === 'by_basis' || key === 'bases' ? undefined : item,
    )
  it.each(twins)('%s equals its UTF-8 twin, partner names intact', async (name, hasBasis) => {
    const expected = await summaryJson(fixture('utf8-semicolon-nb-headers.csv'))
    const actual = await summaryJson(fixture(name))
    const comparable = hasBasis ? (value: unknown): unknown => value : withoutBasis
    expect(comparable(actual.totals)).toEqual(comparable(expected.totals))
    expect(comparable(actual.by_year)).toEqual(comparable(expected.by_year))
    expect(comparable(actual.by_partner)).toEqual(comparable(expected.by_partner))
    expect((actual.by_partner as { partner: string }[]).map(row => row.partner)).toEqual([
      'Helse Åsmark HF',
      'Nærøyvik kommune',
      'Østre Fjordvik kommune',
    ])
  })
})

describe('--rejects', () => {
  it('writes every rejected row untouched, so rejects and valid records account for every input row', async () => {
    const directory = scratch()
    const result = await runCli(
      [
        'summarize',
        fixture('ten-problems.csv'),
        fixture('crlf-quoted-newlines.csv'),
        '--rejects',
        'rejected.csv',
        '--format',
        'json',
      ],
      { cwd: directory },
    )
    expect(result.exitCode).toBe(0)
    const summary = JSON.parse(result.stdout) as {
      inputs: { records: number }[]
      totals: { records: number }
      problems: { skipped_records: number }
    }
    const rows = parse(readFileSync(join(directory, 'rejected.csv')), { columns: true }) as Record<string, string>[]
    const read = summary.inputs.reduce((sum, input) => sum + input.records, 0)
    expect(read).toBe(13 + 4)
    expect(rows).toHaveLength(summary.problems.skipped_records)
    expect(rows.length + summary.totals.records).toBe(read)
    expect(readdirSync(directory)).toEqual(['rejected.csv'])

    const source = readFileSync(fixture('ten-problems.csv'), 'utf8').split('\n')
    for (const row of rows.filter(each => each.file?.endsWith('ten-problems.csv'))) {
      expect(row.record).toBe(source[Number(row.line) - 1])
    }
    const multiline = rows.find(row => row.file?.endsWith('crlf-quoted-newlines.csv'))
    expect(multiline).toEqual({
      file: fixture('crlf-quoted-newlines.csv'),
      line: '7',
      reason: 'column "jobs": not a number with dot decimals (value "x")',
      record: 'P3,2017,C,plain,x,300',
    })
    expect(rows.find(row => row.line === '11')?.reason).toBe(
      `duplicate of ${fixture('ten-problems.csv')}:2 (same project_id, year and partners); pass --allow-duplicates if both are meant`,
    )
    expect(result.stderr).toContain(
      `warning: skipped 11 invalid records; the figures leave them out (written to rejected.csv)`,
    )
  })

  it('keeps a record that spans lines whole, line breaks and quotes included', async () => {
    const directory = scratch()
    writeFileSync(
      join(directory, 'in.csv'),
      'project_id,year,partner,project_name,jobs\r\nP1,2016,A,"two\r\nlines ""quoted""",x\r\nP2,2016,B,ok,1\r\n',
    )
    const result = await runCli(['summarize', 'in.csv', '--rejects', 'out.csv', '--format', 'csv', '--by', 'year'], {
      cwd: directory,
    })
    expect(result.exitCode).toBe(0)
    const rows = parse(readFileSync(join(directory, 'out.csv'))) as string[][]
    expect(rows).toEqual([
      ['file', 'line', 'reason', 'record'],
      [
        'in.csv',
        '2',
        'column "jobs": not a number with dot decimals (value "x")',
        'P1,2016,A,"two\r\nlines ""quoted""",x',
      ],
    ])
  })

  it('is a usage error when the file cannot be written, before anything is read', async () => {
    const result = await runCli(['summarize', 'data/lup-sample.csv', '--rejects', 'no/such/dir/r.csv'])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe('error: cannot write "no/such/dir/r.csv": no such directory\n')
  })
})

describe('hostile input gets one clear line, never a stack trace, a hang or unbounded memory', () => {
  const directory = scratch()
  const cases: [string, () => string | Buffer, RegExp][] = [
    [
      'a 10 MB single field',
      () => `project_id,year,partner,jobs\nP1,2016,A,1\nP2,2016,"${'x'.repeat(10_000_000)}",1\nP3,2017,B,2\n`,
      /^big\.csv:3: record too large \(over 1 000 000 characters\); the rest of the file was not read\n/,
    ],
    [
      'a million columns',
      () => `${Array.from({ length: 1_000_000 }, (_, column) => `c${column}`).join(',')}\n1,2\n`,
      /^big\.csv:1: record too large/,
    ],
    ['a header-less stream of 5 MB without a line break', () => 'x'.repeat(5_000_000), /^big\.csv:1: record too large/],
    ['NUL bytes', () => Buffer.alloc(100_000), /^big\.csv:1: binary data, not a CSV text file\n/],
  ]
  it.each(cases)('%s', async (_name, content, expected) => {
    writeFileSync(join(directory, 'big.csv'), content())
    const result = await runCli(['summarize', 'big.csv'], { cwd: directory })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(expected)
    expect(result.stderr.split('\n').length).toBeLessThanOrEqual(3)
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/)
  })

  it.each([
    ['a missing file', ['summarize', 'nope.csv'], 'error: cannot read "nope.csv": no such file\n'],
    ['a directory', ['summarize', 'test'], 'error: cannot read "test": it is a directory\n'],
  ])('%s is a usage error naming the path', async (_name, args, stderr) => {
    const result = await runCli(args)
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(stderr)
  })
})
