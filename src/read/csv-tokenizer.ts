// A streaming RFC 4180 tokenizer, written for the hot path: one pass of
// charCodeAt over each decoded chunk and the physical line every record starts
// on. It makes no strings: a record's fields are ranges of the chunk's text in
// a reused RowFields (only a field with doubled quotes gets its own string), and
// readers take from them what they need. Its behaviour is pinned to csv-parse's
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

import { RowFields } from './row.js'

const QUOTE = 34
const LF = 10
const CR = 13
const NONE = -1

export type TokenizerErrorCode = 'CSV_QUOTE_NOT_CLOSED' | 'CSV_MAX_RECORD_SIZE'

export interface TokenizerSink {
  /** `fields` is reused: it describes this record until the call returns. */
  record(fields: RowFields): void
  /** `fatal`: the tokenizer stops; nothing after it is read. */
  error(code: TokenizerErrorCode, line: number, raw: string, fatal: boolean): void
}

export class CsvTokenizer {
  private carry = ''
  private line = 1
  private stopped = false
  private readonly delimiter: number
  private readonly delimiterText: string
  private readonly fields = new RowFields()

  constructor(
    delimiter: string,
    private readonly sink: TokenizerSink,
    private readonly maxRecordChars: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0)
    this.delimiterText = delimiter.charAt(0)
  }

  /** The physical line the text written so far ends on (where a problem found next in the bytes is). */
  lineAtEnd(): number {
    return this.line + countBreaks(this.carry, 0, this.carry.length)
  }

  write(text: string): void {
    if (this.stopped) return
    if (this.carry === '') return this.parse(text, 0, false)
    // The record carried over from the last chunk is finished on a small string (the carry and this
    // text up to its first line feed), so that the chunk is not copied into one string with the carry.
    const lineFeed = text.indexOf('\n')
    if (lineFeed < 0) return this.parse(this.carry + text, 0, false)
    const head = this.carry + text.slice(0, lineFeed + 1)
    this.carry = ''
    this.parse(head, 0, false)
    if (this.stopped) return
    if (this.carry === '') return this.parse(text, lineFeed + 1, false)
    // The carried record goes on past that line feed (a line break in quotes): join them after all.
    const carry = this.carry
    this.carry = ''
    this.parse(carry + text.slice(lineFeed + 1), 0, false)
  }

  end(): void {
    if (this.stopped) return
    if (this.carry !== '') this.parse(this.carry, 0, true)
    this.carry = ''
  }

  /** Reads the records of text[from…]; one it cannot finish yet is kept for the next write. */
  private parse(text: string, from: number, final: boolean): void {
    const length = text.length
    const delimiter = this.delimiter
    const fields = this.fields
    let position = from
    // Where the next delimiter, \n and \r are: unknown yet (-2) or none (NONE) until the end of the text.
    let nextDelimiter = -2
    let nextLineFeed = -2
    let nextReturn = -2
    while (position < length) {
      const start = position
      let breaks = 0
      fields.reset(text)
      for (;;) {
        if (position < length && text.charCodeAt(position) === QUOTE) {
          // Quoted field: find the closing quote; "" inside makes the field a string of its own.
          let value: string | null = null
          let segment = position + 1
          let search = segment
          for (;;) {
            const quote = text.indexOf('"', search)
            if (quote < 0 || (quote === length - 1 && !final)) {
              if (!final) return this.keep(text, start)
              return this.fail('CSV_QUOTE_NOT_CLOSED', text.slice(start), false)
            }
            if (text.charCodeAt(quote + 1) === QUOTE) {
              value = (value ?? '') + text.slice(segment, quote + 1)
              search = segment = quote + 2
              continue
            }
            if (value === null) fields.push(position + 1, quote)
            else fields.pushValue(value + text.slice(segment, quote))
            breaks += countBreaks(text, position + 1, quote)
            position = quote + 1
            break
          }
          if (position - start > this.maxRecordChars)
            return this.fail('CSV_MAX_RECORD_SIZE', text.slice(start, start + 80), true)
          if (position >= length) break // end of the last record
          const next = text.charCodeAt(position)
          if (next === delimiter) {
            position++
            if (position >= length && final) {
              fields.push(position, position)
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
          fields.replaceLast(`"${fields.cell(fields.count - 1)}"${text.slice(position, tail)}`)
          position = tail
          if (tail >= length) break
          if (text.charCodeAt(tail) === delimiter) {
            position++
            if (position >= length && final) {
              fields.push(position, position)
              break
            }
            continue
          }
          break
        }
        // Unquoted field: up to the next delimiter or line end, found with indexOf (a native scan);
        // each next position is looked up again only once the field has passed it.
        if (nextDelimiter !== NONE && nextDelimiter < position)
          nextDelimiter = text.indexOf(this.delimiterText, position)
        if (nextLineFeed !== NONE && nextLineFeed < position) nextLineFeed = text.indexOf('\n', position)
        if (nextReturn !== NONE && nextReturn < position) nextReturn = text.indexOf('\r', position)
        let end = length
        if (nextDelimiter !== NONE && nextDelimiter < end) end = nextDelimiter
        if (nextLineFeed !== NONE && nextLineFeed < end) end = nextLineFeed
        if (nextReturn !== NONE && nextReturn < end) end = nextReturn
        const code = end < length ? text.charCodeAt(end) : 0
        if (end - start > this.maxRecordChars)
          return this.fail('CSV_MAX_RECORD_SIZE', text.slice(start, start + 80), true)
        if (end >= length && !final) return this.keep(text, start)
        fields.push(position, end)
        position = end
        if (end >= length) break
        if (code === delimiter) {
          position++
          if (position >= length && final) {
            fields.push(position, position)
            break
          }
          continue
        }
        break // a line end
      }
      // `position` is at the record's line end (or the end of the text).
      const terminator = lineEndLength(text, position, length)
      if (terminator > 0 && position + terminator > length && !final) return this.keep(text, start)
      fields.line = this.line
      fields.rawStart = start
      fields.rawEnd = position
      this.line += breaks + (position < length ? 1 : 0)
      position += Math.min(terminator, length - position)
      this.sink.record(fields)
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
