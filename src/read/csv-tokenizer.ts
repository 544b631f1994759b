// A streaming RFC 4180 tokenizer, written for the hot path: one pass of
// charCodeAt over each decoded chunk, no per-character allocation, and the
// physical line every record starts on. Its behaviour is pinned to csv-parse's
// (with relax_quotes, relax_column_count and skip_records_with_error) by a
// differential test over every fixture and random dialect files.
//
// - A quoted field ends at a quote not followed by another quote ("" is a quote).
// - A quote inside an unquoted field is an ordinary character (a"b is a"b).
// - Text after a closing quote turns the field into text, quotes included
//   ("a"b is `"a"b`), as csv-parse's relax_quotes does.
// - Unlike csv-parse, which takes the first line end it meets as the only one,
//   \r\n, \n and \r all end a record in any file: files joined from two
//   editors stay readable.

const QUOTE = 34
const LF = 10
const CR = 13

export type TokenizerErrorCode = 'CSV_QUOTE_NOT_CLOSED' | 'CSV_MAX_RECORD_SIZE'

export interface TokenizerSink {
  record(cells: string[], line: number, raw: string): void
  /** `fatal`: the tokenizer stops; nothing after it is read. */
  error(code: TokenizerErrorCode, line: number, raw: string, fatal: boolean): void
}

export class CsvTokenizer {
  private carry = ''
  private line = 1
  private stopped = false
  private readonly delimiter: number

  constructor(
    delimiter: string,
    private readonly sink: TokenizerSink,
    private readonly maxRecordChars: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0)
  }

  write(text: string): void {
    if (this.stopped) return
    this.parse(this.carry === '' ? text : this.carry + text, false)
  }

  end(): void {
    if (this.stopped) return
    if (this.carry !== '') this.parse(this.carry, true)
    this.carry = ''
  }

  private parse(text: string, final: boolean): void {
    const length = text.length
    const delimiter = this.delimiter
    let position = 0
    records: while (position < length) {
      const start = position
      let breaks = 0
      const cells: string[] = []
      for (;;) {
        if (position < length && text.charCodeAt(position) === QUOTE) {
          // Quoted field: find the closing quote, unfolding "" on the way.
          let value = ''
          let segment = position + 1
          let search = segment
          for (;;) {
            const quote = text.indexOf('"', search)
            if (quote < 0 || (quote === length - 1 && !final)) {
              if (!final) return this.keep(text, start)
              return this.fail('CSV_QUOTE_NOT_CLOSED', text.slice(start), false)
            }
            if (text.charCodeAt(quote + 1) === QUOTE) {
              value += text.slice(segment, quote + 1)
              search = segment = quote + 2
              continue
            }
            value += text.slice(segment, quote)
            breaks += countBreaks(text, position + 1, quote)
            position = quote + 1
            break
          }
          if (position - start > this.maxRecordChars) return this.fail('CSV_MAX_RECORD_SIZE', text.slice(start, start + 80), true)
          cells.push(value)
          if (position >= length) break // end of the last record
          const next = text.charCodeAt(position)
          if (next === delimiter) {
            position++
            if (position >= length && final) {
              cells.push('')
              break
            }
            continue
          }
          if (next === LF || next === CR) break
          // Text after a closing quote: like csv-parse's relax_quotes, the field is
          // text after all, quotes included ("a"b is `"a"b`), up to the next delimiter.
          let tail = position
          while (tail < length) {
            const code = text.charCodeAt(tail)
            if (code === delimiter || code === LF || code === CR) break
            tail++
          }
          if (tail >= length && !final) return this.keep(text, start)
          cells[cells.length - 1] = `"${value}"${text.slice(position, tail)}`
          position = tail
          if (tail >= length) break
          if (text.charCodeAt(tail) === delimiter) {
            position++
            if (position >= length && final) {
              cells.push('')
              break
            }
            continue
          }
          break
        }
        // Unquoted field: up to the next delimiter or line end.
        let end = position
        let code = 0
        while (end < length) {
          code = text.charCodeAt(end)
          if (code === delimiter || code === LF || code === CR) break
          end++
        }
        if (end - start > this.maxRecordChars) return this.fail('CSV_MAX_RECORD_SIZE', text.slice(start, start + 80), true)
        if (end >= length && !final) return this.keep(text, start)
        cells.push(text.slice(position, end))
        position = end
        if (end >= length) break
        if (code === delimiter) {
          position++
          if (position >= length && final) {
            cells.push('')
            break
          }
          continue
        }
        break // a line end
      }
      // `position` is at the record's line end (or the end of the text).
      const terminator = lineEndLength(text, position, length)
      if (terminator > 0 && position + terminator > length && !final) return this.keep(text, start)
      const line = this.line
      this.line += breaks + (position < length ? 1 : 0)
      const raw = text.slice(start, position)
      position += Math.min(terminator, length - position)
      this.sink.record(cells, line, raw)
    }
    this.carry = ''
  }

  /** Waits for more text: the record starting at `start` is not complete yet. */
  private keep(text: string, start: number): void {
    this.carry = text.slice(start)
    if (this.carry.length > this.maxRecordChars) this.fail('CSV_MAX_RECORD_SIZE', this.carry.slice(0, 80), true)
  }

  private fail(code: TokenizerErrorCode, raw: string, fatal: boolean): void {
    this.sink.error(code, this.line, raw, fatal)
    if (fatal) {
      this.stopped = true
      this.carry = ''
    }
  }
}

/** 2 for \r\n, 1 for \n or \r, 0 otherwise; a \r last in the text counts 2 when more may come (see callers). */
function lineEndLength(text: string, position: number, length: number): number {
  const code = text.charCodeAt(position)
  if (code === LF) return 1
  if (code !== CR) return 0
  if (position + 1 < length) return text.charCodeAt(position + 1) === LF ? 2 : 1
  return 2
}

/** Line breaks between `from` and `to` (a quoted field's content): \r\n, \n and \r each count once. */
export function countBreaks(text: string, from: number, to: number): number {
  let count = 0
  for (let position = from; position < to; position++) {
    const code = text.charCodeAt(position)
    if (code === LF) count++
    else if (code === CR && text.charCodeAt(position + 1) !== LF) count++
  }
  return count
}
