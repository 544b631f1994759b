// drawBox against cli-table3, which drew our tables before it: the same text for random tables,
// with natural widths and with fixed widths that wrap. Uncoloured; colour only adds escapes around
// the same characters.
import Table from 'cli-table3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Align, drawBox, wrapWords } from '../../src/render/box.js'
import { displayWidth } from '../../src/render/text-width.js'

function cliTable3(
  head: string[],
  align: Align[],
  rows: string[][],
  widths: number[] | undefined,
  rules: boolean,
): string {
  const grid = new Table({
    head,
    colAligns: align,
    style: { head: [], border: [] },
    ...(widths === undefined ? {} : { colWidths: widths.map(width => width + 2), wordWrap: true }),
  })
  for (const row of rows) grid.push(row)
  const drawn = grid.toString()
  if (rules) return drawn
  const lines = drawn.split('\n')
  const underHead = lines.findIndex(line => line.startsWith('├'))
  return lines.filter((line, position) => position <= underHead || !line.startsWith('├')).join('\n')
}

// Norwegian letters, and what display widths are made of: wide characters (東京), an emoji, a
// combining accent (e + U+0301), full-width forms.
const word = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-zæøåÆØÅé0-9.,()-]{1,12}$/) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom('東', '京', '都', '🚢', 'e\u0301', 'Ａ', 'ø', 'x'), { minLength: 1, maxLength: 6 })
      .map(parts => parts.join('')),
  },
)
const cell = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .chain(words =>
    fc
      .array(fc.constantFrom(' ', ' ', '  '), { minLength: words.length - 1, maxLength: words.length - 1 })
      .map(spaces => words.map((each, index) => (index === 0 ? each : `${spaces[index - 1]}${each}`)).join('')),
  )
const table = fc.integer({ min: 1, max: 5 }).chain(columns =>
  fc.record({
    head: fc.array(cell, { minLength: columns, maxLength: columns }),
    align: fc.array(fc.constantFrom<Align>('left', 'right', 'center'), { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(fc.oneof(cell, fc.constant('')), { minLength: columns, maxLength: columns }), {
      maxLength: 6,
    }),
    rules: fc.boolean(),
  }),
)

describe('drawBox', () => {
  it('draws what cli-table3 draws, at natural widths', () => {
    fc.assert(
      fc.property(table, ({ head, align, rows, rules }) => {
        expect(drawBox({ head, align, rows }, { rules })).toBe(cliTable3(head, align, rows, undefined, rules))
      }),
      { numRuns: 400 },
    )
  })

  it('wraps as cli-table3 wraps, at fixed widths no narrower than the longest word', () => {
    fc.assert(
      fc.property(
        table,
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }),
        ({ head, align, rows, rules }, extra) => {
          const longest = head.map((_, column) =>
            Math.max(
              1,
              ...[head[column] as string, ...rows.map(row => row[column] as string)].flatMap(text =>
                text.split(/\s+/).map(displayWidth),
              ),
            ),
          )
          const widths = longest.map((width, column) => width + (extra[column] as number))
          expect(drawBox({ head, align, rows }, { widths, rules })).toBe(cliTable3(head, align, rows, widths, rules))
        },
      ),
      { numRuns: 400 },
    )
  })

  it('draws an empty body as a head between two borders', () => {
    expect(drawBox({ head: ['Year', 'Jobs'], align: ['left', 'right'], rows: [] })).toBe(
      ['┌──────┬──────┐', '│ Year │ Jobs │', '└──────┴──────┘'].join('\n'),
    )
  })

  it('cuts a word wider than its column with an ellipsis', () => {
    expect(drawBox({ head: ['Partner'], align: ['left'], rows: [['Trondheim kommune']] }, { widths: [7] })).toBe(
      ['┌─────────┐', '│ Partner │', '├─────────┤', '│ Trondh… │', '│ kommune │', '└─────────┘'].join('\n'),
    )
  })

  it('styles borders and head text, not the padding', () => {
    const drawn = drawBox(
      { head: ['År'], align: ['left'], rows: [['2019']] },
      { style: { border: text => `<${text}>`, head: text => `*${text}*` } },
    )
    expect(drawn.split('\n')).toEqual(['<┌──────┐>', '<│> *År*   <│>', '<├──────┤>', '<│> 2019 <│>', '<└──────┘>'])
  })
})

describe('wrapWords', () => {
  it('keeps a word whole on its own line and breaks at whitespace', () => {
    expect(wrapWords('Helse Nord RHF og Tromsø kommune', 10)).toEqual(['Helse Nord', 'RHF og', 'Tromsø', 'kommune'])
    expect(wrapWords('a\nb c', 1)).toEqual(['a', 'b', 'c'])
    expect(wrapWords('', 5)).toEqual([])
  })
})

describe('displayWidth', () => {
  it('counts wide characters twice and combining marks not at all', () => {
    expect(displayWidth('Tromsø')).toBe(6)
    expect(displayWidth('東京都')).toBe(6)
    expect(displayWidth('e\u0301')).toBe(1)
    expect(displayWidth('🚢')).toBe(2)
    expect(displayWidth('')).toBe(0)
  })
})
