// The reference the hot-path tokenizer is held to: csv-parse, configured the way
// lup-impact used it before it had its own tokenizer, with lines counted from each
// record's raw text (csv-parse's own count drifts on CRLF inside quoted fields).
import { parse } from 'csv-parse/sync'
import type { Options } from 'csv-parse'

export type Event =
  | { kind: 'record'; cells: string[]; line: number; raw: string }
  | { kind: 'error'; code: string; line: number }

function countLineBreaks(text: string): number {
  let count = 0
  for (let position = 0; position < text.length; position++) {
    const code = text.charCodeAt(position)
    if (code === 10) count++
    else if (code === 13) {
      count++
      if (text.charCodeAt(position + 1) === 10) position++
    }
  }
  return count
}

export function parseWithCsvParse(text: string, delimiter: string, options: Partial<Options> = {}): Event[] {
  const events: Event[] = []
  let nextLine = 1
  const strip = (raw: string): string => raw.replace(/\r?\n$|\r$/, '')
  parse(text, {
    delimiter,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    ...options,
    on_record: (value: unknown) => {
      const { record, raw } = value as { record: string[]; raw: string }
      events.push({ kind: 'record', cells: record, line: nextLine, raw: strip(raw) })
      nextLine += countLineBreaks(raw)
      return null
    },
    on_skip: (error: { code?: string } | undefined, raw: string | undefined): undefined => {
      events.push({ kind: 'error', code: error?.code ?? 'CSV_UNKNOWN', line: nextLine })
      nextLine += countLineBreaks(raw ?? '')
      return undefined
    },
  })
  return events
}
