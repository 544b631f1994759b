import { describe, expect, it } from 'vitest'
import { amountFromPlainString, amountToPlainString } from '../../../src/amount.js'
import { niceAxis, shiftAmount } from '../../../src/render/chart/scale.js'

const ticks = (values: string[], maxIntervals?: number): string =>
  niceAxis(values.map(amountFromPlainString), maxIntervals)
    .ticks.map(tick => amountToPlainString(tick))
    .join(' ')

describe('niceAxis: round ticks, exactly, always through 0', () => {
  it.each([
    [['5'], '0 1 2 3 4 5'],
    [['64', '5'], '0 20 40 60 80'],
    [['73127465', '2149681'], '0 20000000 40000000 60000000 80000000'],
    [['2987.4'], '0 1000 2000 3000'],
    [['-3500000', '1200000'], '-4000000 -2000000 0 2000000'],
    [['-0.5'], '-0.5 -0.4 -0.3 -0.2 -0.1 0'],
    [['0.004'], '0 0.001 0.002 0.003 0.004'],
    [['334000000'], '0 100000000 200000000 300000000 400000000'],
    [['35', '1'], '0 10 20 30 40'],
    [[], '0 1'],
    [['0', '0'], '0 1'],
  ])('%j → %s', (values, expected) => expect(ticks(values)).toBe(expected))

  it('never has more intervals than asked for', () => {
    for (let value = 1; value < 5000; value += 37) {
      const axis = niceAxis(
        [
          { units: BigInt(value), scale: 1 },
          { units: BigInt(-value * 3), scale: 2 },
        ],
        4,
      )
      expect(axis.ticks.length).toBeLessThanOrEqual(5)
    }
  })

  it('shifts exactly (a tick in millions)', () => {
    expect(amountToPlainString(shiftAmount(amountFromPlainString('20000000'), 6))).toBe('20')
    expect(amountToPlainString(shiftAmount(amountFromPlainString('500000'), 6))).toBe('0.5')
  })
})
