// The spreadsheet reader: one .xlsx workbook → the header and rows of one sheet (the first visible
// one, or --sheet NAME), each row located by the sheet's name and row number (`file.xlsx:Ark1:7`).
// The header is the first row that is not blank; columns past its last name are not read (a note
// beside the table is not data). Rows stream from the sheet part as it inflates: memory holds one
// row, the shared strings and the workbook's small parts, never the sheet.
//
// A zip keeps its directory at its end, so a workbook is read from its file by random access; from
// standard input or a pipe it is first held in memory, up to MAX_BUFFERED_BYTES.
import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import type {
  HeaderRow,
  InputSource,
  ReadOptions,
  ReadProblem,
  ReadResult,
  RowHandlers,
  SpreadsheetProblem,
} from './reader.js'
import { RowFields } from './row.js'
import { type Archive, LIMITS, openArchive, WorkbookError } from './xlsx/archive.js'
import { type SheetRow, sheetParser } from './xlsx/sheet-rows.js'
import { readSharedStrings, readWorkbook, type SheetInfo } from './xlsx/workbook.js'

/** The largest workbook read from standard input or a pipe (held in memory, compressed). */
export const MAX_BUFFERED_BYTES = 256 * 1024 * 1024

/** A source that is a file on disk: its absolute path, for random access. */
export interface SpreadsheetSource extends InputSource {
  path?: string
}

export async function readXlsx(
  source: SpreadsheetSource,
  options: ReadOptions,
  handlers: RowHandlers,
): Promise<ReadResult> {
  const file = source.name
  const fail = (problem: SpreadsheetProblem, detail = '', extra: Partial<ReadProblem> = {}): void =>
    handlers.problem({ kind: 'spreadsheet', file, line: 0, problem, detail, ...extra } as ReadProblem)
  const bytes = await bytesOf(source)
  if (bytes.bytes === 'too-large') {
    fail('too-large-to-buffer')
    return { sha256: bytes.sha256, records: 0 }
  }
  let archive: Archive | undefined
  let records = 0
  try {
    archive = await openArchive(bytes.bytes === null ? { path: source.path as string } : { bytes: bytes.bytes })
    const workbook = await readWorkbook(archive)
    const sheet = chooseSheet(workbook.sheets, options.sheet)
    if (sheet === undefined) {
      fail('no-such-sheet', options.sheet ?? '', { sheets: workbook.sheets.map(each => each.name) })
      return { sha256: bytes.sha256, records: 0 }
    }
    const sharedStrings =
      workbook.sharedStringsPart === undefined ? [] : await readSharedStrings(archive, workbook.sharedStringsPart)
    records = await readSheet(archive, sheet, { ...workbook, sharedStrings }, file, handlers)
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error
    fail(error.problem, error.detail)
  } finally {
    archive?.close()
  }
  return { sha256: bytes.sha256, records }
}

/** The sheet named `name` (exactly, else the one name that matches without case), or the first visible one. */
export function chooseSheet(sheets: readonly SheetInfo[], name: string | undefined): SheetInfo | undefined {
  if (name === undefined) return sheets.find(sheet => sheet.state === 'visible') ?? sheets[0]
  const exact = sheets.find(sheet => sheet.name === name)
  if (exact !== undefined) return exact
  const folded = name.normalize('NFC').toLocaleLowerCase('nb')
  const matches = sheets.filter(sheet => sheet.name.normalize('NFC').toLocaleLowerCase('nb') === folded)
  return matches.length === 1 ? matches[0] : undefined
}

/**
 * The source's SHA-256, and its bytes when it must be read from memory (standard input, a pipe):
 * null for a regular file, which is opened by path; 'too-large' past MAX_BUFFERED_BYTES.
 */
async function bytesOf(source: SpreadsheetSource): Promise<{ sha256: string; bytes: Buffer | null | 'too-large' }> {
  const hash = createHash('sha256')
  const regular = source.path !== undefined && (await stat(source.path).catch(() => null))?.isFile() === true
  const chunks: Buffer[] = []
  let size = 0
  let tooLarge = false
  for await (const chunk of source.open()) {
    hash.update(chunk)
    if (regular || tooLarge) continue
    size += chunk.length
    if (size > MAX_BUFFERED_BYTES) {
      tooLarge = true
      chunks.length = 0
      break
    }
    chunks.push(Buffer.from(chunk))
  }
  return { sha256: hash.digest('hex'), bytes: regular ? null : tooLarge ? 'too-large' : Buffer.concat(chunks, size) }
}

interface SheetData {
  sharedStrings: readonly string[]
  dateStyles: readonly boolean[]
  date1904: boolean
}

/** Streams the sheet's rows to the handlers; returns the data rows read (blank rows left out). */
async function readSheet(
  archive: Archive,
  sheet: SheetInfo,
  data: SheetData,
  file: string,
  handlers: RowHandlers,
): Promise<number> {
  let header: HeaderRow | undefined
  let width = Number.MAX_SAFE_INTEGER
  let records = 0
  let stopped = false
  const fields = new SheetRowFields()
  const onRow = (row: SheetRow): void => {
    if (stopped || row.isBlank()) return
    if (header === undefined) {
      let last = row.width
      while (last > 0 && row.cell(last - 1).trim() === '') last--
      width = last
      const cells: string[] = []
      for (let column = 0; column < width; column++) cells.push(row.cell(column))
      header = { file, sheet: sheet.name, line: row.number, cells, convention: 'auto' }
      if (!handlers.header(header)) stopped = true
      return
    }
    fields.fill(row, width)
    records++
    if (!handlers.row(fields)) stopped = true
  }
  const parser = sheetParser({ ...data, columns: () => width }, onRow)
  for await (const text of archive.streamText(sheet.part, LIMITS.sheetBytes)) {
    parser.write(text)
    if (stopped) break
    const waiting = handlers.drain?.()
    if (waiting !== undefined) await waiting
  }
  if (!stopped) parser.close()
  if (header === undefined) handlers.problem({ kind: 'empty', file, sheet: sheet.name, line: 1 })
  return records
}

/** A sheet row as RowFields: its cells up to the header's width, with their kinds; raw() as a CSV line. */
class SheetRowFields extends RowFields {
  fill(row: SheetRow, width: number): void {
    this.resetCells(width)
    this.line = row.number
    for (let index = 0; index < row.size; index++) {
      const column = row.set[index] as number
      if (column < width) this.setCell(column, row.cell(column), row.kind(column))
    }
  }

  /** The row as one CSV line (comma-separated, quoted where needed), for --rejects. */
  override raw(): string {
    return this.cells()
      .map(cell => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
      .join(',')
  }
}
