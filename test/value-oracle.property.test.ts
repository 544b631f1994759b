// decimal.js (precision 80) is the oracle of the appraisal's arithmetic (--value, aggregate/value.ts):
// on random cuts in force, price paths in mixed price levels, savings, costs, base years from 90 years
// before the data to 90 after it, and R-109/21's schedule or a flat rate, every figure the JSON `value`
// object shows — per-year carbon value, savings and cost (rows by largest remainder), totals, present
// values and ratios — must equal what decimal.js computes and rounds half away from zero.
import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Amount, amountFromPlainString, amountToPlainString } from '../src/amount.js'
import { appraiseValue } from '../src/aggregate/value.js'
import type { Co2eOverTime, DiscountSchedule, PriceIndex, ValueSettings } from '../src/model.js'
import { valueFigures } from '../src/render/value-figures.js'

const D = Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 })
type D = InstanceType<typeof D>
const dec = (amount: Amount): D => new D(amountToPlainString(amount))
const amount = (text: string): Amount => amountFromPlainString(text)
/**
 * The oracle divides at 80 digits, so an exact tie (36.065, a fraction with a non-terminating quotient on the
 * way) can come out as 36.06499…9 and round down; the product rounds exact fractions. Settling at 60
 * significant digits (the floor for the oracle) puts such a value back on its tie before rounding.
 */
const settle = (value: D): D => value.toSignificantDigits(60)
const shown = (value: D, places = 2): string => settle(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed()
const plain = (value: Amount | null): string | null => (value === null ? null : amountToPlainString(value))

/** Largest remainder to øre, ties to the earlier row: what the product promises rows add up by. */
function oracleParts(exact: (D | null)[]): (string | null)[] {
  const parts = exact.map(part => (part === null ? null : settle(part)))
  const whole = parts.reduce<D>((sum, part) => (part === null ? sum : sum.plus(part)), new D(0))
  const target = whole.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).times(100)
  const floors = parts.map(part => (part === null ? null : part.times(100).floor()))
  let missing = floors.reduce<D>((sum, floor) => (floor === null ? sum : sum.minus(floor)), target).toNumber()
  const order = parts
    .map((part, position) => ({
      position,
      remainder: part === null ? null : part.times(100).minus(floors[position] as D),
    }))
    .filter(entry => entry.remainder !== null && !entry.remainder.isZero())
    .sort((a, b) => (b.remainder as D).comparedTo(a.remainder as D) || a.position - b.position)
  const bumped = new Set<number>()
  for (const entry of order) if (missing-- > 0) bumped.add(entry.position)
  return floors.map((floor, position) =>
    floor === null ? null : (bumped.has(position) ? floor.plus(1) : floor).dividedBy(100).toFixed(),
  )
}

function oracleGrowth(n: number, discount: DiscountSchedule): D {
  let result = new D(1)
  for (let k = 1; k <= n; k++) {
    const percent = discount.kind === 'flat' ? dec(discount.percent) : new D(k <= 40 ? 4 : k <= 75 ? 3 : 2)
    result = result.times(new D(1).plus(percent.dividedBy(100)))
  }
  return result
}

interface OracleRow {
  year: number
  projection: boolean
  carbon: D
  saving: D | null
  cost: D | null
  factor: D
}

const tonnes = fc.integer({ min: 0, max: 5_000_000 }).map(units => amount((units / 1000).toFixed(3)))
const money = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map(units => amount((Number(units) / 100).toFixed(2)))
const price = fc.integer({ min: 0, max: 500_000 }).map(units => amount((units / 100).toFixed(2)))
const level = fc.integer({ min: 800, max: 1600 }).map(units => amount((units / 10).toFixed(1)))

const scenario = fc.record({
  first: fc.integer({ min: 2000, max: 2010 }),
  length: fc.integer({ min: 1, max: 6 }),
  horizon: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  baseOffset: fc.integer({ min: -90, max: 90 }),
  discount: fc.oneof(
    fc.constant<DiscountSchedule>({ kind: 'r-109' }),
    fc
      .integer({ min: 0, max: 1000 })
      .map((units): DiscountSchedule => ({ kind: 'flat', percent: amount((units / 100).toFixed(2)) })),
  ),
  inForce: fc.array(fc.tuple(tonnes, tonnes), { minLength: 20, maxLength: 20 }),
  prices: fc.array(fc.tuple(price, price, fc.integer({ min: 0, max: 3 })), { minLength: 20, maxLength: 20 }),
  savings: fc.array(fc.option(money, { nil: null }), { minLength: 20, maxLength: 20 }),
  costs: fc.option(
    fc.array(
      fc.option(
        money.map(value => ({ units: value.units < 0n ? -value.units : value.units, scale: value.scale })),
        { nil: null },
      ),
      { minLength: 20, maxLength: 20 },
    ),
    { nil: null },
  ),
  levels: fc.array(level, { minLength: 40, maxLength: 40 }),
  priceLevelOffset: fc.integer({ min: 0, max: 3 }),
  // Years at the start the path lacks, valued under --before-path hold at the path's first year's price.
  heldYears: fc.integer({ min: 0, max: 3 }),
})

describe('--value against decimal.js', () => {
  it('reproduces every figure of the value object', () => {
    fc.assert(
      fc.property(scenario, s => {
        const last = s.first + s.length - 1
        const horizon = s.horizon === null ? null : last + s.horizon
        const end = horizon ?? last
        const indexYears = new Map<number, Amount>()
        for (let year = s.first - 4; year <= end + 4; year++)
          indexYears.set(year, s.levels[year - s.first + 4] as Amount)
        const index: PriceIndex = { source: 'kpi', builtIn: false, levels: indexYears, referenceYear: null }
        const priceLevel = s.first + s.priceLevelOffset
        const prices = new Map()
        const years: Co2eOverTime['years'] = []
        const pathFirst = Math.min(s.first + s.heldYears, end)
        for (let year = s.first; year <= end; year++) {
          const [nonEts, ets, levelOffset] = s.prices[year - s.first] as [Amount, Amount, number]
          if (year >= pathFirst)
            prices.set(`non_ets:${year}`, {
              year,
              emissionClass: 'non_ets',
              nokPerTonne: nonEts,
              priceLevel: year - levelOffset,
              line: 2,
            })
          if (year >= pathFirst)
            prices.set(`ets:${year}`, {
              year,
              emissionClass: 'ets',
              nokPerTonne: ets,
              priceLevel: year - levelOffset,
              line: 3,
            })
          if (year <= last) {
            const [nonEtsTonnes, etsTonnes] = s.inForce[year - s.first] as [Amount, Amount]
            const total = dec(nonEtsTonnes).plus(dec(etsTonnes))
            const zero = { units: 0n, scale: 0 }
            years.push({
              year,
              inForce: amount(total.toFixed()),
              inForceEts: etsTonnes,
              avoidedLower: zero,
              avoidedUpper: zero,
              avoidedLowerToDate: zero,
              avoidedUpperToDate: zero,
            })
          }
        }
        const savingsByYear = new Map<number, Amount>()
        s.savings.slice(0, s.length).forEach((value, offset) => {
          if (value !== null) savingsByYear.set(s.first + offset, value)
        })
        const costs = s.costs === null ? null : new Map<number, Amount>()
        if (costs !== null)
          (s.costs as (Amount | null)[]).slice(0, end - s.first + 1).forEach((value, offset) => {
            if (value !== null) costs.set(s.first + offset, value)
          })
        const baseYear = last + s.baseOffset
        const settings: ValueSettings = {
          path: { source: 'path.csv', builtIn: false, sha256: 'x', prices, priceLevel },
          priceLevel,
          index,
          baseYear,
          discount: s.discount,
          horizon,
          costs: costs === null ? null : { source: 'costs.csv', sha256: 'y', byYear: costs, lines: new Map() },
          beforePath: pathFirst > s.first ? 'hold' : 'error',
        }
        const lowerTonnes = amount('12.5')
        const upperTonnes = amount('40.125')
        const co2e: Co2eOverTime = {
          years,
          inForce: years[years.length - 1]?.inForce ?? null,
          lower: { tonnes: lowerTonnes, assumptions: [] },
          upper: { tonnes: upperTonnes, assumptions: [] },
          persist: false,
        }
        const figures = valueFigures(
          appraiseValue({ co2e, savingsByYear, firstYear: s.first, lastYear: last }, settings),
        )

        // The oracle.
        const cpi = (year: number): D => dec(indexYears.get(year) as Amount)
        const toLevel = (value: D, from: number): D => value.times(cpi(priceLevel)).dividedBy(cpi(from))
        const lastHeld = years[years.length - 1] as Co2eOverTime['years'][number]
        const rows: OracleRow[] = []
        for (let year = s.first; year <= end; year++) {
          const held = year <= last ? (years[year - s.first] as Co2eOverTime['years'][number]) : lastHeld
          const etsTonnes = dec(held.inForceEts)
          const nonEtsTonnes = dec(held.inForce).minus(etsTonnes)
          const nonEts = prices.get(`non_ets:${Math.max(year, pathFirst)}`)
          const ets = prices.get(`ets:${Math.max(year, pathFirst)}`)
          const carbon = nonEtsTonnes
            .times(toLevel(dec(nonEts.nokPerTonne), nonEts.priceLevel))
            .plus(etsTonnes.times(toLevel(dec(ets.nokPerTonne), ets.priceLevel)))
          const saving =
            year > last || !savingsByYear.has(year) ? null : toLevel(dec(savingsByYear.get(year) as Amount), year)
          const cost = costs?.has(year) ? toLevel(dec(costs.get(year) as Amount), year) : null
          const factor =
            year <= baseYear
              ? oracleGrowth(baseYear - year, s.discount)
              : new D(1).dividedBy(oracleGrowth(year - baseYear, s.discount))
          rows.push({ year, projection: year > last, carbon, saving, cost, factor })
        }
        const data = rows.filter(row => !row.projection)
        const projected = rows.filter(row => row.projection)
        const stream = (pick: (row: OracleRow) => D | null): (string | null)[] => {
          const parts = oracleParts(rows.map(row => (row.projection ? null : pick(row))))
          return rows.map((row, position) => {
            const value = pick(row)
            return row.projection ? (value === null ? null : shown(value)) : (parts[position] ?? null)
          })
        }
        const sum = (list: typeof rows, pick: (row: OracleRow) => D | null, discounted: boolean): D =>
          list.reduce((total, row) => {
            const value = pick(row)
            return value === null ? total : total.plus(discounted ? value.times(row.factor) : value)
          }, new D(0))

        expect(figures.years.map(year => plain(year.carbonValue))).toEqual(stream(row => row.carbon))
        expect(figures.years.map(year => plain(year.savings))).toEqual(stream(row => row.saving))
        expect(figures.years.map(year => plain(year.cost))).toEqual(stream(row => row.cost))
        expect(figures.years.map(year => plain(year.factor))).toEqual(rows.map(row => shown(row.factor, 10)))
        expect(figures.years.map(year => year.priceYearNonEts)).toEqual(
          rows.map((row, position) => {
            const held = years[Math.min(position, years.length - 1)] as Co2eOverTime['years'][number]
            return dec(held.inForce).minus(dec(held.inForceEts)).isZero() ? null : Math.max(row.year, pathFirst)
          }),
        )
        expect(plain(figures.carbonValue)).toBe(shown(sum(data, row => row.carbon, false)))
        expect(plain(figures.savings)).toBe(shown(sum(data, row => row.saving, false)))
        const pvCarbon = sum(data, row => row.carbon, true)
        const pvSavings = sum(data, row => row.saving, true)
        expect(plain(figures.presentValue.carbonValue)).toBe(shown(pvCarbon))
        expect(plain(figures.presentValue.savings)).toBe(shown(pvSavings))
        const projectionCarbon = sum(projected, row => row.carbon, true)
        expect(plain(figures.presentValue.projectionCarbonValue)).toBe(
          horizon === null ? null : shown(projectionCarbon),
        )
        if (costs === null) {
          expect(figures.ratios).toBeNull()
          return
        }
        const cost = sum(data, row => row.cost, false)
        const pvCost = sum(data, row => row.cost, true)
        const allCost = pvCost.plus(horizon === null ? 0 : sum(projected, row => row.cost, true))
        expect(plain(figures.cost)).toBe(shown(cost))
        expect(plain(figures.presentValue.cost)).toBe(shown(pvCost))
        const benefit = pvCarbon.plus(pvSavings).plus(horizon === null ? 0 : projectionCarbon)
        expect(plain(figures.ratios?.benefitCost ?? null)).toBe(
          allCost.isZero() ? null : shown(benefit.dividedBy(allCost), 4),
        )
        expect(plain(figures.ratios?.savingsPerKrone ?? null)).toBe(
          allCost.isZero() ? null : shown(pvSavings.dividedBy(allCost), 4),
        )
        expect(plain(figures.ratios?.nokPerTonneLower ?? null)).toBe(shown(cost.dividedBy(dec(lowerTonnes))))
        expect(plain(figures.ratios?.nokPerTonneUpper ?? null)).toBe(shown(cost.dividedBy(dec(upperTonnes))))
      }),
      { numRuns: 150 },
    )
  })

  it('the issue hand-checked case: 50 000 × 1.04 + 60 000 = 112 000.00', () => {
    const zero = { units: 0n, scale: 0 }
    const year = (y: number) => ({
      year: y,
      inForce: amount('100'),
      inForceEts: zero,
      avoidedLower: zero,
      avoidedUpper: zero,
      avoidedLowerToDate: zero,
      avoidedUpperToDate: zero,
    })
    const prices = new Map([
      [
        'non_ets:2020',
        { year: 2020, emissionClass: 'non_ets' as const, nokPerTonne: amount('500'), priceLevel: 2020, line: 2 },
      ],
      [
        'non_ets:2021',
        { year: 2021, emissionClass: 'non_ets' as const, nokPerTonne: amount('600'), priceLevel: 2020, line: 3 },
      ],
    ])
    const figures = valueFigures(
      appraiseValue(
        {
          co2e: {
            years: [year(2020), year(2021)],
            inForce: amount('100'),
            lower: { tonnes: null, assumptions: [] },
            upper: { tonnes: null, assumptions: [] },
            persist: false,
          },
          savingsByYear: new Map(),
          firstYear: 2020,
          lastYear: 2021,
        },
        {
          path: { source: 'p', builtIn: false, sha256: 'x', prices, priceLevel: 2020 },
          priceLevel: 2020,
          index: null,
          baseYear: 2021,
          discount: { kind: 'flat', percent: amount('4') },
          horizon: null,
          costs: null,
          beforePath: 'error',
        },
      ),
    )
    expect(figures.years.map(each => plain(each.carbonValue))).toEqual(['50000', '60000'])
    expect(plain(figures.presentValue.carbonValue)).toBe('112000')
  })
})
