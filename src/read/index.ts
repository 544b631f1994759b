// read/: bytes → rows that remember where they came from. A reader per kind of source (reader.ts
// says what one is): csv-reader.ts for text, xlsx-reader.ts for Excel workbooks, chosen here by the
// source's first bytes, never by its name (a CSV saved as .xlsx is read as the CSV it is).
// open-input.ts turns the paths a user named into sources, header.ts maps header cells to canonical
// columns, and location.ts is how a row's place is written in every message.
import { csvReader } from './csv-reader.js'
import type { InputSource, Reader, ReadOptions, ReadResult, RowHandlers } from './reader.js'
import { peekSource, sourceKind } from './sniff.js'

export { formatLocation } from './location.js'
export { resolveInputs } from './open-input.js'
export type { HeaderRow, InputSource, ReadOptions, ReadProblem, ReadResult, Reader, RowHandlers } from './reader.js'
export { RowFields } from './row.js'

/** Reads a source with the reader its first bytes call for. */
const detectingReader: Reader = {
  async read(source: InputSource, options: ReadOptions, handlers: RowHandlers): Promise<ReadResult> {
    const peeked = await peekSource(source)
    const kind = sourceKind(peeked.head)
    if (kind === 'text') return csvReader.read(peeked.source, options, handlers)
    if (kind === 'ole2') {
      // Read through for the hash; the file itself is refused.
      const hash = await peeked.sha256()
      handlers.problem({
        kind: 'spreadsheet',
        file: source.name,
        line: 0,
        problem: peeked.head.includes(ENCRYPTION_INFO) ? 'encrypted' : 'xls',
        detail: '',
      })
      return { sha256: hash, records: 0 }
    }
    // Loaded only when a workbook is read: the zip and XML readers stay out of every other start.
    const { readXlsx } = await import('./xlsx-reader.js')
    return readXlsx(peeked.source, options, handlers)
  },
}

/** "EncryptionInfo" in UTF-16LE: the stream an encrypted Office file holds in its OLE2 container. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le')

/** The reader for `source`, by its content: CSV text, or an Excel workbook (.xlsx). */
export function readerFor(_source: InputSource): Reader {
  return detectingReader
}
