import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Ledger, NO_ENTRY, packedBasis, packedBits, packedCounted, packedYear } from '../../src/record/ledger.js'

describe('Ledger with duplicates on', () => {
  it('finds an entry by project, year and partner set only, and knows where its record was', () => {
    const ledger = new Ledger({ duplicates: true, categories: true, bases: true })
    const first = ledger.add(0, 2019, 3, 7, 1, 12)
    expect(ledger.findDuplicate(0, 2019, 3)).toBe(first)
    expect(ledger.findDuplicate(0, 2019, 4)).toBe(NO_ENTRY)
    expect(ledger.findDuplicate(0, 2018, 3)).toBe(NO_ENTRY)
    expect(ledger.findDuplicate(1, 2019, 3)).toBe(NO_ENTRY)
    expect(ledger.location(first)).toBe(12)
    expect([ledger.year(first), ledger.partnerSet(first), ledger.category(first), ledger.basis(first)]).toEqual([
      2019, 3, 7, 1,
    ])
  })

  it('counts: an entry starts uncounted and gathers the measure bits of its counted records', () => {
    const ledger = new Ledger({ duplicates: true, categories: false, bases: false })
    const entry = ledger.add(5, 2020, 0, -1, 0, 2)
    expect(packedCounted(ledger.packed(entry))).toBe(false)
    ledger.markCounted(entry, 0b001)
    ledger.markCounted(entry, 0b100)
    const packed = ledger.packed(entry)
    expect([packedCounted(packed), packedBits(packed), packedYear(packed), packedBasis(packed)]).toEqual([
      true,
      0b101,
      2020,
      0,
    ])
    expect(ledger.category(entry)).toBe(-1)
  })

  it('widens once for a year or a partner set past the compact layout, keeping every entry', () => {
    const ledger = new Ledger({ duplicates: true, categories: false, bases: true })
    const first = ledger.add(0, 2019, 3, -1, 2, 2)
    ledger.markCounted(first, 0b110)
    const second = ledger.add(1, 2020, 4, -1, 1, 3)
    const far = ledger.add(0, 1700, 2 ** 20, -1, 0, 4) // both past the compact limits
    expect([
      ledger.year(first),
      ledger.partnerSet(first),
      ledger.basis(first),
      ledger.bits(first),
      ledger.counted(first),
    ]).toEqual([2019, 3, 2, 0b110, true])
    expect([ledger.year(second), ledger.partnerSet(second), ledger.counted(second)]).toEqual([2020, 4, false])
    expect([ledger.year(far), ledger.partnerSet(far)]).toEqual([1700, 2 ** 20])
    expect(ledger.findDuplicate(0, 2019, 3)).toBe(first)
    expect(ledger.findDuplicate(0, 1700, 2 ** 20)).toBe(far)
    expect(ledger.next(far)).toBe(first)
    expect([ledger.location(first), ledger.location(far)]).toEqual([2, 4])
  })

  it('refuses a year it cannot pack', () => {
    expect(() => new Ledger({ duplicates: false, categories: false, bases: false }).add(0, 70_000, 0, -1, 0)).toThrow(
      RangeError,
    )
  })
})

describe('Ledger with duplicates off', () => {
  it('tells entries apart by the category and basis it keeps, and only by those', () => {
    const keeping = new Ledger({ duplicates: false, categories: true, bases: true })
    const entry = keeping.add(0, 2019, 1, 2, 0)
    expect(keeping.findSame(0, 2019, 1, 2, 0)).toBe(entry)
    expect(keeping.findSame(0, 2019, 1, 3, 0)).toBe(NO_ENTRY)
    expect(keeping.findSame(0, 2019, 1, 2, 1)).toBe(NO_ENTRY)
    const ignoring = new Ledger({ duplicates: false, categories: false, bases: false })
    const other = ignoring.add(0, 2019, 1, 2, 0)
    expect(ignoring.findSame(0, 2019, 1, 3, 2)).toBe(other)
    expect(() => ignoring.location(other)).toThrow()
  })
})

// Random operations against a Map, for small and large projects (the hash index takes over past `largeProject` entries).
const operation = fc.record({
  project: fc.integer({ min: 0, max: 3 }),
  year: fc.integer({ min: 2010, max: 2013 }),
  partnerSet: fc.integer({ min: 0, max: 5 }),
  category: fc.integer({ min: -1, max: 1 }),
  basis: fc.integer({ min: 0, max: 2 }),
})
// Now and then a year or a partner set past the compact layout's limits, which widens the ledger.
const farOperation = fc.oneof(
  { weight: 20, arbitrary: operation },
  {
    weight: 1,
    arbitrary: fc.record({
      project: fc.integer({ min: 0, max: 3 }),
      year: fc.constantFrom(1000, 1880, 9999),
      partnerSet: fc.constantFrom(0, 5),
      category: fc.constant(-1),
      basis: fc.constant(0),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      project: fc.integer({ min: 0, max: 3 }),
      year: fc.constant(2010),
      partnerSet: fc.constantFrom(2 ** 18, 2 ** 30),
      category: fc.constant(-1),
      basis: fc.constant(1),
    }),
  },
)

describe('Ledger against a map, walking or indexed', () => {
  it.each([0, 1, 3, 64])('with duplicates on, largeProject %i', largeProject => {
    fc.assert(
      fc.property(fc.array(farOperation, { maxLength: 300 }), fc.boolean(), (operations, wide) => {
        const ledger = new Ledger({ duplicates: true, categories: true, bases: true, largeProject, wide })
        const model = new Map<string, { entry: number; location: number }>()
        operations.forEach(({ project, year, partnerSet, category, basis }, line) => {
          const key = `${project}/${year}/${partnerSet}`
          const found = ledger.findDuplicate(project, year, partnerSet)
          const expected = model.get(key)
          expect(found).toBe(expected?.entry ?? NO_ENTRY)
          if (expected !== undefined) expect(ledger.location(found)).toBe(expected.location)
          else
            model.set(key, {
              entry: ledger.add(project, year, partnerSet, category, basis, line + 2),
              location: line + 2,
            })
          if (line % 7 === 0 && found === NO_ENTRY) ledger.markCounted(model.get(key)?.entry as number, line % 8)
        })
        // Every entry still reads back as written, whichever layout it ended in.
        for (const [key, { entry }] of model) {
          const [, year, partnerSet] = key.split('/').map(Number)
          expect([ledger.year(entry), ledger.partnerSet(entry)]).toEqual([year, partnerSet])
        }
      }),
    )
  })

  it.each([0, 1, 3, 64])('with duplicates off, largeProject %i', largeProject => {
    fc.assert(
      fc.property(
        fc.array(farOperation, { maxLength: 300 }),
        fc.boolean(),
        fc.boolean(),
        (operations, categories, bases) => {
          const ledger = new Ledger({ duplicates: false, categories, bases, largeProject })
          const model = new Map<string, number>()
          for (const { project, year, partnerSet, category, basis } of operations) {
            const key = `${project}/${year}/${partnerSet}/${categories ? category : ''}/${bases ? basis : ''}`
            const found = ledger.findSame(project, year, partnerSet, category, basis)
            expect(found).toBe(model.get(key) ?? NO_ENTRY)
            if (found === NO_ENTRY) model.set(key, ledger.add(project, year, partnerSet, category, basis))
          }
          // Each project's chain holds exactly its entries.
          for (let project = 0; project < 4; project++) {
            const chain: number[] = []
            for (let entry = ledger.first(project); entry !== NO_ENTRY; entry = ledger.next(entry)) chain.push(entry)
            const expected = [...model].filter(([key]) => key.startsWith(`${project}/`)).map(([, entry]) => entry)
            expect(chain.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b))
          }
        },
      ),
    )
  })
})
