// The JSON Schemas in schema/ describe what the CLI really prints: real outputs are validated against them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli } from './helpers/run-cli.js'

const load = (name: string): object => JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8')) as object
const ajv = new Ajv2020({ allErrors: true, strict: true })
const validSummary = ajv.compile(load('summary.schema.json'))
const validProblems = ajv.compile(load('problems.schema.json'))

async function json(args: string[], exitCode = 0): Promise<unknown> {
  const result = await runCli(args)
  expect(result.exitCode, result.stderr).toBe(exitCode)
  return JSON.parse(result.stdout) as unknown
}

describe('summary.schema.json', () => {
  it.each([
    ['the default groupings', ['summarize', 'data/lup-sample.csv']],
    [
      'every dimension and a pair',
      [
        'summarize',
        'data/lup-sample.csv',
        '--by',
        'year',
        '--by',
        'partner',
        '--by',
        'category',
        '--by',
        'project',
        '--by',
        'basis',
        '--by',
        'year,partner',
      ],
    ],
    [
      'constant kroner and full attribution',
      ['summarize', 'data/lup-sample.csv', '--real', '2020', '--attribution', 'full', '--by', 'partner,year'],
    ],
    [
      'filters that match nothing',
      [
        'summarize',
        'data/lup-sample.csv',
        '--partner',
        'Nobody',
        '--from',
        '2012',
        '--to',
        '2013',
        '--basis',
        'estimated',
      ],
    ],
    [
      'Norwegian, which changes no key',
      ['summarize', 'test/fixtures/win1252-semicolon-nb-headers.csv', '--lang', 'nb', '--by', 'category'],
    ],
    ['an empty data set', ['summarize', 'test/fixtures/header-only.csv']],
    ['measures as strings', ['summarize', 'data/lup-sample.csv', '--json-numbers', 'string', '--by', 'year,partner']],
    [
      '--value with costs (R-109 schedule)',
      [
        'summarize',
        'test/cases/summarize/value-costs-ratios/input.csv',
        '--value',
        '--carbon-price',
        'test/cases/summarize/value-costs-ratios/prices.csv',
        '--costs',
        'test/cases/summarize/value-costs-ratios/costs.csv',
      ],
    ],
    [
      '--value with the shipped path and a projection',
      ['summarize', 'test/cases/summarize/value-shipped-path-horizon-nb/input.csv', '--value', '--horizon', '2030'],
    ],
    [
      '--value on the sample, years before the shipped path held (--before-path hold)',
      ['summarize', 'data/lup-sample.csv', '--jobs', 'new', '--value', '--before-path', 'hold'],
    ],
    [
      'members, jobs held and --persist',
      [
        'summarize',
        'data/lup-sample.csv',
        '--members',
        'data/lup-members-sample.csv',
        '--jobs',
        'held',
        '--persist',
        '--quiet',
        '--by',
        'year',
      ],
    ],
    ['CO2e reported by potential records only', ['summarize', 'data/lup-sample.csv', '--basis', 'potential']],
    ['skipped records', ['summarize', 'test/fixtures/ten-problems.csv', '--skip-invalid', '--quiet']],
  ])('describes %s', async (_name, args) => {
    const document = await json([...args, '--format', 'json'])
    expect(validSummary(document), ajv.errorsText(validSummary.errors)).toBe(true)
  })

  it('rejects a document that breaks it (the schema is not vacuous)', async () => {
    const document = (await json(['summarize', 'data/lup-sample.csv', '--format', 'json'])) as {
      totals: Record<string, unknown>
      extra?: unknown
    }
    expect(validSummary({ ...document, totals: { ...document.totals, jobs: 'three hundred' } })).toBe(false)
    expect(validSummary({ ...document, totals: { ...document.totals, jobs: '3.5e2' } })).toBe(false)
    expect(validSummary({ ...document, totals: { ...document.totals, jobs: true } })).toBe(false)
    expect(validSummary({ ...document, by_color: [] })).toBe(false)
    expect(validSummary({ ...document, schema_version: 1 })).toBe(false)
    const avoided = document.totals.co2e_tonnes_avoided as Record<string, { assumptions: string[] }>
    const lower = { ...avoided.lower, assumptions: ['cuts-last-forever'] }
    expect(
      validSummary({ ...document, totals: { ...document.totals, co2e_tonnes_avoided: { ...avoided, lower } } }),
    ).toBe(false)
  })
})

describe('problems.schema.json', () => {
  it('describes validate --format json, with problems and without', async () => {
    const problems = await json(['validate', 'test/fixtures/ten-problems.csv', '--format', 'json'], 1)
    expect(validProblems(problems), ajv.errorsText(validProblems.errors)).toBe(true)
    expect((problems as unknown[]).length).toBe(11)
    const none = await json(['validate', 'data/lup-sample.csv', '--format', 'json'])
    expect(none).toEqual([])
    expect(validProblems(none)).toBe(true)
    expect(
      validProblems([{ file: 'a.csv', line: -1, column: null, value: null, message: 'x', severity: 'error' }]),
    ).toBe(false)
  })

  it('describes problems in workbooks: their sheet and row, or line 0 for a workbook that cannot be opened', async () => {
    const cells = (await json(['validate', 'test/fixtures/xlsx/excel-cell-problems.xlsx', '--format', 'json'], 1)) as {
      sheet?: string
      line: number
    }[]
    expect(validProblems(cells), ajv.errorsText(validProblems.errors)).toBe(true)
    expect(cells.map(problem => `${problem.sheet}:${problem.line}`)).toEqual([
      'Effekter:3',
      'Effekter:4',
      'Effekter:5',
      'Effekter:6',
      'Effekter:7',
      'Effekter:8',
    ])
    const whole = (await json(['validate', 'test/fixtures/xlsx/truncated.xlsx', '--format', 'json'], 1)) as {
      sheet?: string
      line: number
    }[]
    expect(validProblems(whole), ajv.errorsText(validProblems.errors)).toBe(true)
    expect(whole).toEqual([expect.objectContaining({ line: 0, column: null })])
    expect(whole[0]?.sheet).toBeUndefined()
  })
})
