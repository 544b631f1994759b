// The hot-path tokenizer against csv-parse, the reference it replaced: the same
// records, cells, lines, raw text and errors on every fixture, on edge cases,
// and on random files fed in random chunks.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvTokenizer } from '../../src/read/csv-tokenizer.js'
import { TextDecoderStream } from '../../src/read/decode.js'
import { detectDelimiter } from '../../src/read/dialect.js'
import { parseWithCsvParse, type Event } from '../helpers/csv-parse-reference.js'
import { ROOT } from '../helpers/run-cli.js'

function tokenize(text: string, delimiter: string, cuts: readonly number[] = []): Event[] {
  const events: Event[] = []
  const tokenizer = new CsvTokenizer(
    delimiter,
    {
      record: fields => events.push({ kind: 'record', cells: fields.cells(), line: fields.line, raw: fields.raw() }),
      error: (code, line) => events.push({ kind: 'error', code, line }),
    },
    1_000_000,
  )
  let at = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    tokenizer.write(text.slice(at, cut))
    at = Math.max(at, cut)
  }
  tokenizer.write(text.slice(at))
  tokenizer.end()
  return events
}

const EDGE_CASES: [string, string][] = [
  ['quoted line breaks, LF', 'a,b\n1,"x\ny"\n\n,,\n3,4\n'],
  ['quoted line breaks, CRLF', 'a,b\r\n1,"x\r\ny"\r\n\r\n,,\r\n3,4\r\n'],
  ['old Mac line ends', 'a,b\r1,"x\ry"\r2,3\r'],
  ['doubled quotes', '"a""b",c\n"""",""\n'],
  ['quote inside an unquoted field', 'a,b\n1,a"b,2\n5" screen,x\n'],
  ['no final line end', 'a,b\n1,2'],
  ['trailing delimiter', 'a,b\n1,2,\n,\n'],
  ['unterminated quote', 'a,b\n1,2\n"5,6\n7,8\n'],
  ['empty input', ''],
  ['only line ends', '\n\n\n'],
  ['quoted empty fields', '"",""\n""\n'],
  ['quote at the very end', 'a,"b"'],
  ['delimiter at the very end', 'a,b,'],
]

describe('CsvTokenizer matches csv-parse', () => {
  it.each(EDGE_CASES)('%s', (_name, text) => {
    const expected = parseWithCsvParse(text, ',')
    expect(tokenize(text, ',')).toEqual(expected)
    for (let cut = 0; cut <= text.length; cut++) expect(tokenize(text, ',', [cut]), `cut at ${cut}`).toEqual(expected)
  })

  const fixtures: string[] = []
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory)) {
      const path = join(directory, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(csv|tsv)$/.test(entry)) fixtures.push(path)
    }
  }
  walk(join(ROOT, 'test/fixtures'))
  walk(join(ROOT, 'test/cases'))
  fixtures.push(join(ROOT, 'data/lup-sample.csv'))

  it(`gives the same events on all ${fixtures.length} fixture files, whole and in 7-character chunks`, () => {
    expect(fixtures.length).toBeGreaterThan(40)
    for (const path of fixtures) {
      const decoder = new TextDecoderStream()
      let text: string
      try {
        text = decoder.write(readFileSync(path)) + decoder.end()
      } catch {
        continue // not decodable without --encoding; the decoder's own tests cover these
      }
      // csv-parse takes the first line end it meets as the only one; files that mix
      // them are where the two differ on purpose (see the test below).
      if (lineEndStyles(text) > 1) continue
      const delimiter = detectDelimiter(text.split(/\r?\n|\r/).find(line => /[^\s,;\t]/.test(line)) ?? '')
      const expected = parseWithCsvParse(text, delimiter)
      expect(tokenize(text, delimiter), path).toEqual(expected)
      const cuts = Array.from({ length: Math.floor(text.length / 7) }, (_, index) => (index + 1) * 7)
      expect(tokenize(text, delimiter, cuts), `${path} in chunks`).toEqual(expected)
    }
  })

  const cell = fc.stringMatching(/^[a-zæøå0-9 ,;\t"\r\n|.-]{0,8}$/)
  const file = fc.record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    quoteAll: fc.boolean(),
    finalLineEnd: fc.boolean(),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 12 }),
  })

  it('gives the same events on random well-formed files cut into random chunks', () => {
    fc.assert(
      fc.property(file, fc.array(fc.nat({ max: 400 }), { maxLength: 8 }), (spec, cuts) => {
        const quote = (value: string): string =>
          spec.quoteAll || value.includes(spec.delimiter) || /["\r\n]/.test(value)
            ? `"${value.replaceAll('"', '""')}"`
            : value
        const body = spec.rows.map(row => row.map(quote).join(spec.delimiter)).join(spec.lineEnd)
        const text = body + (spec.finalLineEnd && body !== '' ? spec.lineEnd : '')
        const expected = parseWithCsvParse(text, spec.delimiter)
        expect(tokenize(text, spec.delimiter, cuts)).toEqual(expected)
      }),
      { numRuns: 1000 },
    )
  })

  it('gives the same events on random text, malformed quoting included', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab,"N]{0,40}$/),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat({ max: 40 }), { maxLength: 4 }),
        (pattern, lineEnd, cuts) => {
          const text = pattern.replaceAll('N', lineEnd)
          expect(tokenize(text, ',', cuts)).toEqual(parseWithCsvParse(text, ','))
        },
      ),
      { numRuns: 3000 },
    )
  })
})

describe('where CsvTokenizer differs from csv-parse on purpose', () => {
  it('ends a record at any line end, in files that mix them (csv-parse keeps the first kind only)', () => {
    const text = 'a,b\r\n1,2\n3,4\r5,6\r\n'
    expect(tokenize(text, ',').map(event => (event.kind === 'record' ? [event.line, ...event.cells] : event))).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [3, '3', '4'],
      [4, '5', '6'],
    ])
    expect(parseWithCsvParse(text, ',')).toHaveLength(2) // "2\n3" and "4\r5" become single cells
  })
})

function lineEndStyles(text: string): number {
  const crlf = text.includes('\r\n')
  const lf = /(^|[^\r])\n/.test(text)
  const cr = /\r(?!\n)/.test(text)
  return Number(crlf) + Number(lf) + Number(cr)
}
