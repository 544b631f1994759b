import { describe, expect, it } from 'vitest'
import { en } from '../../src/messages/index.js'
import type { ImpactRecord, Problem, RawRow } from '../../src/model.js'
import { resolveHeader } from '../../src/read/header.js'
import { compareByCodePoint } from '../../src/record/code-point-order.js'
import type { ConventionSetting } from '../../src/validate/number.js'
import { type FileContext, normalizeName, parseBasis, validateRow } from '../../src/validate/record.js'

const ENGLISH = [
  'project_id',
  'year',
  'partner',
  'jobs',
  'savings_nok',
  'co2e_tonnes',
  'category',
  'project_name',
  'basis',
]
const NORWEGIAN = [
  'Prosjekt-ID',
  'År',
  'Partnere',
  'Arbeidsplasser',
  'Besparelse NOK',
  'CO2e',
  'Kategori',
  'Prosjektnavn',
  'Grunnlag',
]

function fileContext(header: string[], convention: ConventionSetting = 'comma'): FileContext {
  const resolved = resolveHeader(header)
  expect(resolved.problems).toEqual([])
  return { index: resolved.index, names: resolved.names, convention, messages: en }
}

const rawRow = (cells: string[], line = 2, file = 'a.csv'): RawRow => ({ file, line, cells, raw: cells.join(';') })

function validRecord(cells: string[], context: FileContext, line = 2): ImpactRecord {
  const result = validateRow(rawRow(cells, line), context)
  if (Array.isArray(result)) throw new Error(`expected a record, got ${JSON.stringify(result)}`)
  return result
}

function problemsOf(cells: string[], context: FileContext, line = 2): Problem[] {
  const result = validateRow(rawRow(cells, line), context)
  if (!Array.isArray(result)) throw new Error(`expected problems, got a record for ${JSON.stringify(cells)}`)
  return result
}

/** One English row with every column; `changes` replaces cells by column name. */
function englishRow(changes: Partial<Record<(typeof ENGLISH)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    project_id: 'P1',
    year: '2019',
    partner: 'Aker',
    jobs: '1',
    savings_nok: '100',
    co2e_tonnes: '2',
    category: 'Ferjer',
    project_name: 'Elferge',
    basis: '',
  }
  return ENGLISH.map(column => changes[column] ?? (base[column] as string))
}

describe('validateRow, valid rows', () => {
  it('turns a Norwegian row into a record with trimmed names and exact amounts', () => {
    const context = fileContext(NORWEGIAN)
    const record = validRecord(
      [
        '  P-1 ',
        ' 2019 ',
        ' Ørland kommune | Aker   Solutions|Bergen kommune ',
        '1,5',
        'kr 1 000,50',
        '-2,125',
        '  Ferjer ',
        ' Elferge \u00a0 Ørland ',
        'Estimert',
      ],
      context,
      7,
    )
    expect(record).toEqual({
      file: 'a.csv',
      line: 7,
      projectId: 'P-1',
      year: 2019,
      partners: ['Aker Solutions', 'Bergen kommune', 'Ørland kommune'],
      category: 'Ferjer',
      projectName: 'Elferge Ørland',
      basis: 'estimated',
      measures: [
        { units: 15n, scale: 1 },
        { units: 100050n, scale: 2 },
        { units: -2125n, scale: 3 },
      ],
    })
  })

  it('sorts partners by code point, not by locale', () => {
    const record = validRecord(englishRow({ partner: 'aker|Ørland|Bergen|Zeta|Åsen' }), fileContext(ENGLISH))
    expect(record.partners).toEqual(['Bergen', 'Zeta', 'aker', 'Åsen', 'Ørland'])
  })

  it('treats empty measure cells as not reported, not as zero', () => {
    const record = validRecord(englishRow({ jobs: '', savings_nok: '  ', co2e_tonnes: '0' }), fileContext(ENGLISH))
    expect(record.measures).toEqual([null, null, { units: 0n, scale: 0 }])
  })

  it('leaves optional columns the file lacks empty', () => {
    const record = validRecord(['P1', '2019', 'Aker', '3'], fileContext(['project_id', 'year', 'partner', 'jobs']))
    expect(record).toMatchObject({
      category: null,
      projectName: null,
      basis: 'realised',
      measures: [{ units: 3n, scale: 0 }, null, null],
    })
  })

  it('turns empty optional cells into null and an empty basis into realised', () => {
    const record = validRecord(englishRow({ category: ' ', project_name: '', basis: '' }), fileContext(ENGLISH))
    expect(record).toMatchObject({ category: null, projectName: null, basis: 'realised' })
  })

  it('collapses white space inside the project id', () => {
    expect(validRecord(englishRow({ project_id: ' LUP   2019-04 ' }), fileContext(ENGLISH)).projectId).toBe(
      'LUP 2019-04',
    )
  })

  it('allows negative savings and CO2e, and zero jobs written as -0', () => {
    const record = validRecord(
      englishRow({ jobs: '-0', savings_nok: '-1 000', co2e_tonnes: '\u22120,5' }),
      fileContext(ENGLISH),
    )
    expect(record.measures).toEqual([
      { units: 0n, scale: 0 },
      { units: -1000n, scale: 0 },
      { units: -5n, scale: 1 },
    ])
  })

  it('reads dot decimals in a dot-decimal file', () => {
    const record = validRecord(
      englishRow({ jobs: '0.5', savings_nok: '1,234,567.25', co2e_tonnes: '12.125' }),
      fileContext(ENGLISH, 'dot'),
    )
    expect(record.measures).toEqual([
      { units: 5n, scale: 1 },
      { units: 123456725n, scale: 2 },
      { units: 12125n, scale: 3 },
    ])
  })
})

describe('validateRow, problems', () => {
  it('reports every problem in a row together, under the column names of the file', () => {
    const context = fileContext(NORWEGIAN)
    const problems = problemsOf(
      ['', 'nitten', 'Aker||Bergen', '-1', '1e5', '2.5', 'Ferjer', 'Elferge', 'kanskje'],
      context,
      4,
    )
    const at = { file: 'a.csv', line: 4, severity: 'error' }
    expect(problems).toEqual([
      { ...at, column: 'Prosjekt-ID', message: 'missing project id' },
      { ...at, column: 'År', message: en.problems.notAYear, value: 'nitten' },
      { ...at, column: 'Partnere', message: en.problems.emptyPartner, value: 'Aker||Bergen' },
      { ...at, column: 'Arbeidsplasser', message: 'jobs cannot be negative', value: '-1' },
      { ...at, column: 'Besparelse NOK', message: en.problems.amount('scientific', 'comma'), value: '1e5' },
      { ...at, column: 'CO2e', message: en.problems.amount('wrong-decimal-separator', 'comma'), value: '2.5' },
      { ...at, column: 'Grunnlag', message: en.problems.unknownBasis, value: 'kanskje' },
    ])
  })

  it.each([
    [['P1', '2019', 'Aker'], 3],
    [['P1', '2019', 'Aker', '1', '2'], 5],
    [[''], 1],
  ])('reports a row of %j as the wrong number of fields, and nothing else', (cells, found) => {
    expect(problemsOf(cells, fileContext(['project_id', 'year', 'partner', 'jobs']), 9)).toEqual([
      { file: 'a.csv', line: 9, severity: 'error', message: `expected 4 fields as in the header, found ${found}` },
    ])
  })

  it.each([
    ['project_id', 'Prosjekt-ID', 'missing project id'],
    ['year', 'År', 'missing year'],
    ['partner', 'Partnere', 'missing partner'],
  ])('reports an empty %s as missing, under the header name %j', (column, headerName, message) => {
    const cells = englishRow({ [column]: '   ' })
    expect(problemsOf(cells, fileContext(NORWEGIAN))).toEqual([
      { file: 'a.csv', line: 2, severity: 'error', column: headerName, message },
    ])
  })

  it.each(['19', '20199', '2019.0', '2 019', '2019-01-01', 'MMXIX', '-2019', '２０１９'])(
    'rejects the year %j',
    year => {
      expect(problemsOf(englishRow({ year }), fileContext(ENGLISH))).toEqual([
        {
          file: 'a.csv',
          line: 2,
          severity: 'error',
          column: 'year',
          message: 'not a year (expected four digits, such as 2016)',
          value: year,
        },
      ])
    },
  )

  it('accepts a year with surrounding spaces', () => {
    expect(validRecord(englishRow({ year: ' 2016 ' }), fileContext(ENGLISH)).year).toBe(2016)
  })

  it.each(['A||B', '|A', 'A|', 'A| |B', '|'])('rejects an empty partner in %j', partner => {
    expect(problemsOf(englishRow({ partner }), fileContext(ENGLISH))).toEqual([
      {
        file: 'a.csv',
        line: 2,
        severity: 'error',
        column: 'partner',
        message: en.problems.emptyPartner,
        value: partner,
      },
    ])
  })

  it.each([
    ['A|A', 'A'],
    [' Aker |Aker', 'Aker'],
    ['Aker  Solutions|Aker Solutions', 'Aker Solutions'],
    ['B|A|B', 'B'],
  ])('rejects a partner listed twice in %j', (partner, twice) => {
    expect(problemsOf(englishRow({ partner }), fileContext(ENGLISH))).toEqual([
      {
        file: 'a.csv',
        line: 2,
        severity: 'error',
        column: 'partner',
        message: `partner "${twice}" is listed twice`,
        value: partner,
      },
    ])
  })

  it.each([
    ['aker|Aker', 'aker'],
    [`Ås|${'Ås'.normalize('NFD')}`, 'Ås'],
  ])('treats partners that differ only in case or composition as one partner, named twice: %j', (partner, twice) => {
    expect(problemsOf(englishRow({ partner }), fileContext(ENGLISH)).map(problem => problem.message)).toEqual([
      en.problems.partnerTwice(twice),
    ])
  })

  it.each(['-1', '-0,01', '\u22122'])('rejects negative jobs %j', jobs => {
    expect(problemsOf(englishRow({ jobs }), fileContext(ENGLISH))).toEqual([
      { file: 'a.csv', line: 2, severity: 'error', column: 'jobs', message: en.problems.negativeJobs, value: jobs },
    ])
  })

  it('allows a currency only in savings', () => {
    expect(validRecord(englishRow({ savings_nok: '1 000 kr' }), fileContext(ENGLISH)).measures[1]).toEqual({
      units: 1000n,
      scale: 0,
    })
    expect(problemsOf(englishRow({ jobs: '5 kr', co2e_tonnes: 'NOK 2' }), fileContext(ENGLISH))).toEqual([
      {
        file: 'a.csv',
        line: 2,
        severity: 'error',
        column: 'jobs',
        message: en.problems.amount('currency-not-allowed', 'comma'),
        value: '5 kr',
      },
      {
        file: 'a.csv',
        line: 2,
        severity: 'error',
        column: 'co2e_tonnes',
        message: en.problems.amount('currency-not-allowed', 'comma'),
        value: 'NOK 2',
      },
    ])
  })

  it('shows the amount as written, spaces included', () => {
    expect(problemsOf(englishRow({ savings_nok: ' 1.234 ' }), fileContext(ENGLISH))[0]).toMatchObject({
      column: 'savings_nok',
      value: ' 1.234 ',
      message: en.problems.amount('ambiguous-grouping', 'comma'),
    })
  })

  it('names the decimal convention and the way out in an amount problem', () => {
    expect(problemsOf(englishRow({ jobs: '2.5' }), fileContext(ENGLISH))[0]?.message).toBe(
      'reads as a number with dot decimals, but this file uses comma decimals; pass --decimal dot if the file uses dot decimals',
    )
  })
})

describe('validateRow, basis', () => {
  it.each([
    ['', 'realised'],
    ['realised', 'realised'],
    ['Realized', 'realised'],
    ['realisert', 'realised'],
    ['REALISERT', 'realised'],
    ['estimated', 'estimated'],
    ['estimert', 'estimated'],
    [' Estimert ', 'estimated'],
    ['estimat', 'estimated'],
    ['potential', 'potential'],
    ['potensiell', 'potential'],
    ['Potensial', 'potential'],
  ])('%j → %s', (basis, expected) => {
    expect(validRecord(englishRow({ basis }), fileContext(ENGLISH)).basis).toBe(expected)
  })

  it.each(['planned', 'ja', 'realised?', 'r'])('%j is unknown', basis => {
    expect(problemsOf(englishRow({ basis }), fileContext(ENGLISH))).toEqual([
      { file: 'a.csv', line: 2, severity: 'error', column: 'basis', message: en.problems.unknownBasis, value: basis },
    ])
  })

  it.each([
    ['Realisert', 'realised'],
    ['', 'realised'],
    ['potensiell', 'potential'],
    ['nope', undefined],
  ])('parseBasis(%j) → %s', (text, expected) => expect(parseBasis(text)).toBe(expected))
})

describe('validateRow, a convention decided by the values (tab files)', () => {
  const TAB_FILE = 'a.tsv'
  const tabRow = (cells: string[], line: number): RawRow => ({ file: TAB_FILE, line, cells, raw: cells.join('\t') })

  it('stays undecided through values that do not tell, then follows the first that does', () => {
    const context = fileContext(ENGLISH, 'auto')
    expect(
      validateRow(tabRow(englishRow({ jobs: '1', savings_nok: '1 234', co2e_tonnes: '' }), 2), context),
    ).not.toBeInstanceOf(Array)
    expect(context.convention).toBe('auto')
    expect(context.decidedAt).toBeUndefined()

    const decided = validateRow(tabRow(englishRow({ jobs: '1', savings_nok: '12,5', co2e_tonnes: '' }), 3), context)
    expect(decided).toMatchObject({ measures: [{ units: 1n, scale: 0 }, { units: 125n, scale: 1 }, null] })
    expect(context.convention).toBe('comma')
    expect(context.decidedAt).toBe('the value at a.tsv:3')

    expect(validateRow(tabRow(englishRow({ jobs: '1.234.567' }), 4), context)).toMatchObject({
      measures: [
        { units: 1234567n, scale: 0 },
        { units: 100n, scale: 0 },
        { units: 2n, scale: 0 },
      ],
    })
  })

  it('enforces the decided convention, saying where it was decided', () => {
    const context = fileContext(ENGLISH, 'auto')
    validRecord(englishRow({ jobs: '0,5' }), context, 5)
    const result = validateRow(tabRow(englishRow({ co2e_tonnes: '2.5' }), 6), context)
    expect(result).toEqual([
      {
        file: TAB_FILE,
        line: 6,
        severity: 'error',
        column: 'co2e_tonnes',
        message:
          'reads as a number with dot decimals, but this file uses comma decimals (decided by the value at a.csv:5); pass --decimal dot if the file uses dot decimals',
        value: '2.5',
      },
    ])
  })

  it('lets an earlier cell of the same row decide for the later cells', () => {
    const context = fileContext(ENGLISH, 'auto')
    const problems = problemsOf(englishRow({ jobs: '1.5', savings_nok: '100,25' }), context, 8)
    expect(context.convention).toBe('dot')
    expect(problems).toEqual([
      {
        file: 'a.csv',
        line: 8,
        severity: 'error',
        column: 'savings_nok',
        message: en.problems.amount('wrong-decimal-separator', 'dot', 'the value at a.csv:8'),
        value: '100,25',
      },
    ])
  })

  it('reports a value that cannot be read without knowing the convention, and stays undecided', () => {
    const context = fileContext(ENGLISH, 'auto')
    expect(problemsOf(englishRow({ savings_nok: '1.234' }), context)).toEqual([
      {
        file: 'a.csv',
        line: 2,
        severity: 'error',
        column: 'savings_nok',
        message: en.problems.amount('undecided', 'auto'),
        value: '1.234',
      },
    ])
    expect(context.convention).toBe('auto')
  })

  it('decides by Norwegian whole kroner', () => {
    const context = fileContext(ENGLISH, 'auto')
    validRecord(englishRow({ savings_nok: '1 000,-' }), context)
    expect(context.convention).toBe('comma')
  })
})

describe('compareByCodePoint', () => {
  it.each([
    ['a', 'a', 0],
    ['A', 'a', -1],
    ['Z', 'a', -1],
    ['a', 'Å', -1],
    ['Å', 'Ø', -1], // U+00C5 before U+00D8, unlike Norwegian alphabetical order
    ['Aker', 'Aker Solutions', -1],
    ['', 'a', -1],
    ['\uff5e', '\u{1f600}', -1], // code points, not UTF-16 code units (D83D would sort before FF5E)
    ['b', 'a', 1],
  ])('%j vs %j → %i', (left, right, sign) => expect(Math.sign(compareByCodePoint(left, right))).toBe(sign))

  it('sorts a list by code point', () => {
    expect(['Ørland', 'aker', '\u{1f600}', 'Bergen', '\uff5e', 'Åsen'].sort(compareByCodePoint)).toEqual([
      'Bergen',
      'aker',
      'Åsen',
      'Ørland',
      '\uff5e',
      '\u{1f600}',
    ])
  })
})

describe('normalizeName', () => {
  it.each([
    ['Aker', 'Aker'],
    ['  Fjordvik   kommune ', 'Fjordvik kommune'],
    ['Fjordvik\u00a0kommune', 'Fjordvik kommune'],
    ['Fjordvik\t\tkommune', 'Fjordvik kommune'],
    ['a\u202fb', 'a b'],
    ['   ', ''],
    ['', ''],
  ])('%j → %j', (text, expected) => expect(normalizeName(text)).toBe(expected))
})
