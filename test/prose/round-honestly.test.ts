// The headline rounding rule (src/prose/round-honestly.ts) as a table, in both languages.
import { describe, expect, it } from 'vitest'
import { amountFromPlainString, amountToPlainString } from '../../src/amount.js'
import { formatProseCount, formatProseNumber } from '../../src/messages/numbers.js'
import { en, nb } from '../../src/messages/index.js'
import { HEADLINE_TOLERANCE_PERCENT, roundHonestly, roundRange } from '../../src/prose/round-honestly.js'

const NBSP = '\u00a0'

/** The value as the headline says it: qualifier and round figure, in one language. */
function said(value: string, language: 'nb' | 'en'): string {
  const rounded = roundHonestly(amountFromPlainString(value))
  const words = (language === 'nb' ? nb : en).report.headline.qualifier
  return `${words[rounded.qualifier]}${formatProseNumber(rounded.figure, language)}`
}

describe('roundHonestly', () => {
  it.each([
    // value          nb                       en
    ['2999', 'nesten 3000', 'nearly 3,000'],
    ['3000', '3000', '3,000'],
    ['3012', 'over 3000', 'more than 3,000'],
    ['2987.4', 'nesten 3000', 'nearly 3,000'], // the sample's CO2e: 12.6 below, within 1 % (30)
    ['2970', 'nesten 3000', 'nearly 3,000'], // exactly 1 % below: still "nearly"
    ['2969.9', 'nesten 2970', 'nearly 2,970'], // just over 1 % below 3000: the next step down
    ['3030', 'over 3000', 'more than 3,000'], // exactly 1 % above
    ['3031', 'over 3030', 'more than 3,030'],
    ['2960', '2960', '2,960'],
    ['2950', '2950', '2,950'],
    ['350', '350', '350'], // 300 and 400 are 14 % off; 350 itself is a multiple of 10
    ['349', 'nesten 350', 'nearly 350'],
    ['351', 'over 350', 'more than 350'],
    ['35', '35', '35'],
    ['36', '36', '36'],
    ['334000000', `334${NBSP}000${NBSP}000`, '334,000,000'], // exact at whole millions (the headline reads it in millions)
    ['334000000.01', `over 334${NBSP}000${NBSP}000`, 'more than 334,000,000'],
    ['333999999.99', `nesten 334${NBSP}000${NBSP}000`, 'nearly 334,000,000'],
    ['334500000', `over 334${NBSP}000${NBSP}000`, 'more than 334,000,000'], // a tie between 334 M and 335 M goes down
    ['334500000.01', `nesten 335${NBSP}000${NBSP}000`, 'nearly 335,000,000'],
    ['305978295.42', `nesten 306${NBSP}000${NBSP}000`, 'nearly 306,000,000'],
    ['11212.5', `over 11${NBSP}200`, 'more than 11,200'],
    ['9950', `nesten 10${NBSP}000`, 'nearly 10,000'], // the round figure may be the next power of ten
    ['1049', 'nesten 1050', 'nearly 1,050'],
    ['100.4', 'over 100', 'more than 100'],
    ['2.5', '2,5', '2.5'],
    ['0.3', '0,3', '0.3'],
    ['0.004', '0,004', '0.004'],
    ['0', '0', '0'],
    ['12.50', '12,5', '12.5'],
    ['12.75', '12,75', '12.75'], // 12.7 is within 1 %, but not a round figure: said as it is
    ['37.2', '37,2', '37.2'], // "over 37" would be true, but 37 is not round
    ['12.95', '12,95', '12.95'], // nor is 13
    ['9.96', 'nesten 10', 'nearly 10'], // 10 is
    ['123.45', '123,45', '123.45'],
    ['1234.5', 'over 1230', 'more than 1,230'],
    ['-2987.4', 'nesten -3000', 'nearly -3,000'], // the rule applies to the magnitude; the sign is kept
  ])('%s → nb "%s", en "%s"', (value, norwegian, english) => {
    expect(said(value, 'nb')).toBe(norwegian)
    expect(said(value, 'en')).toBe(english)
  })

  it('never strays more than 1 % from the exact value, and says which way', () => {
    for (let units = 1n; units < 20000n; units += 7n) {
      for (const scale of [0, 1, 3]) {
        const value = { units, scale }
        const { qualifier, figure } = roundHonestly(value)
        const exact = Number(amountToPlainString(value))
        const round = Number(amountToPlainString(figure))
        if (qualifier === 'exact') expect(round).toBe(exact)
        // A word of rounding only with a round figure: a whole multiple of ten.
        if (qualifier !== 'exact') expect(figure.scale === 0 && round % 10 === 0).toBe(true)
        if (qualifier === 'nearly')
          expect(exact < round && round - exact <= (round * Number(HEADLINE_TOLERANCE_PERCENT)) / 100 + 1e-9).toBe(true)
        if (qualifier === 'over')
          expect(exact > round && exact - round <= (round * Number(HEADLINE_TOLERANCE_PERCENT)) / 100 + 1e-9).toBe(true)
        // A rounded figure has at most three significant figures.
        if (qualifier !== 'exact')
          expect(
            amountToPlainString(figure).replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length,
          ).toBeLessThanOrEqual(3)
      }
    }
  })
})

describe('counts in the headline are exact', () => {
  it.each([
    [35, '35 prosjekter med 35 partnere nevnt i postene', '35 projects with 35 partners named in the records'],
    [36, '36 prosjekter med 36 partnere nevnt i postene', '36 projects with 36 partners named in the records'],
    [1, '1 prosjekt med 1 partner nevnt i postene', '1 project with 1 partner named in the records'],
    [
      1234,
      '1234 prosjekter med 1234 partnere nevnt i postene',
      '1,234 projects with 1,234 partners named in the records',
    ],
    [
      12345,
      `12${NBSP}345 prosjekter med 12${NBSP}345 partnere nevnt i postene`,
      '12,345 projects with 12,345 partners named in the records',
    ],
  ])('%i → nb "%s", en "%s"', (count, norwegian, english) => {
    expect(nb.report.headline.actors(formatProseCount(count, 'nb'), formatProseCount(count, 'nb'))).toBe(norwegian)
    expect(en.report.headline.actors(formatProseCount(count, 'en'), formatProseCount(count, 'en'))).toBe(english)
  })
})

describe('roundRange', () => {
  const range = (lower: string, upper: string): string => {
    const rounded = roundRange(amountFromPlainString(lower), amountFromPlainString(upper))
    return `${amountToPlainString(rounded.lower)}–${amountToPlainString(rounded.upper)}`
  }
  it.each([
    // lower      upper       said             why
    ['250', '500', '250–500'], // exact figures stay exact
    ['0', '500', '0–500'], // no realised cut: the lower bound is 0, exactly
    ['8959.3', '10607.1', '8900–10700'], // step 100: 0.66 % down, 0.88 % up (step 1000: 8,000 is 11 % off)
    ['8990', '10050', '8990–10050'], // step 100 would take 8,900, 1.001 % down: too far; step 10 is exact
    ['249.5', '500.2', '249–501'], // never inside the exact range: down and up
    ['-20', '15', '-20–15'],
    ['-20.5', '15.5', '-20.5–15.5'], // -21 would be 2.4 % off: the exact figures
    ['-2049', '1551', '-2050–1560'], // a negative lower bound rounds downwards, away from zero
    ['0', '0', '0–0'],
  ])('%s to %s → %s', (lower, upper, expected) => {
    expect(range(lower, upper)).toBe(expected)
  })

  it('always contains the exact range, each end within 1 %', () => {
    for (let low = 1; low < 3000; low += 37) {
      for (const high of [low, low * 1.3, low * 7.77]) {
        const lower = amountFromPlainString(String(low))
        const upper = amountFromPlainString(high.toFixed(1))
        const rounded = roundRange(lower, upper)
        const [l, u, rl, ru] = [lower, upper, rounded.lower, rounded.upper].map(value =>
          Number(amountToPlainString(value)),
        ) as [number, number, number, number]
        expect(rl).toBeLessThanOrEqual(l)
        expect(ru).toBeGreaterThanOrEqual(u)
        expect(l - rl).toBeLessThanOrEqual(l * 0.01 + 1e-9)
        expect(ru - u).toBeLessThanOrEqual(u * 0.01 + 1e-9)
      }
    }
  })
})
