// The output formats and the one signature every renderer has (no renderer is imported here, so
// that naming a format costs nothing at start-up).
import type { Summary } from '../model.js'
import type { Messages } from '../messages/index.js'
import type { NumberStyle } from '../messages/numbers.js'

export const FORMATS = ['table', 'json', 'csv', 'markdown', 'xlsx'] as const
export type Format = (typeof FORMATS)[number]

/** What a format's renderer makes: text, or bytes for a workbook. */
export type RenderOutput<F extends Format> = F extends 'xlsx' ? Uint8Array : string

/**
 * How JSON writes measures: as numbers (exact digits, but a reader that parses numbers as doubles, as
 * JSON.parse does, keeps only about 15 significant digits), or as strings of the same digits, which
 * every reader keeps exactly (--json-numbers string).
 */
export const JSON_NUMBERS = ['number', 'string'] as const
export type JsonNumbers = (typeof JSON_NUMBERS)[number]

export interface RenderOptions {
  color: boolean
  messages: Messages
  numbers: NumberStyle
  tool: { name: string; version: string }
  /** Columns of the terminal to fit tables to; undefined when not writing to a terminal. */
  width?: number
  /**
   * CSV for Excel in the run's language (--excel): under nb ";" and decimal commas, under en "," and
   * dots; both UTF-8 with a byte-order mark and CRLF line ends. Absent: machine-neutral CSV.
   */
  excel?: boolean
  /** JSON: measures as numbers (the default) or as exact decimal strings (--json-numbers string). */
  jsonNumbers?: JsonNumbers
}

export type Renderer<Output extends string | Uint8Array = string> = (summary: Summary, options: RenderOptions) => Output

/** trace's formats (its renderers stream: render/trace.ts). */
export const TRACE_FORMATS = ['table', 'json', 'csv'] as const
export type TraceFormat = (typeof TRACE_FORMATS)[number]

/** check's formats (render/check.ts). */
export const CHECK_FORMATS = ['table', 'json'] as const
export type CheckFormat = (typeof CHECK_FORMATS)[number]
