// An exact decimal held as an integer count of units of 10^-scale:
// { units: 12345n, scale: 2 } is 123.45. Sums never touch a float.

export interface Amount {
  readonly units: bigint
  readonly scale: number
}

const POWERS: bigint[] = []
export function powerOfTen(exponent: number): bigint {
  let power = POWERS[exponent]
  if (power === undefined) {
    power = 10n ** BigInt(exponent)
    POWERS[exponent] = power
  }
  return power
}

export const ZERO: Amount = { units: 0n, scale: 0 }

/** The units of `amount` expressed at a scale at least as fine as its own. */
export function unitsAtScale(amount: Amount, scale: number): bigint {
  if (scale === amount.scale) return amount.units
  if (scale < amount.scale) throw new RangeError(`cannot express scale ${amount.scale} at coarser scale ${scale}`)
  return amount.units * powerOfTen(scale - amount.scale)
}

export function addAmounts(a: Amount, b: Amount): Amount {
  const scale = Math.max(a.scale, b.scale)
  return { units: unitsAtScale(a, scale) + unitsAtScale(b, scale), scale }
}

export function compareAmounts(a: Amount, b: Amount): number {
  const scale = Math.max(a.scale, b.scale)
  const difference = unitsAtScale(a, scale) - unitsAtScale(b, scale)
  return difference === 0n ? 0 : difference < 0n ? -1 : 1
}

/** The same value with trailing fractional zeros removed (scale as small as possible). */
export function normalizeAmount(amount: Amount): Amount {
  let { units, scale } = amount
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n
    scale -= 1
  }
  return scale === amount.scale ? amount : { units, scale }
}

/**
 * Plain decimal text, never an exponent: "-1234.5". `minScale` pads the
 * fraction with zeros; digits are never dropped, so nothing is rounded.
 */
export function amountToPlainString(amount: Amount, minScale = 0): string {
  const normal = normalizeAmount(amount)
  const scale = Math.max(normal.scale, minScale)
  const units = unitsAtScale(normal, scale)
  const negative = units < 0n
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0')
  const integer = digits.slice(0, digits.length - scale)
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : ''
  return `${negative ? '-' : ''}${integer}${fraction}`
}

/** Parses plain decimal text ("-12.50") as produced by amountToPlainString; throws on anything else. */
export function amountFromPlainString(text: string): Amount {
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (match === null) throw new SyntaxError(`not a plain decimal: "${text}"`)
  const fraction = match[3] ?? ''
  const units = BigInt(`${match[2]}${fraction}`)
  return { units: match[1] === '-' ? -units : units, scale: fraction.length }
}

/** Below 2^52 a double holds an integer exactly, and so does the sum of two of them. */
export const SMALL_LIMIT = 2 ** 52

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POWERS_AS_NUMBERS: readonly number[] = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent)

/**
 * A running exact sum. Mutable on purpose: it sits on the per-record path.
 *
 * The units are kept in two parts: `small`, a double holding an integer below 2^52 in size
 * (adding to it is a plain float add, exact while the result stays below 2^53), and `big`, a bigint
 * that takes over whatever would not fit. Example, at scale 2: adding 4 × 10^13 NOK (4e15 øre) twice
 * moves both into `big` the second time, since 8e15 is past 2^52 ≈ 4.5e15; the value is always
 * big + small, exactly.
 */
export class ExactSum {
  private small = 0
  private big = 0n
  private scale = 0

  add(amount: Amount): void {
    const units = amount.units
    if (units < 9_007_199_254_740_992n && units > -9_007_199_254_740_992n) this.addUnits(Number(units), amount.scale)
    else this.addBigUnits(units, amount.scale)
  }

  /** Adds units × 10^-scale; `units` is an integer (a double), any size up to 2^53. */
  addUnits(units: number, scale: number): void {
    if (scale > this.scale) this.rescale(scale)
    else if (scale < this.scale) {
      const scaled = units * (POWERS_AS_NUMBERS[this.scale - scale] ?? Number.POSITIVE_INFINITY)
      if (!(scaled < SMALL_LIMIT && scaled > -SMALL_LIMIT)) {
        this.big += BigInt(units) * powerOfTen(this.scale - scale)
        return
      }
      units = scaled
    }
    const sum = this.small + units
    if (sum < SMALL_LIMIT && sum > -SMALL_LIMIT && units < SMALL_LIMIT && units > -SMALL_LIMIT) this.small = sum
    else {
      this.big += BigInt(this.small) + BigInt(units)
      this.small = 0
    }
  }

  /** Adds units × 10^-scale for units of any size. */
  addBigUnits(units: bigint, scale: number): void {
    if (scale > this.scale) this.rescale(scale)
    this.big += scale === this.scale ? units : units * powerOfTen(this.scale - scale)
  }

  /** Moves the sum to a finer scale. */
  private rescale(scale: number): void {
    const exponent = scale - this.scale
    if (this.big !== 0n) this.big *= powerOfTen(exponent)
    const scaled = this.small * (POWERS_AS_NUMBERS[exponent] ?? Number.POSITIVE_INFINITY)
    if (scaled < SMALL_LIMIT && scaled > -SMALL_LIMIT) this.small = scaled
    else {
      this.big += BigInt(this.small) * powerOfTen(exponent)
      this.small = 0
    }
    this.scale = scale
  }

  value(): Amount {
    return normalizeAmount({ units: this.big + BigInt(this.small), scale: this.scale })
  }
}
