// What a reader is: something that takes one input source and hands on its header, then its rows
// (each reused RowFields located by its line), and the problems that stop it from reading. The CSV
// reader (csv-reader.ts) and the spreadsheet reader (xlsx-reader.ts) are the two; read/index.ts picks
// one for a source by its first bytes. Everything after the reader (validation, checks, aggregation)
// sees only these types (and, for a spreadsheet's typed cells, RowFields.kinds).
import type { ConventionSetting, Location, SpreadsheetProblem } from '../model.js'
import type { BinaryInputError, Encoding, InvalidEncodingError } from './decode.js'
import type { Delimiter } from './dialect.js'
import type { InputSource } from './open-input.js'
import type { RowFields } from './row.js'

export type { InputSource } from './open-input.js'

export interface ReadOptions {
  encoding?: Encoding
  delimiter?: Delimiter
  /** Spreadsheets: the sheet to read (by name); the first visible one when absent. */
  sheet?: string
}

export type { SpreadsheetProblem } from '../model.js'

/** The header row: where it is (a spreadsheet's names its sheet), its cells, and what the source says about its numbers. */
export interface HeaderRow extends Location {
  cells: string[]
  /** The decimal convention the source implies (CSV: by its delimiter); --decimal overrides it. */
  convention: ConventionSetting
  /** CSV only: the delimiter and encoding it was read with. */
  delimiter?: Delimiter
  encoding?: Encoding
}

/** What stops a reader, located (a spreadsheet reader's problems name their sheet). */
export type ReadProblem = Location &
  (
    | { kind: 'empty' }
    /** `fatal`: the rest of the file could not be read (a broken header, a record over the size limit). */
    | { kind: 'csv'; code: string; raw: string; fatal: boolean }
    | {
        kind: 'encoding'
        byteOffset: number
        forced: boolean
        /** invalid: not UTF-8; mixed: UTF-8 after Windows-1252; surrogate: UTF-8 holding UTF-16 surrogates. */
        problem: InvalidEncodingError['problem']
      }
    | { kind: 'binary'; guess: BinaryInputError['guess'] }
    /** `detail`: the part or sheet concerned, or the archive reader's words; `sheets`: the workbook's sheets. */
    | { kind: 'spreadsheet'; problem: SpreadsheetProblem; detail: string; sheets?: readonly string[] }
    /** A NUL character past the start of the source (binary data inside text). */
    | { kind: 'nul' }
  )

export interface RowHandlers {
  /** Returns false when the rest of the source cannot be read meaningfully (e.g. required columns missing). */
  header(header: HeaderRow): boolean
  /**
   * A data row, in the source of the last header; `fields` is reused and describes this row until the
   * call returns. Returns true to read on, false when the rest of the source must not be read (a bound
   * on distinct keys was passed, or too many problems).
   */
  row(fields: RowFields): boolean
  problem(problem: ReadProblem): void
  /**
   * Called between chunks of input: a promise to await before reading on (output waiting for a slow
   * reader: backpressure), or undefined to read on at once.
   */
  drain?(): Promise<void> | undefined
}

export interface ReadResult {
  sha256: string
  /** Data rows read, header and blank rows excluded. */
  records: number
}

export interface Reader {
  read(source: InputSource, options: ReadOptions, handlers: RowHandlers): Promise<ReadResult>
}
