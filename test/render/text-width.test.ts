import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cutColumn, cutMiddle, cutToWidth, displayWidth } from '../../src/render/text-width.js'

describe('cutToWidth', () => {
  it('keeps what fits, and ends what does not in "…" within the width', () => {
    expect(cutToWidth('Åsmark kommune', 14)).toBe('Åsmark kommune')
    expect(cutToWidth('Austdal fylkeskommune', 14)).toBe('Austdal fylke…')
    expect(cutToWidth('東京都庁舎', 6)).toBe('東京…') // a wide character never straddles the edge
    expect(cutToWidth('A\u030angstrøm', 3)).toBe('A\u030an…') // a mark stays with its letter
  })
})

describe('cutMiddle', () => {
  it('keeps the start and the end around "…"', () => {
    expect(cutMiddle('Direktoratet for grønn sjøfart', 14)).toBe('Direkt…sjøfart')
    expect(cutMiddle('Direktoratet for velferdsteknologi', 14)).toBe('Direkt…knologi')
    expect(cutMiddle('short', 14)).toBe('short')
    expect(cutMiddle('東京都庁舎の調達部門', 9)).toBe('東京…部門')
  })

  it('never exceeds the width, and keeps every mark with its letter', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (text, width) => {
        const cut = cutMiddle(text, width)
        expect(displayWidth(cut)).toBeLessThanOrEqual(width)
        if (displayWidth(text) <= width) expect(cut).toBe(text)
        else expect(cut).toContain('…')
        expect(/^\p{M}/u.test(cut)).toBe(/^\p{M}/u.test(text))
      }),
    )
  })
})

describe('cutColumn', () => {
  it('cuts at the end, but in the middle where two names would read the same', () => {
    const names = [
      'Austdal fylkeskommune',
      'Direktoratet for grønn sjøfart',
      'Direktoratet for tjenestedigitalisering',
      'Direktoratet for velferdsteknologi',
      'Åsmark kommune',
    ]
    expect(cutColumn(names, 14)).toEqual([
      'Austdal fylke…',
      'Direkt…sjøfart',
      'Direkt…isering',
      'Direkt…knologi',
      'Åsmark kommune',
    ])
  })
})
