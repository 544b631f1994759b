// A JSON writer that can emit exact decimal numbers. JSON.stringify only knows
// floats, and a float would turn 0.1 + 0.2 into 0.30000000000000004.
import { type Amount, amountToPlainString } from '../amount.js'
import { jsonString } from '../escape.js'
import type { JsonNumbers } from './formats.js'

export type { JsonNumbers } from './formats.js'

/** A number written verbatim from its exact decimal value. */
export class ExactNumber {
  constructor(readonly text: string) {}
  static of(amount: Amount): ExactNumber {
    return new ExactNumber(amountToPlainString(amount))
  }
}

/** An exact amount as `numbers` asks: a JSON number written from its digits, or a string of them. */
export function exactJson(amount: Amount, numbers: JsonNumbers = 'number'): ExactNumber | string {
  return numbers === 'string' ? amountToPlainString(amount) : ExactNumber.of(amount)
}

export type JsonValue = null | boolean | number | string | ExactNumber | JsonValue[] | { [key: string]: JsonValue }

/** Two-space indented JSON; arrays of scalars stay on one line. */
export function stringifyJson(value: JsonValue, indent = ''): string {
  const parts: string[] = []
  write(value, indent, parts)
  return parts.join('')
}

// Written into one array of parts and joined once: a summary by year and partner has thousands of
// rows, and building a string per object and per array made rendering a visible share of a run.
function write(value: JsonValue, indent: string, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(typeof value === 'string' ? jsonString(value) : JSON.stringify(value))
    return
  }
  if (value instanceof ExactNumber) {
    out.push(value.text)
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]')
    } else if (value.every(isScalar)) {
      out.push('[')
      for (let position = 0; position < value.length; position++) {
        if (position > 0) out.push(', ')
        write(value[position] as JsonValue, '', out)
      }
      out.push(']')
    } else {
      out.push('[\n')
      for (let position = 0; position < value.length; position++) {
        if (position > 0) out.push(',\n')
        out.push(inner)
        write(value[position] as JsonValue, inner, out)
      }
      out.push('\n', indent, ']')
    }
    return
  }
  const keys = Object.keys(value)
  if (keys.length === 0) {
    out.push('{}')
    return
  }
  out.push('{\n')
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] as string
    if (position > 0) out.push(',\n')
    out.push(inner, quotedKey(key), ': ')
    write(value[key] as JsonValue, inner, out)
  }
  out.push('\n', indent, '}')
}

const isScalar = (item: JsonValue): boolean => item === null || typeof item !== 'object' || item instanceof ExactNumber

const QUOTED_KEYS = new Map<string, string>()
function quotedKey(key: string): string {
  let quoted = QUOTED_KEYS.get(key)
  if (quoted === undefined) {
    quoted = jsonString(key)
    if (QUOTED_KEYS.size < 1000) QUOTED_KEYS.set(key, quoted)
  }
  return quoted
}
