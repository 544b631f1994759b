// Names are shown in Norwegian order (Æ Ø Å after Z), ties by code point; without ICU's Norwegian
// data the approximation gives the same order on the names people write.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareByCodePoint } from '../../src/record/code-point-order.js'
import { compareApproximately, compareNames, inDisplayOrder } from '../../src/record/norwegian-order.js'

const NAMES = [
  'Østre Fjordvik kommune',
  'Åsmark kommune',
  'Mølleby kommune',
  'Måkeøy kommune',
  'Nærøyvik kommune',
  'Nordre Havlia kommune',
  'Ærø',
  'Zeta AS',
  'Ålesund kommune',
  'Aukra kommune',
  'Ärlig AS',
  'Ørland kommune',
  'Östersund',
  'Über AS',
  'Ytre Sula',
  'Éva AS',
  'Eva AS',
  'eva as',
  'Helse Nord',
  'Helse-Nord',
  'Helse Nordhav HF',
  '10 kommuner',
  '2 kommuner',
  '(ingen)',
  'Ω-gruppen',
  '中文公司',
]

describe('compareNames', () => {
  it('puts Æ Ø Å after Z, in that order, and ignores case and accents before anything else', () => {
    expect(inDisplayOrder(NAMES)).toEqual([
      '(ingen)',
      '10 kommuner',
      '2 kommuner',
      'Aukra kommune',
      'eva as',
      'Eva AS',
      'Éva AS',
      'Helse Nord',
      'Helse Nordhav HF',
      'Helse-Nord',
      'Mølleby kommune',
      'Måkeøy kommune',
      'Nordre Havlia kommune',
      'Nærøyvik kommune',
      'Über AS', // ü is a y
      'Ytre Sula',
      'Zeta AS',
      'Ärlig AS', // ä is an æ
      'Ærø',
      'Ørland kommune',
      'Östersund',
      'Østre Fjordvik kommune',
      'Ålesund kommune',
      'Åsmark kommune',
      'Ω-gruppen',
      '中文公司',
    ])
  })

  it('breaks ties by code point, so names that collate equal keep one order', () => {
    const composed = 'Ås'
    const decomposed = 'A\u030as'
    expect(compareNames(composed, decomposed)).toBe(compareByCodePoint(composed, decomposed))
    expect(inDisplayOrder([decomposed, composed])).toEqual(inDisplayOrder([composed, decomposed]))
  })

  it('is a total order: antisymmetric, and the same whatever the input order', () => {
    const name = fc.string({ unit: fc.constantFrom(...'aAåÅæÆøØeéE -1Zz\u0301\u030a'.split('')), maxLength: 6 })
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), names => {
        const once = inDisplayOrder(names)
        expect(inDisplayOrder([...names].reverse())).toEqual(once)
        names.forEach((a, index) => {
          const b = names[(index + 1) % names.length] as string
          expect(Math.sign(compareNames(a, b)) + Math.sign(compareNames(b, a))).toBe(0)
        })
      }),
    )
  })

  it('without ICU data, orders these names as ICU does', () => {
    const approximate = [...NAMES].sort((a, b) => compareApproximately(a, b) || compareByCodePoint(a, b))
    expect(approximate).toEqual(inDisplayOrder(NAMES))
  })

  it('finds Norwegian collation in this Node (full ICU)', () => {
    expect(Intl.Collator.supportedLocalesOf(['nb'])).toEqual(['nb'])
  })
})
