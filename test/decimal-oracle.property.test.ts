// decimal.js is the oracle of our exact arithmetic (PRODUCT.md, "design-card libraries"): on random
// amounts — up to 22 digits, up to 4 decimals, past 2^53 — our sums, largest-remainder shares and
// constant-kroner conversion must equal what decimal.js computes at 200 significant digits (more than
// any value here has, so decimal.js rounds nothing). In units (ExactSum, allocateLargestRemainder,
// deflate, roundFraction, roundParts) and end to end through `summarize --format json`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Amount, amountFromPlainString, amountToPlainString, ExactSum } from '../src/amount.js'
import { allocateLargestRemainder, SPLIT_SCALES } from '../src/aggregate/attribution.js'
import { deflate, fractionOf, roundFraction, roundParts } from '../src/aggregate/constant-kroner.js'
import type { ConstantPrices } from '../src/model.js'
import { compareByCodePoint } from '../src/record/code-point-order.js'
import { runMain } from './helpers/in-process.js'
import { ROOT } from './helpers/run-cli.js'

const D = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 })
type D = InstanceType<typeof D>

const plain = (value: Amount): string => amountToPlainString(value)
/** decimal.js's value as our plain text: no exponent, no trailing zeros. */
const text = (value: D): string => value.toFixed()

/** Decimal text: sign, 1 to maxDigits integer digits (any length as likely), 0–4 decimals. */
const decimalText = (maxDigits: number, signed: boolean) =>
  fc
    .record({
      negative: signed ? fc.boolean() : fc.constant(false),
      integer: fc
        .integer({ min: 1, max: maxDigits })
        .chain(length => fc.bigInt({ min: 0n, max: 10n ** BigInt(length) - 1n }))
        .map(value => value.toString()),
      fraction: fc.stringMatching(/^[0-9]{0,4}$/),
    })
    .map(
      ({ negative, integer, fraction }) => `${negative ? '-' : ''}${integer}${fraction === '' ? '' : `.${fraction}`}`,
    )

// The shipped series (data/kpi-2015-100.csv), read the way the product reads it.
const KPI_FILE = readFileSync(join(ROOT, 'data', 'kpi-2015-100.csv'), 'utf8')
const KPI_LEVELS = new Map(
  [...KPI_FILE.matchAll(/^(\d{4}),([\d.]+),/gm)].map(match => [Number(match[1]), match[2] as string]),
)

const units = fc.oneof(
  fc.bigInt({ min: -1_000_000n, max: 1_000_000n }),
  fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }),
  fc.bigInt({ min: 2n ** 52n - 1000n, max: 2n ** 53n + 1000n }).map(value => (value % 2n === 0n ? value : -value)),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
)

describe('sums: ExactSum against decimal.js', () => {
  it('adds any mix of sizes and scales exactly, across the double/bigint boundary', () => {
    fc.assert(
      fc.property(fc.array(decimalText(22, true), { minLength: 1, maxLength: 40 }), values => {
        const sum = new ExactSum()
        for (const value of values) sum.add(amountFromPlainString(value))
        expect(plain(sum.value())).toBe(text(values.reduce((total, value) => total.plus(value), new D(0))))
      }),
      { numRuns: 2_000 },
    )
  })

  it('adds per-cell units the way the record path does (addUnits below 2^53, addBigUnits above)', () => {
    fc.assert(
      fc.property(
        // Small units, units either side of 2^52 and 2^53 (where the double part hands over), and huge ones.
        fc.array(fc.tuple(units, fc.integer({ min: 0, max: 4 })), {
          minLength: 1,
          maxLength: 40,
        }),
        cells => {
          const sum = new ExactSum()
          let expected = new D(0)
          for (const [units, scale] of cells) {
            if (units < 2n ** 53n && units > -(2n ** 53n)) sum.addUnits(Number(units), scale)
            else sum.addBigUnits(units, scale)
            expected = expected.plus(new D(units.toString()).div(new D(10).pow(scale)))
          }
          expect(plain(sum.value())).toBe(text(expected))
        },
      ),
      { numRuns: 2_000 },
    )
  })
})

/** Hamilton's method in decimal.js: exact quotas, floors, one unit each to the largest remainders. */
function largestRemainderOracle(total: bigint, weights: readonly bigint[]): bigint[] {
  const weightSum = weights.reduce((sum, weight) => sum.plus(weight.toString()), new D(0))
  const quotas = weights.map(weight => new D(total.toString()).times(weight.toString()).div(weightSum))
  const floors = quotas.map(quota => quota.floor())
  let leftover = floors.reduce((rest, floor) => rest.minus(floor), new D(total.toString())).toNumber()
  const order = quotas
    // To 100 places: equal remainders (k/W) then compare equal whatever each quota's integer digits.
    .map((quota, position) => ({ position, remainder: quota.minus(quota.floor()).toDecimalPlaces(100) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.position - b.position)
  const shares = floors.map(floor => BigInt(floor.toFixed()))
  for (const { position } of order) {
    if (leftover === 0) break
    shares[position] = (shares[position] as bigint) + 1n
    leftover--
  }
  return shares
}

describe('shares: allocateLargestRemainder against decimal.js', () => {
  it('gives what Hamilton’s method gives, and the shares add up to the total', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.array(fc.bigInt({ min: 0n, max: 1000n }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          fc.pre(weights.some(weight => weight > 0n))
          const shares = allocateLargestRemainder(total, weights)
          expect(shares).toEqual(largestRemainderOracle(total, weights))
          expect(shares.reduce((sum, share) => sum + share, 0n)).toBe(total)
        },
      ),
      { numRuns: 3_000 },
    )
  })
})

const prices = (year: number): ConstantPrices => ({
  year,
  index: {
    source: 'data/kpi-2015-100.csv',
    builtIn: true,
    referenceYear: 2015,
    levels: new Map([...KPI_LEVELS].map(([each, level]) => [each, amountFromPlainString(level)])),
  },
})
const YEARS = [...KPI_LEVELS.keys()]
/** amount × CPI(target) / CPI(year), to the øre, halves away from zero. */
const realOracle = (amount: D, year: number, target: number): D =>
  amount.times(KPI_LEVELS.get(target) as string).div(KPI_LEVELS.get(year) as string)

describe('constant kroner: deflate and rounding against decimal.js', () => {
  it('converts one amount to another year’s kroner, rounded to the øre', () => {
    fc.assert(
      fc.property(
        decimalText(18, true),
        fc.constantFrom(...YEARS),
        fc.constantFrom(...YEARS),
        (value, year, target) => {
          const ours = roundFraction(deflate(amountFromPlainString(value), year, prices(target)))
          expect(plain(ours)).toBe(text(realOracle(new D(value), year, target).toDecimalPlaces(2)))
        },
      ),
      { numRuns: 3_000 },
    )
  })

  it('converts between any two index levels, whatever their decimal counts (112.25 against 103.6)', () => {
    const level = fc
      .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 3 }))
      .map(([units, scale]) => text(new D(units).div(new D(10).pow(scale))))
    fc.assert(
      fc.property(decimalText(18, true), level, level, (value, from, to) => {
        const index = new Map([
          [2000, amountFromPlainString(from)],
          [2001, amountFromPlainString(to)],
        ])
        const custom: ConstantPrices = {
          year: 2001,
          index: { source: 'cpi.csv', builtIn: false, referenceYear: null, levels: index },
        }
        const ours = roundFraction(deflate(amountFromPlainString(value), 2000, custom))
        expect(plain(ours)).toBe(text(new D(value).times(to).div(from).toDecimalPlaces(2)))
      }),
      { numRuns: 3_000 },
    )
  })

  it('rounds per-year parts so they add up to the rounded whole, each within an øre of its exact value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(decimalText(15, true), fc.constantFrom(...YEARS)), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...YEARS),
        (parts, target) => {
          const exact = parts.map(([value, year]) => realOracle(new D(value), year, target))
          const rounded = roundParts(
            parts.map(([value, year]) => deflate(amountFromPlainString(value), year, prices(target))),
          )
          const whole = exact.reduce((sum, part) => sum.plus(part), new D(0)).toDecimalPlaces(2)
          expect(text(rounded.reduce((sum, part) => sum.plus(plain(part as Amount)), new D(0)))).toBe(text(whole))
          rounded.forEach((part, index) => {
            expect(
              new D(plain(part as Amount))
                .minus(exact[index] as D)
                .abs()
                .lessThan('0.01'),
            ).toBe(true)
          })
        },
      ),
      { numRuns: 2_000 },
    )
  })

  it('keeps fractionOf exact', () => {
    fc.assert(
      fc.property(decimalText(22, true), value => {
        const { numerator, denominator } = fractionOf(amountFromPlainString(value))
        expect(text(new D(numerator.toString()).div(denominator.toString()))).toBe(text(new D(value)))
      }),
    )
  })
})

// --- end to end: random files through `summarize --format json` ---------------------------------

// Names that stay distinct under any case folding and normalisation.
const PARTNERS = ['Aa', 'Bø', 'Ås', 'Zeta', 'Æra']
const MEASURES = ['jobs', 'savings_nok', 'co2e_tonnes'] as const

interface Row {
  projectId: string
  year: number
  partners: string[]
  values: (string | null)[]
}

const row = fc.record({
  projectId: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5'),
  year: fc.integer({ min: 2010, max: 2019 }),
  partners: fc.uniqueArray(fc.constantFrom(...PARTNERS), { minLength: 1, maxLength: 4 }),
  values: fc.tuple(
    fc.option(decimalText(6, false), { nil: null }),
    fc.option(decimalText(20, true), { nil: null }),
    fc.option(decimalText(9, true), { nil: null }),
  ),
})

/** Our JSON with every number kept as its text (JSON.parse would round those past 2^53). */
function parseExactly(json: string): unknown {
  return JSON.parse(json.replace(/(?<=[:[,]\s*)(-?\d+(?:\.\d+)?)(?=\s*[,\]}])/g, '"$1"'))
}

/** Each partner's share of `value`: equal shares in units of 10^-scale, as PRODUCT.md "Splitting" says. */
function sharesOracle(value: string, partners: readonly string[], measure: number): Map<string, D> {
  const amount = new D(value)
  const decimals = amount.decimalPlaces()
  const unit = new D(10).pow(-Math.max(SPLIT_SCALES[measure] as number, decimals))
  const magnitude = amount.abs()
  const floor = magnitude.div(partners.length).div(unit).floor().times(unit)
  let leftover = magnitude.minus(floor.times(partners.length)).div(unit).toNumber()
  const sorted = [...partners].sort(compareByCodePoint) // ties to the name that sorts first by code point
  const shares = new Map<string, D>()
  for (const partner of sorted) {
    const share = leftover-- > 0 ? floor.plus(unit) : floor
    shares.set(partner, amount.isNegative() ? share.negated() : share)
  }
  return shares
}

describe('end to end: summarize --format json against decimal.js', () => {
  const work = mkdtempSync(join(tmpdir(), 'lup-oracle-'))
  const csv = (rows: readonly Row[]): string =>
    `project_id,year,partner,jobs,savings_nok,co2e_tonnes\n${rows
      .map(each => [each.projectId, each.year, each.partners.join('|'), ...each.values.map(v => v ?? '')].join(','))
      .join('\n')}\n`

  it('totals and partner rows (split attribution) equal decimal.js sums of the cells and of their shares', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async rows => {
        writeFileSync(join(work, 'records.csv'), csv(rows))
        const result = await runMain(
          ['summarize', 'records.csv', '--by', 'partner', '--format', 'json', '--allow-duplicates', '--quiet'],
          { cwd: work },
        )
        expect(result.stderr).toBe('')
        const json = parseExactly(result.stdout) as {
          totals: Record<string, string | null>
          by_partner: Record<string, string | null>[]
        }
        MEASURES.forEach((measure, index) => {
          const cells = rows.map(each => each.values[index]).filter((value): value is string => value !== null)
          const total = cells.length === 0 ? null : text(cells.reduce((sum, value) => sum.plus(value), new D(0)))
          expect(json.totals[measure], measure).toBe(total)
          const byPartner = new Map<string, D>()
          for (const each of rows) {
            const value = each.values[index]
            if (value === null || value === undefined) continue
            for (const [partner, share] of sharesOracle(value, each.partners, index))
              byPartner.set(partner, (byPartner.get(partner) ?? new D(0)).plus(share))
          }
          for (const partnerRow of json.by_partner) {
            const expected = byPartner.get(partnerRow.partner as string)
            expect(partnerRow[measure], `${measure} of ${partnerRow.partner}`).toBe(
              expected === undefined ? null : text(expected),
            )
          }
        })
      }),
      { numRuns: 100 },
    )
  })

  it('--real: the total and the per-year rows equal decimal.js conversions of the yearly sums', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 2010, max: 2024 }),
        async (rows, target) => {
          writeFileSync(join(work, 'real.csv'), csv(rows))
          const result = await runMain(
            ['summarize', 'real.csv', '--by', 'year', '--real', String(target), '--format', 'json'].concat([
              '--allow-duplicates',
              '--quiet',
            ]),
            { cwd: work },
          )
          expect(result.stderr).toBe('')
          const json = parseExactly(result.stdout) as {
            totals: { savings_nok: string | null }
            by_year: { year: string; savings_nok: string | null }[]
          }
          const byYear = new Map<number, D>()
          for (const each of rows) {
            const value = each.values[1]
            if (value !== null && value !== undefined)
              byYear.set(each.year, (byYear.get(each.year) ?? new D(0)).plus(value))
          }
          const exact = [...byYear].map(([year, sum]) => realOracle(sum, year, target))
          const whole = exact.reduce((sum, part) => sum.plus(part), new D(0))
          expect(json.totals.savings_nok).toBe(byYear.size === 0 ? null : text(whole.toDecimalPlaces(2)))
          let rowsSum = new D(0)
          for (const yearRow of json.by_year) {
            const sum = byYear.get(Number(yearRow.year))
            if (sum === undefined) {
              expect(yearRow.savings_nok).toBeNull()
              continue
            }
            const value = new D(yearRow.savings_nok as string)
            expect(
              value
                .minus(realOracle(sum, Number(yearRow.year), target))
                .abs()
                .lessThan('0.01'),
            ).toBe(true)
            rowsSum = rowsSum.plus(value)
          }
          if (byYear.size > 0) expect(text(rowsSum)).toBe(text(whole.toDecimalPlaces(2)))
        },
      ),
      { numRuns: 100 },
    )
  })
})
