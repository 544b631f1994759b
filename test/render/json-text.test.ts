import { describe, expect, it } from 'vitest'
import { ExactSum, amountFromPlainString } from '../../src/amount.js'
import { ExactNumber, type JsonValue, LazyArray, stringifyJson } from '../../src/render/json-text.js'

const exact = (text: string): ExactNumber => ExactNumber.of(amountFromPlainString(text))

describe('ExactNumber', () => {
  it.each([
    [{ units: 10n ** 21n, scale: 0 }, '1000000000000000000000'],
    [{ units: 123456789012345678901234567n, scale: 2 }, '1234567890123456789012345.67'],
    [{ units: 1n, scale: 7 }, '0.0000001'],
    [{ units: -1n, scale: 9 }, '-0.000000001'],
    [{ units: 1250n, scale: 2 }, '12.5'],
    [{ units: -5n, scale: 2 }, '-0.05'],
    [{ units: 0n, scale: 3 }, '0'],
  ])('%o is written %s, never with an exponent', (amount, expected) => {
    const written = stringifyJson(ExactNumber.of(amount))
    expect(written).toBe(expected)
    expect(written).not.toMatch(/e/i)
  })

  it('writes 0.1 + 0.2 as 0.3', () => {
    const sum = new ExactSum()
    sum.add(amountFromPlainString('0.1'))
    sum.add(amountFromPlainString('0.2'))
    expect(stringifyJson({ jobs: ExactNumber.of(sum.value()) })).toBe('{\n  "jobs": 0.3\n}')
  })

  it('writes numbers JSON.parse reads back as the same value', () => {
    const document = { savings_nok: exact('334000000'), co2e_tonnes: exact('2987.4'), jobs: exact('-0.05') }
    expect(JSON.parse(stringifyJson(document))).toEqual({ savings_nok: 334000000, co2e_tonnes: 2987.4, jobs: -0.05 })
  })
})

describe('stringifyJson', () => {
  it.each<[JsonValue, string]>([
    [null, 'null'],
    [true, 'true'],
    [false, 'false'],
    [12, '12'],
    [-3.5, '-3.5'],
    ['Ørland', '"Ørland"'],
    ['say "hi"\n\\', '"say \\"hi\\"\\n\\\\"'],
    ['\u0007', '"\\u0007"'],
    [[], '[]'],
    [{}, '{}'],
  ])('%j → %s', (value, expected) => expect(stringifyJson(value)).toBe(expected))

  it('keeps arrays of scalars on one line', () => {
    expect(stringifyJson([1, 'a', null, true, exact('0.3')])).toBe('[1, "a", null, true, 0.3]')
    expect(stringifyJson({ by: ['year', 'partner'] })).toBe('{\n  "by": ["year", "partner"]\n}')
  })

  it('indents nested objects and arrays of objects by two spaces per level', () => {
    const value: JsonValue = {
      schema_version: 1,
      totals: { records: 2, jobs: exact('1.5'), coverage: { jobs: { records: 2, projects: 1 } } },
      by_year: [
        { year: 2019, jobs: exact('1') },
        { year: 2020, jobs: null },
      ],
      inputs: [],
      options: {},
    }
    expect(stringifyJson(value)).toBe(
      [
        '{',
        '  "schema_version": 1,',
        '  "totals": {',
        '    "records": 2,',
        '    "jobs": 1.5,',
        '    "coverage": {',
        '      "jobs": {',
        '        "records": 2,',
        '        "projects": 1',
        '      }',
        '    }',
        '  },',
        '  "by_year": [',
        '    {',
        '      "year": 2019,',
        '      "jobs": 1',
        '    },',
        '    {',
        '      "year": 2020,',
        '      "jobs": null',
        '    }',
        '  ],',
        '  "inputs": [],',
        '  "options": {}',
        '}',
      ].join('\n'),
    )
  })

  it('nests arrays inside arrays', () => {
    expect(stringifyJson([[1, 2], [], [{ a: 1 }]])).toBe('[\n  [1, 2],\n  [],\n  [\n    {\n      "a": 1\n    }\n  ]\n]')
  })

  it('escapes keys', () => {
    expect(stringifyJson({ 'a"b\n': 1 })).toBe('{\n  "a\\"b\\n": 1\n}')
  })

  it('writes valid JSON that parses back to the same structure', () => {
    const value: JsonValue = { a: [1, { b: [null, 'x'] }], c: { d: exact('1000000000000000.5') }, e: 'æøå' }
    expect(JSON.parse(stringifyJson(value))).toEqual({
      a: [1, { b: [null, 'x'] }],
      c: { d: 1000000000000000.5 },
      e: 'æøå',
    })
  })

  it('writes a LazyArray exactly as the array of its items, making each item only when it is written', () => {
    const rows: JsonValue[] = [{ year: 2019, jobs: exact('1') }, { year: 2020, tags: ['a', 'b'] }, [1, 2], 'x']
    const made: number[] = []
    const lazy = new LazyArray(rows.length, position => {
      made.push(position)
      return rows[position] as JsonValue
    })
    expect(made).toEqual([])
    expect(stringifyJson({ by_year: lazy, n: 1 })).toBe(stringifyJson({ by_year: rows, n: 1 }))
    expect(made).toEqual([0, 1, 2, 3])
    expect(stringifyJson({ empty: new LazyArray(0, () => null) })).toBe('{\n  "empty": []\n}')
  })
})
