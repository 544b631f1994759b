import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NOT_PLAIN, ProjectIds } from '../../src/record/project-ids.js'

describe('ProjectIds', () => {
  it('gives dense indexes in order of first appearance, the same one for the same id', () => {
    const ids = new ProjectIds()
    expect(['P1', 'P2', 'P1', 'Ørland-7', 'P2', ''].map(id => ids.intern(id))).toEqual([0, 1, 0, 2, 1, 3])
    expect(ids.size).toBe(4)
    expect([0, 1, 2, 3].map(index => ids.name(index))).toEqual(['P1', 'P2', 'Ørland-7', ''])
  })

  it('keeps ids beyond Latin-1 or over 255 characters apart from the byte arena, with the same indexes', () => {
    const ids = new ProjectIds()
    const long = 'x'.repeat(300)
    const names = ['P1', 'Проект 1', long, 'P🚢', `${long}y`, 'ÿ']
    expect(names.map(id => ids.intern(id))).toEqual([0, 1, 2, 3, 4, 5])
    expect(names.map(id => ids.intern(id))).toEqual([0, 1, 2, 3, 4, 5])
    expect(names.map((_, index) => ids.name(index))).toEqual(names)
  })

  it('agrees with a Map on many random ids, across table growth and arena chunks', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 6 }),
            fc.stringMatching(/^LUP-[0-9]{1,7}$/),
            fc.string({ unit: 'binary', maxLength: 4 }),
          ),
          { maxLength: 3000 },
        ),
        list => {
          const ids = new ProjectIds()
          const model = new Map<string, number>()
          for (const id of list) {
            if (!model.has(id)) model.set(id, model.size)
            expect(ids.intern(id)).toBe(model.get(id))
          }
          for (const [id, index] of model) expect(ids.name(index)).toBe(id)
        },
      ),
      { numRuns: 50 },
    )
  })

  it('names ids asked for before and after more are added', () => {
    const ids = new ProjectIds()
    expect(ids.intern('A')).toBe(0)
    expect(ids.intern('Проект')).toBe(1)
    expect([ids.name(0), ids.name(1)]).toEqual(['A', 'Проект'])
    expect(ids.intern('B')).toBe(2)
    expect(ids.intern('A')).toBe(0)
    expect([ids.name(2), ids.name(0)]).toEqual(['B', 'A'])
  })

  it('holds a hundred thousand ids', () => {
    const ids = new ProjectIds()
    for (let index = 0; index < 100_000; index++) expect(ids.intern(`LUP-${index}`)).toBe(index)
    for (let index = 0; index < 100_000; index += 997) expect(ids.intern(`LUP-${index}`)).toBe(index)
    expect(ids.name(99_999)).toBe('LUP-99999')
  })
})

describe('ProjectIds.internPlainRange', () => {
  it('interns ids that need no normalising straight from the text, and refuses the others', () => {
    const ids = new ProjectIds()
    const text = 'P1,P2, P1,P1 ,P 1,P  1,,P1,Проект'
    const cells = text.split(',')
    let at = 0
    const results = cells.map(cell => {
      const index = ids.internPlainRange(text, at, at + cell.length)
      at += cell.length + 1
      return index
    })
    expect(results).toEqual([0, 1, NOT_PLAIN, NOT_PLAIN, 2, NOT_PLAIN, NOT_PLAIN, 0, NOT_PLAIN])
    expect(ids.name(2)).toBe('P 1')
  })

  it('never answers from the last id for text that is not plain', () => {
    const ids = new ProjectIds()
    expect(ids.intern(' P1 ')).toBe(0) // an ImpactRecord's id, as given
    expect(ids.internPlainRange(' P1 ', 0, 4)).toBe(NOT_PLAIN)
    expect(ids.internPlainRange('P1', 0, 2)).toBe(1)
    expect(ids.internPlainRange('xP1', 1, 3)).toBe(1)
  })
})
