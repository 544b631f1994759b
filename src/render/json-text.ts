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

/**
 * An array written from its items as they are made, one at a time: a summary's rows need not exist as
 * objects all at once (130 000 partners made 1.5 GB of them before a byte was written).
 */
export class LazyArray {
  constructor(
    readonly length: number,
    readonly item: (position: number) => JsonValue,
  ) {}
}

export type JsonValue =
  | null
  | boolean
  | number
  | string
  | ExactNumber
  | LazyArray
  | JsonValue[]
  | { [key: string]: JsonValue }

/** Two-space indented JSON; arrays of scalars stay on one line. */
export function stringifyJson(value: JsonValue, indent = ''): string {
  const out = new Chunks()
  write(value, indent, out)
  return out.text()
}

/**
 * Written into chunks of about 64 KiB, joined once: a string per object and per array made rendering
 * a visible share of a run, and one array of every small part took 8 bytes a part plus the parts.
 */
class Chunks {
  private readonly done: string[] = []
  private parts: string[] = []
  private length = 0
  push(...texts: string[]): void {
    for (const text of texts) {
      this.parts.push(text)
      this.length += text.length
    }
    // join, not +=: a string grown by += is a tree of every small part until it is flattened, so
    // chunks made that way kept every part alive (130 000 partners ran out of a 500 MB heap).
    if (this.length >= 65_536) {
      this.done.push(this.parts.join(''))
      this.parts = []
      this.length = 0
    }
  }
  text(): string {
    this.done.push(this.parts.join(''))
    return this.done.join('')
  }
}

function write(value: JsonValue, indent: string, out: Chunks): void {
  if (value === null || typeof value !== 'object') {
    out.push(typeof value === 'string' ? jsonString(value) : JSON.stringify(value))
    return
  }
  if (value instanceof ExactNumber) {
    out.push(value.text)
    return
  }
  const inner = `${indent}  `
  if (value instanceof LazyArray) {
    writeLines(value.length, value.item, indent, out)
    return
  }
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isScalar)) {
      out.push('[')
      for (let position = 0; position < value.length; position++) {
        if (position > 0) out.push(', ')
        write(value[position] as JsonValue, '', out)
      }
      out.push(']')
    } else writeLines(value.length, position => value[position] as JsonValue, indent, out)
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

/** An array of `length` items, one a line (a LazyArray makes each only here). */
function writeLines(length: number, item: (position: number) => JsonValue, indent: string, out: Chunks): void {
  if (length === 0) {
    out.push('[]')
    return
  }
  const inner = `${indent}  `
  out.push('[\n')
  for (let position = 0; position < length; position++) {
    if (position > 0) out.push(',\n')
    out.push(inner)
    write(item(position), inner, out)
  }
  out.push('\n', indent, ']')
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
