// validateInto reads a row's cells where they lie in the decoded text (ranges, character codes,
// caches keyed by ranges); validateRow gets them as strings. Both must find the same record or the
// same problems, for any row: random rows are written as CSV, tokenized, and validated both ways.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/messages/index.js'
import type { ImpactRecord, Problem } from '../../src/model.js'
import { CsvTokenizer } from '../../src/read/csv-tokenizer.js'
import type { RowFields } from '../../src/read/row.js'
import { resolveHeader } from '../../src/read/header.js'
import { RecordKeys, RecordView } from '../../src/record/view.js'
import { type ConventionSetting, newAmountScan, scanPlainAmount } from '../../src/validate/number.js'
import { type FileContext, validateInto, validateRow } from '../../src/validate/record.js'

const HEADER = [
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

const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'P1',
    ' P1',
    'P 1',
    'P  1',
    'P\t1',
    'Ørland',
    'Проект',
    '2019',
    ' 2019',
    '19',
    '02019',
    '0219',
    '2O19',
    'Aker|Bergen',
    'Bergen | Aker',
    'Aker|',
    'Aker|aker',
    'Aker|Aker',
  ),
  fc.constantFrom(
    '1',
    '-1',
    '1 234',
    '1\u00a0234,5',
    '1.234',
    '1.234,5',
    '12,5',
    '12.5',
    '0,10',
    'kr 100',
    '100 kr',
    '1e5',
    '−3',
    '+4',
    ' 7 ',
    '1 000,-',
  ),
  fc.constantFrom('realised', 'Estimert', 'potensiell', 'maybe', ' Potential '),
  fc.stringMatching(/^[a-zæøå0-9 ,."|-]{0,10}$/),
)

function tokenize(text: string, delimiter: string): { cells: string[]; line: number; raw: string }[] {
  const rows: { cells: string[]; line: number; raw: string }[] = []
  const tokenizer = new CsvTokenizer(
    delimiter,
    {
      record: fields => rows.push({ cells: fields.cells(), line: fields.line, raw: fields.raw() }),
      error: () => undefined,
    },
    1_000_000,
  )
  tokenizer.write(text)
  tokenizer.end()
  return rows
}

describe('validateInto reads rows as validateRow does', () => {
  it('on random rows in both conventions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom<[string, ConventionSetting]>([',', 'dot'], [';', 'comma'], ['\t', 'auto']),
        (rows, [delimiter, convention]) => {
          const quote = (value: string): string =>
            value.includes(delimiter) || value.includes('"') || value.startsWith(' ')
              ? `"${value.replaceAll('"', '""')}"`
              : value
          const text = `${HEADER.join(delimiter)}\n${rows.map(row => row.map(quote).join(delimiter)).join('\n')}\n`
          const index = resolveHeader(HEADER).index
          const byFields: FileContext = { index, names: HEADER, convention, messages: en, keys: new RecordKeys() }
          const byCells: FileContext = { index, names: HEADER, convention, messages: en }
          const view = new RecordView(byFields.keys as RecordKeys)
          const fromFields: (ImpactRecord | Problem[])[] = []
          const tokenizer = new CsvTokenizer(
            delimiter,
            {
              record: (fields: RowFields) => {
                if (fields.line === 1) return
                const problems = validateInto(fields, 'a.csv', byFields, view)
                fromFields.push(problems ?? view.toImpactRecord())
              },
              error: () => undefined,
            },
            1_000_000,
          )
          tokenizer.write(text)
          tokenizer.end()
          const fromCells = tokenize(text, delimiter)
            .filter(row => row.line > 1)
            .map(row => validateRow({ file: 'a.csv', line: row.line, cells: row.cells, raw: row.raw }, byCells))
          expect(fromFields).toEqual(fromCells)
          expect(byFields.convention).toBe(byCells.convention)
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('scanPlainAmount on a range', () => {
  it('reads a number inside a longer text as it reads the number alone', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[-0-9 .,]{0,12}$/),
        fc.string({ maxLength: 4 }),
        fc.string({ maxLength: 4 }),
        fc.constantFrom<ConventionSetting>('comma', 'dot', 'auto'),
        (number, before, after, convention) => {
          const alone = newAmountScan()
          const inside = newAmountScan()
          const read = scanPlainAmount(number, 0, number.length, convention, alone)
          expect(
            scanPlainAmount(before + number + after, before.length, before.length + number.length, convention, inside),
          ).toBe(read)
          if (read) expect(inside).toEqual(alone)
        },
      ),
      { numRuns: 5000 },
    )
  })
})
