import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Float64Column, Int32Column, Uint16Column } from '../../src/record/columns.js'
import { copyString } from '../../src/record/copy-string.js'
import { LineRuns, Locations } from '../../src/record/locations.js'

describe('Locations', () => {
  it('packs file and line into one number and back, across files, empty files and a file read twice', () => {
    const locations = new Locations()
    const seen: [string, number][] = [
      ['a.csv', 2],
      ['a.csv', 9],
      ['a.csv', 5],
      ['b.csv', 2],
      ['c.csv', 1],
      ['a.csv', 3],
    ]
    const packed = seen.map(([file, line]) => locations.pack(file, line))
    expect(new Set(packed).size).toBe(packed.length)
    expect(packed.map(each => locations.unpack(each))).toEqual(seen.map(([file, line]) => ({ file, line })))
  })

  it('round-trips random sequences of files and lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 1, max: 1_000_000 })), {
          minLength: 1,
          maxLength: 200,
        }),
        seen => {
          const locations = new Locations()
          const packed = seen.map(([file, line]) => locations.pack(file, line))
          expect(packed.map(each => locations.unpack(each))).toEqual(seen.map(([file, line]) => ({ file, line })))
        },
      ),
    )
  })
})

describe('LineRuns', () => {
  it('stores consecutive lines as one run and finds every entry', () => {
    const runs = new LineRuns()
    const locations = [2, 3, 4, 5, 7, 8, 100, 101, 102, 3]
    for (const [entry, location] of locations.entries()) runs.push(entry, location)
    expect(locations.map((_, entry) => runs.get(entry))).toEqual(locations)
  })

  it('agrees with an array on random increasing and jumping locations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 5 }), fc.integer({ min: -50, max: 2 ** 40 })), {
          maxLength: 500,
        }),
        steps => {
          const runs = new LineRuns()
          const locations: number[] = []
          let location = 1
          steps.forEach((step, entry) => {
            location = Math.max(1, location + step)
            locations.push(location)
            runs.push(entry, location)
          })
          expect(locations.map((_, entry) => runs.get(entry))).toEqual(locations)
        },
      ),
    )
  })
})

describe('chunked columns', () => {
  it('grow in chunks, fill unset values, and keep what was stored', () => {
    const ints = new Int32Column(-1)
    const doubles = new Float64Column()
    const shorts = new Uint16Column()
    for (let index = 0; index < 200_000; index += 3) {
      ints.set(index, index)
      doubles.push(index * 1.5)
      shorts.set(index, index & 0xffff)
    }
    expect(ints.get(199_998)).toBe(199_998)
    expect(ints.get(199_997)).toBe(-1)
    expect(ints.at(10_000_000)).toBe(-1)
    expect(doubles.get(1000)).toBe(3000 * 1.5)
    expect(shorts.get(65_538 * 3)).toBe((65_538 * 3) & 0xffff)
  })
})

describe('copyString', () => {
  it('copies the text exactly', () => {
    const parent = `${'x'.repeat(1000)}Fjordvik kommune og Ørland${'y'.repeat(1000)}`
    const cut = parent.slice(1000, 1026)
    expect(copyString(cut)).toBe('Fjordvik kommune og Ørland')
    expect(copyString('')).toBe('')
  })
})
