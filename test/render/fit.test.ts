import { describe, expect, it } from 'vitest'
import { drawnWidth, fitTable, hyphenateHead, textWidth, wrapText } from '../../src/render/fit.js'
import type { TextTable } from '../../src/render/view.js'

const table = (head: string[], rows: string[][], names = [true]): TextTable => ({
  title: 'By partner',
  head,
  align: head.map((_, column) => (column === 0 ? 'left' : 'right')),
  rows,
  notes: ['a note'],
  names,
})
const widthOf = (fitted: ReturnType<typeof fitTable>): number =>
  drawnWidth(
    fitted.widths ??
      fitted.table.head.map((head, column) =>
        Math.max(textWidth(head), ...fitted.table.rows.map(row => textWidth(row[column] ?? ''))),
      ),
  )

describe('fitTable', () => {
  const partners = table(
    ['Partner', 'Records', 'Jobs (FTE)', 'Savings (NOK)'],
    [
      ['Direktoratet for tjenestedigitalisering', '4', '4.00', '8,060,516.47'],
      ['Åsmark kommune', '5', '5.00', '5,628,354.50'],
    ],
  )

  it('leaves a table alone that fits, or when there is no terminal', () => {
    expect(fitTable(partners, 200)).toEqual({ table: partners, cut: false })
    expect(fitTable(partners, undefined)).toEqual({ table: partners, cut: false })
  })

  it('wraps heads before anything else, and cuts nothing while that is enough', () => {
    // Natural: 39 + 7 + 10 + 13 and the borders = 82; the widest head above its figures gives way first.
    const fitted = fitTable(partners, 78)
    expect(fitted.cut).toBe(false)
    expect(fitted.widths).toEqual([39, 7, 7, 12])
    expect(widthOf(fitted)).toBeLessThanOrEqual(78)
  })

  it('then cuts names, never figures, down to the width left', () => {
    const fitted = fitTable(partners, 50)
    expect(fitted.cut).toBe(true)
    expect(widthOf(fitted)).toBe(50)
    expect(fitted.widths?.slice(1)).toEqual(['Records'.length, '(FTE)'.length, '8,060,516.47'.length])
    expect(fitted.widths?.[0]).toBe(50 - drawnWidth([0, 7, 5, 12]))
  })

  it('never cuts a name below ten columns, nor a column that holds no names, and never splits the table', () => {
    const fitted = fitTable(partners, 20)
    expect(fitted.widths).toEqual([10, 7, 5, 12])
    expect(widthOf(fitted)).toBeGreaterThan(20) // drawn at its narrowest: the terminal wraps it
    const ids = table(['Project', 'Jobs'], [['LUP-2010-01-VERY-LONG-ID', '1.00']], [false])
    expect(fitTable(ids, 20)).toEqual({ table: ids, widths: [24, 4], cut: false })
  })

  it('measures names in terminal columns: wide characters take two', () => {
    const wide = table(['Partner', 'Jobs'], [['東京都庁舎の調達部門', '1.00']])
    expect(fitTable(wide, 200).widths).toBeUndefined()
    expect(drawnWidth([20, 4])).toBe(31)
    expect(fitTable(wide, 30)).toMatchObject({ widths: [19, 4], cut: true })
  })
})

describe('breaking a head word with a hyphen, last', () => {
  it('breaks long words at a hyphen they have, else between consonants near the middle', () => {
    expect(hyphenateHead('Arbeidsplasser (årsverk)', 9)).toBe('Arbeids- plasser (årsverk)')
    expect(hyphenateHead('Prosjekter', 6)).toBe('Pros- jekter')
    expect(hyphenateHead('CO2e-kutt (t/år)', 6)).toBe('CO2e- kutt (t/år)') // at the hyphen it has
    expect(hyphenateHead('Arbeidsplasser', 14)).toBe('Arbeidsplasser') // fits: whole
    expect(hyphenateHead('Records', 3)).toBe('Records') // fewer than 8 letters: whole
    expect(hyphenateHead('Aeaeaeaeae', 3)).toBe('Aeaeaeaeae') // no seam: whole
  })

  it('fits the Norwegian by-partner table to 80 columns, cutting no figure', () => {
    const norwegian = table(
      ['Partner', 'Poster', 'Prosjekter', 'Arbeidsplasser (årsverk)', 'Besparelse (kr)', 'CO2e-kutt (t/år)'],
      [
        ['Austdal fylkeskommune', '5', '2', '17,50 e ', '20 587 671,00 e', '362,600 e'],
        ['Direktoratet for grønn sjøfart', '4', '1', '6,25 e ', '7 635 802,00 e', '68,900  '],
      ],
      [true, false, false, false, false, false],
    )
    const fitted = fitTable(norwegian, 80)
    expect(widthOf(fitted)).toBe(80)
    expect(fitted.table.head[3]).toBe('Arbeids- plasser (årsverk)')
    expect(fitted.table.head.filter((head, column) => head !== norwegian.head[column])).toHaveLength(1)
    expect(fitted.widths?.slice(4)).toEqual(['20 587 671,00 e'.length, '362,600 e'.length])
    expect(fitted.widths?.[0]).toBeGreaterThanOrEqual(10)
  })
})

describe('wrapText', () => {
  it('breaks at spaces within the limit and keeps long words whole', () => {
    expect(wrapText('one two three four', 9)).toBe('one two\nthree\nfour')
    expect(wrapText('supercalifragilistic word', 5)).toBe('supercalifragilistic\nword')
    expect(wrapText('short', undefined)).toBe('short')
  })
})
