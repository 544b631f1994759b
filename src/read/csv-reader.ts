// The CSV reader: one text input → header and rows, each remembering the physical line it starts
// on. Bytes are hashed and decoded, the delimiter is read off the first line with content, and
// CsvTokenizer splits the text into records.
import { createHash } from 'node:crypto'
import { CsvTokenizer, countBreaks, type TokenizerSink } from './csv-tokenizer.js'
import { BinaryInputError, InvalidEncodingError, TextDecoderStream } from './decode.js'
import { conventionForDelimiter, type Delimiter, detectDelimiter } from './dialect.js'
import type { HeaderRow, InputSource, Reader, ReadOptions, ReadProblem, ReadResult, RowHandlers } from './reader.js'
import type { RowFields } from './row.js'

/** Longest record accepted, in characters; larger ones are hostile or broken input. */
export const MAX_RECORD_CHARS = 1_000_000

export const csvReader: Reader = { read: readCsv }

async function readCsv(source: InputSource, options: ReadOptions, handlers: RowHandlers): Promise<ReadResult> {
  const hash = createHash('sha256')
  const decoder = new TextDecoderStream(options.encoding)
  const file = source.name
  let records = 0
  let header: HeaderRow | undefined
  let stopped = false
  let headText = ''
  let tokenizer: CsvTokenizer | undefined
  let delimiter: Delimiter = options.delimiter ?? ','
  let problems = 0
  const reportProblem = (problem: ReadProblem): void => {
    problems++
    handlers.problem(problem)
  }

  const sink: TokenizerSink = {
    record: fields => {
      if (stopped || isBlank(fields)) return
      if (header === undefined) {
        header = {
          file,
          line: fields.line,
          cells: fields.cells(),
          convention: conventionForDelimiter(delimiter),
          delimiter,
          encoding: decoder.encoding ?? 'utf-8',
        }
        if (!handlers.header(header)) stopped = true
        return
      }
      records++
      if (!handlers.row(fields)) stopped = true
    },
    error: (code, line, raw, fatal) => {
      if (stopped) return
      const stops = fatal || header === undefined
      if (!stops) records++
      reportProblem({ kind: 'csv', file, line, code, raw, fatal: stops })
      if (stops) stopped = true
    },
  }

  const feed = (text: string): void => {
    if (text === '' || stopped) return
    if (tokenizer === undefined) {
      headText += text
      if (firstContentLine(headText) === undefined && headText.length <= MAX_RECORD_CHARS) return
      delimiter =
        options.delimiter ?? detectDelimiter(firstContentLine(headText) ?? headText.slice(0, MAX_RECORD_CHARS))
      tokenizer = new CsvTokenizer(delimiter, sink, MAX_RECORD_CHARS)
      text = headText
      headText = ''
    }
    tokenizer.write(text)
  }

  /** The line the text fed so far ends on: where a problem found next in the bytes is. */
  const lineAtEnd = (): number =>
    tokenizer === undefined ? 1 + countBreaks(headText, 0, headText.length) : tokenizer.lineAtEnd()
  const feedText = (text: string): void => {
    const nul = text.indexOf('\u0000')
    if (nul < 0) {
      feed(text)
      return
    }
    // Binary data inside text (a NUL byte past the first few kilobytes the sniffing looks at): the
    // rows before it are read; the file stops at the line it is on.
    feed(text.slice(0, nul))
    if (stopped) return
    reportProblem({ kind: 'nul', file, line: lineAtEnd() })
    stopped = true
  }
  const decodeSafely = (chunk: Buffer | undefined): void => {
    try {
      feedText(chunk === undefined ? decoder.end() : decoder.write(chunk))
    } catch (error) {
      if (error instanceof BinaryInputError) {
        reportProblem({ kind: 'binary', file, line: error.line, guess: error.guess })
        stopped = true
        return
      }
      if (!(error instanceof InvalidEncodingError)) throw error
      feedText(error.validText)
      if (stopped) return
      reportProblem({
        kind: 'encoding',
        file,
        line: lineAtEnd(),
        byteOffset: error.byteOffset,
        forced: error.forced,
        problem: error.problem,
      })
      stopped = true
    }
  }
  // Reading stops at the first problem that ends the file (binary data, a broken header, a record
  // over the size limit): /dev/zero, /dev/urandom or an endless pipe end there, not never.
  for await (const chunk of source.open()) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    hash.update(bytes)
    decodeSafely(bytes)
    if (stopped) break
    const waiting = handlers.drain?.()
    if (waiting !== undefined) await waiting
  }
  if (!stopped) decodeSafely(undefined)
  if (!stopped) {
    if (tokenizer === undefined && headText !== '') {
      // A file without a single complete line: the header is all there is.
      delimiter = options.delimiter ?? detectDelimiter(headText.slice(0, MAX_RECORD_CHARS))
      tokenizer = new CsvTokenizer(delimiter, sink, MAX_RECORD_CHARS)
      tokenizer.write(headText)
    }
    tokenizer?.end()
  }
  if (header === undefined && problems === 0) reportProblem({ kind: 'empty', file, line: 1 })
  return { sha256: hash.digest('hex'), records }
}

/** Whether every field is empty or white space (Excel's trailing ";;;;" rows). */
function isBlank(fields: RowFields): boolean {
  const text = fields.text
  for (let index = 0; index < fields.count; index++) {
    if (fields.values[index] === null) {
      const start = fields.starts[index] as number
      if (start === fields.ends[index]) continue
      // A first character that is no white space settles it; otherwise trim() decides.
      const code = text.charCodeAt(start)
      if (code > 0x20 && code !== 0xa0 && code < 0x1680) return false
    }
    if (fields.cell(index).trim() !== '') return false
  }
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
