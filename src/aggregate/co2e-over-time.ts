// CO2e cuts over time: the cut in force each year and the tonnes avoided to date, as a range whose
// two bounds each name what they assume. A CO2e value is an annual rate (t/yr), entered once, in the
// year the cut took effect; potential cuts never count, in either bound or in force.
//
//   upper bound (and the cut in force): realised and estimated cuts, a full first year, in force
//     through every later year of the period (or through co2e_end_year where a record gives one);
//   lower bound: realised cuts only, half a year in the year a cut takes effect, in force only
//     through the project's last reported year (or co2e_end_year where given, or the period's end
//     under --persist). An increase (a negative cut) counts as in the upper bound, so that the lower
//     bound is never above the upper one.
//
// Worked example (the issue's): a realised cut of 100 t/yr in 2015, the project's last record in
// 2017, records of other projects through 2019:
//   year            2015  2016  2017  2018  2019   to date
//   in force         100   100   100   100   100
//   upper avoided    100   100   100   100   100   500
//   lower avoided     50   100   100     0     0   250
//
// Memory: a few per-year sums (the years of the period), and per project its last reported year
// (two bytes) and, for projects with realised cuts, one running sum: never anything per record.
// The rates are kept as changes by year: +r in the year a cut takes effect, −r the year after it
// ends. A project's last reported year is known only once every record is read, so its open
// realised cuts are summed per project and ended (−Σr after that year) when the result is made.
import { type Amount, ExactSum, normalizeAmount } from '../amount.js'
import type { AvoidedAssumption, Co2eOverTime, Co2eYear } from '../model.js'
import { Uint16Column } from '../record/columns.js'

export const REALISED = 0
export const ESTIMATED = 1
export const POTENTIAL = 2

export interface Co2eOverTimeOptions {
  /** --persist: in the lower bound, cuts stay in force through the period's end, not the project's last reported year. */
  persist: boolean
}

/** Which bounds a CO2e record feeds, by its basis (index in BASES) and sign: what `trace` shows. */
export type BoundsFed = 'both' | 'upper' | 'neither'

export function boundsFed(basis: number, rate: Amount): BoundsFed {
  if (basis === POTENTIAL || rate.units === 0n) return 'neither'
  if (basis === REALISED || rate.units < 0n) return 'both'
  return 'upper'
}

export function lowerAssumptions(persist: boolean): AvoidedAssumption[] {
  return [
    'realised-only',
    'half-first-year',
    persist ? 'in-force-through-period-end' : 'in-force-through-last-reported-year',
    'co2e-end-year-where-given',
    'increases-as-upper-bound',
    'potential-never',
  ]
}

export const UPPER_ASSUMPTIONS: readonly AvoidedAssumption[] = [
  'realised-and-estimated',
  'full-first-year',
  'in-force-through-period-end',
  'co2e-end-year-where-given',
  'potential-never',
]

const half = (rate: Amount): Amount => ({ units: rate.units * 5n, scale: rate.scale + 1 })
const negate = (rate: Amount): Amount => ({ units: -rate.units, scale: rate.scale })

export class Co2eOverTimeAccumulator {
  /** Changes of the rate in force (upper rule) and of the lower bound's yearly rate, by year. */
  private readonly upperChanges = new Map<number, ExactSum>()
  private readonly lowerChanges = new Map<number, ExactSum>()
  /** Per project: the latest year of any of its valid records, selected or not (0: none). */
  private readonly lastReported = new Uint16Column()
  /** Per project: its realised cuts without an end year, in the lower bound until its last reported year. */
  private readonly openRealised = new Map<number, ExactSum>()
  /** The first year a selected record reported CO2e (any basis; 0: none): the series starts there. */
  private firstReported = 0

  constructor(private readonly options: Co2eOverTimeOptions) {}

  /** Every valid record, before any filter: how long its project kept reporting. */
  seen(project: number, year: number): void {
    if (year > this.lastReported.at(project)) this.lastReported.set(project, year)
  }

  /**
   * A selected record's CO2e: `rate` is what it adds to the totals (its credited share), `basis` its
   * index in BASES, `endYear` its co2e_end_year or null.
   */
  add(project: number, year: number, basis: number, rate: Amount | null, endYear: number | null): void {
    if (rate === null) return
    if (this.firstReported === 0 || year < this.firstReported) this.firstReported = year
    if (basis === POTENTIAL || rate.units === 0n) return
    change(this.upperChanges, year, rate)
    if (endYear !== null) change(this.upperChanges, endYear + 1, negate(rate))
    if (rate.units < 0n) {
      // An increase: as in the upper bound, so that it never raises the lower one.
      change(this.lowerChanges, year, rate)
      if (endYear !== null) change(this.lowerChanges, endYear + 1, negate(rate))
      return
    }
    if (basis !== REALISED) return
    change(this.lowerChanges, year, half(rate))
    change(this.lowerChanges, year + 1, half(rate))
    if (endYear !== null) change(this.lowerChanges, endYear + 1, negate(rate))
    else if (!this.options.persist) {
      sumAt(this.openRealised, project).add(rate)
    }
  }

  /**
   * The series over the calendar years of the period (`first` to `last`) from the first year a cut
   * was reported, and its figures at `last`; before that year there is nothing to say (null in tables).
   */
  result(first: number | null, last: number | null): Co2eOverTime {
    const lower = { tonnes: null as Amount | null, assumptions: lowerAssumptions(this.options.persist) }
    const upper = { tonnes: null as Amount | null, assumptions: [...UPPER_ASSUMPTIONS] }
    const years: Co2eYear[] = []
    if (first === null || last === null || this.firstReported === 0)
      return { years, inForce: null, lower, upper, persist: this.options.persist }
    const lowerChanges = new Map(this.lowerChanges)
    for (const [project, open] of this.openRealised) {
      const after = this.lastReported.at(project) + 1
      const ended = new ExactSum()
      ended.add(lowerChanges.get(after)?.value() ?? { units: 0n, scale: 0 })
      ended.add(negate(open.value()))
      lowerChanges.set(after, ended)
    }
    const inForce = new ExactSum()
    const lowerRate = new ExactSum()
    const upperToDate = new ExactSum()
    const lowerToDate = new ExactSum()
    for (let year = Math.max(first, this.firstReported); year <= last; year++) {
      const upperChange = this.upperChanges.get(year)
      if (upperChange !== undefined) inForce.add(upperChange.value())
      const lowerChange = lowerChanges.get(year)
      if (lowerChange !== undefined) lowerRate.add(lowerChange.value())
      const inForceNow = inForce.value()
      const lowerNow = lowerRate.value()
      upperToDate.add(inForceNow)
      lowerToDate.add(lowerNow)
      years.push({
        year,
        inForce: inForceNow,
        avoidedUpper: inForceNow,
        avoidedLower: lowerNow,
        avoidedUpperToDate: upperToDate.value(),
        avoidedLowerToDate: lowerToDate.value(),
      })
    }
    const end = years[years.length - 1] as Co2eYear
    lower.tonnes = end.avoidedLowerToDate
    upper.tonnes = end.avoidedUpperToDate
    return { years, inForce: end.inForce, lower, upper, persist: this.options.persist }
  }
}

function change(changes: Map<number, ExactSum>, year: number, amount: Amount): void {
  sumAt(changes, year).add(normalizeAmount(amount))
}

/** The sum kept under `key`, made on first use. */
export function sumAt(sums: Map<number, ExactSum>, key: number): ExactSum {
  const sum = sums.get(key)
  if (sum !== undefined) return sum
  const made = new ExactSum()
  sums.set(key, made)
  return made
}
