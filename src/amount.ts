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

/** A running exact sum. Mutable on purpose: it sits on the per-record path. */
export class ExactSum {
  units = 0n
  scale = 0

  add(amount: Amount): void {
    if (amount.scale === this.scale) {
      this.units += amount.units
    } else if (amount.scale < this.scale) {
      this.units += amount.units * powerOfTen(this.scale - amount.scale)
    } else {
      this.units = this.units * powerOfTen(amount.scale - this.scale) + amount.units
      this.scale = amount.scale
    }
  }

  value(): Amount {
    return normalizeAmount({ units: this.units, scale: this.scale })
  }
}
