// read/: bytes → rows that remember where they came from. A reader per kind of source (reader.ts
// says what one is; csv-reader.ts is the only one so far), picked here; open-input.ts turns the
// paths a user named into sources, header.ts maps header cells to canonical columns, and
// location.ts is how a row's place is written in every message.
import { csvReader } from './csv-reader.js'
import type { InputSource, Reader } from './reader.js'

export { formatLocation } from './location.js'
export { resolveInputs } from './open-input.js'
export type { HeaderRow, InputSource, ReadOptions, ReadProblem, ReadResult, Reader, RowHandlers } from './reader.js'
export { RowFields } from './row.js'

/** The reader for `source`. Every source is CSV today; a spreadsheet reader will be chosen by its name (.xlsx). */
export function readerFor(_source: InputSource): Reader {
  return csvReader
}
