// One input → header and rows, each remembering the physical line it starts on.
// csv-parse does the quoting; the line count is ours, taken from each record's
// raw text, because csv-parse's own count drifts on CRLF inside quoted fields.
import { createHash } from 'node:crypto'
import { parse, type CsvError, type Options as CsvOptions } from 'csv-parse'
import type { RawRow } from '../model.js'
import { BinaryInputError, InvalidEncodingError, TextDecoderStream, type Encoding } from './decode.js'
import { detectDelimiter, type Delimiter } from './dialect.js'
import type { InputSource } from './open-input.js'

/** Longest record accepted, in characters; larger ones are hostile or broken input. */
export const MAX_RECORD_CHARS = 1_000_000

export interface ReadOptions {
  encoding?: Encoding
  delimiter?: Delimiter
}

export interface HeaderRow {
  file: string
  line: number
  cells: string[]
  delimiter: Delimiter
  encoding: Encoding
}

export type ReadProblem =
  | { kind: 'empty'; file: string; line: number }
  /** `fatal`: the rest of the file could not be read (a broken header, a record over the size limit). */
  | { kind: 'csv'; file: string; line: number; code: string; raw: string; fatal: boolean }
  | { kind: 'encoding'; file: string; line: number; byteOffset: number; forced: boolean }
  | { kind: 'binary'; file: string; line: number; guess: BinaryInputError['guess'] }

export interface RowHandlers {
  /** Returns false when the rest of the file cannot be read meaningfully (e.g. required columns missing). */
  header(header: HeaderRow): boolean
  row(row: RawRow): void
  problem(problem: ReadProblem): void
}

export interface ReadResult {
  sha256: string
  /** Data rows read, header and blank rows excluded. */
  records: number
}

export async function readRows(source: InputSource, options: ReadOptions, handlers: RowHandlers): Promise<ReadResult> {
  const hash = createHash('sha256')
  const decoder = new TextDecoderStream(options.encoding)
  const file = source.name
  let records = 0
  let nextLine = 1
  let header: HeaderRow | undefined
  let stopped = false
  let headText = ''
  let parser: ReturnType<typeof parse> | undefined
  let delimiter: Delimiter = options.delimiter ?? ','
  let problems = 0
  const reportProblem = (problem: ReadProblem): void => {
    problems++
    handlers.problem(problem)
  }

  const onRecord = (cells: string[], raw: string): void => {
    const line = nextLine
    nextLine += countLineBreaks(raw)
    if (stopped || isBlank(cells)) return
    if (header === undefined) {
      header = { file, line, cells, delimiter, encoding: decoder.encoding ?? 'utf-8' }
      if (!handlers.header(header)) stopped = true
      return
    }
    records++
    handlers.row({ file, line, cells, raw: stripLineBreak(raw) })
  }

  const startParser = (): ReturnType<typeof parse> => {
    delimiter = options.delimiter ?? detectDelimiter(firstContentLine(headText) ?? headText.slice(0, MAX_RECORD_CHARS))
    const csvOptions: CsvOptions = {
      delimiter,
      raw: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      max_record_size: MAX_RECORD_CHARS,
      // With `raw: true` each record arrives as { record, raw }; returning null keeps nothing buffered.
      on_record: (value: unknown) => {
        const { record, raw } = value as { record: string[]; raw: string }
        onRecord(record, raw)
        return null
      },
      on_skip: (error: CsvError | undefined, raw: string | undefined): undefined => {
        const text = raw ?? ''
        const line = nextLine
        nextLine += countLineBreaks(text)
        if (stopped) return undefined
        const code = error?.code ?? 'CSV_UNKNOWN'
        const fatal = header === undefined || code === 'CSV_MAX_RECORD_SIZE'
        if (!fatal) records++
        reportProblem({ kind: 'csv', file, line, code, raw: stripLineBreak(text), fatal })
        if (fatal) stopped = true
        return undefined
      },
    }
    const created = parse(csvOptions)
    created.resume()
    return created
  }

  const feed = (text: string): void => {
    if (text === '' || stopped) return
    if (parser === undefined) {
      headText += text
      if (firstContentLine(headText) === undefined && headText.length <= MAX_RECORD_CHARS) return
      parser = startParser()
      text = headText
      headText = ''
    }
    parser.write(text)
  }

  let newlinesBefore = 0
  const decodeSafely = (chunk: Buffer | undefined): void => {
    try {
      feed(chunk === undefined ? decoder.end() : decoder.write(chunk))
    } catch (error) {
      if (error instanceof BinaryInputError) {
        reportProblem({ kind: 'binary', file, line: 1, guess: error.guess })
        stopped = true
        return
      }
      if (!(error instanceof InvalidEncodingError)) throw error
      feed(error.validText)
      const line = 1 + newlinesBefore + countNewlineBytes(chunk, error.byteOffset - (bytesRead - (chunk?.length ?? 0)))
      reportProblem({ kind: 'encoding', file, line, byteOffset: error.byteOffset, forced: error.forced })
      stopped = true
    }
  }
  let bytesRead = 0
  for await (const chunk of source.open()) {
    const bytes = chunk as Buffer
    hash.update(bytes)
    bytesRead += bytes.length
    if (!stopped) decodeSafely(bytes)
    if (!stopped) newlinesBefore += countNewlineBytes(bytes, bytes.length)
  }
  if (!stopped) decodeSafely(undefined)
  if (parser === undefined && headText !== '') {
    parser = startParser()
    parser.write(headText)
  }
  if (parser !== undefined) {
    const done = new Promise<void>((resolve, reject) => {
      parser?.on('end', resolve)
      parser?.on('error', reject)
    })
    parser.end()
    await done
  }
  if (header === undefined && problems === 0) reportProblem({ kind: 'empty', file, line: 1 })
  return { sha256: hash.digest('hex'), records }
}

/** Line feeds among the first `end` bytes of `bytes`, for locating a byte-level problem. */
function countNewlineBytes(bytes: Buffer | undefined, end: number): number {
  if (bytes === undefined) return 0
  let count = 0
  for (let position = bytes.indexOf(10); position >= 0 && position < end; position = bytes.indexOf(10, position + 1)) count++
  return count
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false
  return true
}

/**
 * The first complete line with content, or undefined: the delimiter is read
 * off it, so blank lines and `;;;;` rows before the header do not count.
 */
function firstContentLine(text: string): string | undefined {
  const breaks = /[\r\n]/g
  let start = 0
  for (let found = breaks.exec(text); found !== null; found = breaks.exec(text)) {
    const line = text.slice(start, found.index)
    if (/[^\s,;\t]/.test(line)) return line
    start = found.index + 1
  }
  return undefined
}

export function countLineBreaks(text: string): number {
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

function stripLineBreak(raw: string): string {
  return raw.replace(/\r?\n$|\r$/, '')
}
