// The zip archive an .xlsx file is, opened with yauzl: its central directory read once (every part by
// name, compared without case as OPC names are), each part read or streamed as text under a bound on
// its uncompressed size. yauzl checks that a part inflates to no more than its directory entry says,
// so a bound on the declared size is a bound on what is inflated: a zip bomb ends at the limit.
import { TextDecoder } from 'node:util'
import yauzl from 'yauzl'

import type { SpreadsheetProblem } from '../reader.js'

/** What ends the reading of a workbook: a located file problem (read/reader.ts, 'spreadsheet'). */
export type WorkbookProblem = Exclude<SpreadsheetProblem, 'xls' | 'no-such-sheet' | 'too-large-to-buffer'>

export class WorkbookError extends Error {
  override name = 'WorkbookError'
  constructor(
    readonly problem: WorkbookProblem,
    /** The part concerned, or the reader's own words for a damaged archive. */
    readonly detail = '',
  ) {
    super(`${problem}${detail === '' ? '' : `: ${detail}`}`)
  }
}

export const LIMITS = {
  /** Parts in one archive: a workbook has tens; tens of thousands is hostile. */
  parts: 10_000,
  /** workbook.xml, its relationships, styles.xml, [Content_Types].xml: read whole. */
  smallPartBytes: 64 * 1024 * 1024,
  /** sharedStrings.xml: read whole into memory (the sheet refers to its strings by number, in any order). */
  sharedStringsBytes: 512 * 1024 * 1024,
  /** Shared strings held (each costs some 50 bytes of memory): a full sheet of this tool's columns has fewer. */
  sharedStrings: 10_000_000,
  /** Elements nested in one another: a sheet nests five deep, so a deeper part is hostile (the parser keeps a stack). */
  depth: 64,
  /** One sheet, streamed: Excel's 1 048 576 rows of a few dozen cells fit well within it. */
  sheetBytes: 2 * 1024 * 1024 * 1024,
} as const

export interface Archive {
  has(name: string): boolean
  /** The part's text, whole; it must not inflate to more than `limit` bytes. */
  readText(name: string, limit: number): Promise<string>
  /** The part's text in chunks, as it inflates. */
  streamText(name: string, limit: number): AsyncIterable<string>
  close(): void
}

type Source = { path: string } | { bytes: Buffer }

export async function openArchive(source: Source): Promise<Archive> {
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }
  let zip: yauzl.ZipFile
  try {
    zip =
      'path' in source
        ? await yauzl.openPromise(source.path, options)
        : await yauzl.fromBufferPromise(source.bytes, options)
  } catch (error) {
    throw damaged(error)
  }
  try {
    if (zip.entryCount > LIMITS.parts) throw new WorkbookError('too-many-parts', String(zip.entryCount))
    const entries = new Map<string, yauzl.Entry>()
    for await (const entry of zip.eachEntry()) entries.set(partKey(entry.fileName), entry)
    return archiveOf(zip, entries)
  } catch (error) {
    zip.close()
    throw error instanceof WorkbookError ? error : damaged(error)
  }
}

/** Part names compare without case and without a leading "/" (OPC part names are case-insensitive). */
export const partKey = (name: string): string => name.replace(/^\/+/, '').toLowerCase()

function damaged(error: unknown): WorkbookError {
  const message = error instanceof Error ? error.message : String(error)
  if (/end of central directory record signature not found/i.test(message)) return new WorkbookError('truncated')
  if (/too (many|few) bytes in the stream/i.test(message)) return new WorkbookError('size-mismatch')
  return new WorkbookError('damaged', message)
}

function archiveOf(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>): Archive {
  const entryFor = (name: string, limit: number): yauzl.Entry => {
    const entry = entries.get(partKey(name))
    if (entry === undefined) throw new WorkbookError('missing-part', name)
    if (entry.isEncrypted()) throw new WorkbookError('encrypted', name)
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
      throw new WorkbookError('unsupported-compression', `${name} (method ${entry.compressionMethod})`)
    if (entry.uncompressedSize > limit) throw new WorkbookError('too-large', name)
    return entry
  }
  async function* streamText(name: string, limit: number): AsyncGenerator<string> {
    const entry = entryFor(name, limit)
    let stream: AsyncIterable<Buffer> & { destroy(): void }
    try {
      stream = await zip.openReadStreamPromise(entry)
    } catch (error) {
      throw damaged(error)
    }
    let decoder: TextDecoder | undefined
    try {
      for await (const chunk of stream) {
        // XML parts are UTF-8, or UTF-16 with a byte-order mark.
        decoder ??= new TextDecoder(
          chunk[0] === 0xff && chunk[1] === 0xfe
            ? 'utf-16le'
            : chunk[0] === 0xfe && chunk[1] === 0xff
              ? 'utf-16be'
              : 'utf-8',
        )
        yield decoder.decode(chunk, { stream: true })
      }
      if (decoder !== undefined) yield decoder.decode()
    } catch (error) {
      const problem = error instanceof WorkbookError ? error : damaged(error)
      throw problem.problem === 'size-mismatch' ? new WorkbookError('size-mismatch', name) : problem
    } finally {
      stream.destroy()
    }
  }
  return {
    has: name => entries.has(partKey(name)),
    readText: async (name, limit) => {
      let text = ''
      for await (const chunk of streamText(name, limit)) text += chunk
      return text
    },
    streamText,
    close: () => zip.close(),
  }
}
