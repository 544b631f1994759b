// A JSON writer that can emit exact decimal numbers. JSON.stringify only knows
// floats, and a float would turn 0.1 + 0.2 into 0.30000000000000004.
import { type Amount, amountToPlainString } from '../amount.js'

/** A number written verbatim from its exact decimal value. */
export class ExactNumber {
  constructor(readonly text: string) {}
  static of(amount: Amount): ExactNumber {
    return new ExactNumber(amountToPlainString(amount))
  }
}

export type JsonValue = null | boolean | number | string | ExactNumber | JsonValue[] | { [key: string]: JsonValue }

/** Two-space indented JSON; arrays of scalars stay on one line. */
export function stringifyJson(value: JsonValue, indent = ''): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return JSON.stringify(value)
  if (typeof value === 'string') return JSON.stringify(value)
  if (value instanceof ExactNumber) return value.text
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    if (value.every((item) => item === null || typeof item !== 'object' || item instanceof ExactNumber)) {
      return `[${value.map((item) => stringifyJson(item)).join(', ')}]`
    }
    return `[\n${value.map((item) => inner + stringifyJson(item, inner)).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${stringifyJson(item, inner)}`).join(',\n')}\n${indent}}`
}
