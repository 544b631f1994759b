// The CSV reader: one text input → header and rows, each remembering the physical line it starts
// on. Bytes are hashed and decoded, the delimiter is read off the first line with content, and
// CsvTokenizer splits the text into records.
import { createHash } from 'node:crypto'
import { CsvTokenizer, type TokenizerSink } from './csv-tokenizer.js'
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
      handlers.row(fields)
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
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    hash.update(bytes)
    bytesRead += bytes.length
    if (!stopped) decodeSafely(bytes)
    if (!stopped) newlinesBefore += countNewlineBytes(bytes, bytes.length)
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

/** Line feeds among the first `end` bytes of `bytes`, for locating a byte-level problem. */
function countNewlineBytes(bytes: Buffer | undefined, end: number): number {
  if (bytes === undefined) return 0
  let count = 0
  for (let position = bytes.indexOf(10); position >= 0 && position < end; position = bytes.indexOf(10, position + 1))
    count++
  return count
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
