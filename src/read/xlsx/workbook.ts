// The parts of an .xlsx workbook around its sheets: where the workbook part is (_rels/.rels), its
// sheets in tab order with their parts (xl/workbook.xml and its relationships), which cell styles show
// dates (styles.xml), and the shared strings table. Element and attribute names are matched by their
// local name, so prefixed (x:sheet) and Strict OOXML files read as well as Excel's own.
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { type Archive, LIMITS, WorkbookError } from './archive.js'
import { decodeEscapes, isBuiltInDateFormat, isDateFormatCode } from './cell-value.js'

export interface SheetInfo {
  name: string
  /** visible, hidden or veryHidden */
  state: string
  /** The sheet's part in the archive, e.g. xl/worksheets/sheet1.xml. */
  part: string
}

export interface Workbook {
  /** Worksheets in tab order (chart sheets and dialog sheets left out). */
  sheets: SheetInfo[]
  date1904: boolean
  /** Per cell style (index into cellXfs): whether it shows a date. */
  dateStyles: boolean[]
  sharedStringsPart: string | undefined
}

/** The local part of an XML name: "x:sheet" → "sheet". */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1)

/** An attribute by local name ("r:id" is found as "id" when `prefixed`). */
function attribute(tag: SaxesTagPlain, name: string, prefixed = false): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) {
    const colon = key.indexOf(':')
    if ((prefixed ? colon > 0 : colon < 0 || key.startsWith('xml:') === false) && key.slice(colon + 1) === name)
      return value as string
  }
  return undefined
}

/** A SAX parser that ignores everything but elements, and rejects a DTD (no entity expansion: no billion laughs). */
export function newParser(): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: false })
  parser.on('doctype', () => {
    throw new WorkbookError('damaged', 'a DOCTYPE in a workbook part')
  })
  // The parser keeps a stack of open elements (saxes 6's `tags`, pinned): bounded, so that "<a><a><a>…"
  // cannot fill memory. Its own event, since saxes takes one handler per event and the callers set the others.
  const stack = (parser as unknown as { tags?: unknown[] }).tags
  parser.on('opentagstart', () => {
    if (stack !== undefined && stack.length >= LIMITS.depth)
      throw new WorkbookError('damaged', `elements nested more than ${LIMITS.depth} deep`)
  })
  return parser
}

function parseXml(text: string, part: string, onOpen: (tag: SaxesTagPlain, name: string) => void): void {
  const parser = newParser()
  parser.on('opentag', tag => onOpen(tag as SaxesTagPlain, localName(tag.name)))
  try {
    parser.write(text).close()
  } catch (error) {
    throw error instanceof WorkbookError ? error : new WorkbookError('damaged', `${part}: ${(error as Error).message}`)
  }
}

interface Relationship {
  type: string
  target: string
}

function parseRelationships(text: string, part: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>()
  parseXml(text, part, (tag, name) => {
    if (name !== 'Relationship') return
    const id = attribute(tag, 'Id')
    const target = attribute(tag, 'Target')
    if (id === undefined || target === undefined || attribute(tag, 'TargetMode') === 'External') return
    relationships.set(id, { type: attribute(tag, 'Type') ?? '', target })
  })
  return relationships
}

/** The relationships part of `part`: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

/** A relationship's target, resolved against the part it is from ("/" starts from the archive's root). */
export function resolveTarget(from: string, target: string): string {
  const segments = target.startsWith('/') ? [] : from.split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return segments.join('/')
}

const isType = (relationship: Relationship, kind: string): boolean => relationship.type.endsWith(`/${kind}`)

/** Reads what the sheets need from the workbook's parts; a file that is no .xlsx workbook is a WorkbookError. */
export async function readWorkbook(archive: Archive): Promise<Workbook> {
  if (!archive.has('_rels/.rels')) throw new WorkbookError(await notAWorkbook(archive))
  const packageRelationships = parseRelationships(
    await archive.readText('_rels/.rels', LIMITS.smallPartBytes),
    '_rels/.rels',
  )
  const office = [...packageRelationships.values()].find(relationship => isType(relationship, 'officeDocument'))
  if (office === undefined) throw new WorkbookError(await notAWorkbook(archive))
  const workbookPart = resolveTarget('', office.target)
  if (!archive.has(workbookPart)) throw new WorkbookError('missing-part', workbookPart)
  if (workbookPart.toLowerCase().endsWith('.bin')) throw new WorkbookError('xlsb')
  const relationshipsPart = relationshipsPartOf(workbookPart)
  const relationships = archive.has(relationshipsPart)
    ? parseRelationships(await archive.readText(relationshipsPart, LIMITS.smallPartBytes), relationshipsPart)
    : new Map<string, Relationship>()

  const sheets: SheetInfo[] = []
  let date1904 = false
  parseXml(await archive.readText(workbookPart, LIMITS.smallPartBytes), workbookPart, (tag, name) => {
    if (name === 'workbookPr') {
      const value = attribute(tag, 'date1904')
      date1904 = value === '1' || value === 'true'
    } else if (name === 'sheet') {
      const id = attribute(tag, 'id', true)
      const relationship = id === undefined ? undefined : relationships.get(id)
      if (relationship === undefined || !isType(relationship, 'worksheet')) return
      sheets.push({
        name: attribute(tag, 'name') ?? '',
        state: attribute(tag, 'state') ?? 'visible',
        part: resolveTarget(workbookPart, relationship.target),
      })
    }
  })
  if (sheets.length === 0) throw new WorkbookError('no-sheets')

  const related = (kind: string): string | undefined => {
    const found = [...relationships.values()].find(relationship => isType(relationship, kind))
    return found === undefined ? undefined : resolveTarget(workbookPart, found.target)
  }
  const stylesPart = related('styles')
  const dateStyles =
    stylesPart !== undefined && archive.has(stylesPart)
      ? parseDateStyles(await archive.readText(stylesPart, LIMITS.smallPartBytes), stylesPart)
      : []
  const sharedStringsPart = related('sharedStrings')
  return {
    sheets,
    date1904,
    dateStyles,
    sharedStringsPart:
      sharedStringsPart !== undefined && archive.has(sharedStringsPart) ? sharedStringsPart : undefined,
  }
}

/** Why an archive without an Office document is not read: an OpenDocument or a binary workbook, or neither. */
async function notAWorkbook(archive: Archive): Promise<'ods' | 'xlsb' | 'not-a-workbook'> {
  if (archive.has('mimetype')) {
    const type = await archive.readText('mimetype', 256).catch(() => '')
    if (type.startsWith('application/vnd.oasis.opendocument')) return 'ods'
  }
  if (archive.has('xl/workbook.bin')) return 'xlsb'
  return 'not-a-workbook'
}

/** Per cellXfs entry, whether its number format shows a date. */
export function parseDateStyles(text: string, part: string): boolean[] {
  const customDates = new Map<number, boolean>()
  const styles: boolean[] = []
  let inCellFormats = false
  const parser = newParser()
  parser.on('opentag', tag => {
    const name = localName(tag.name)
    const plain = tag as SaxesTagPlain
    if (name === 'numFmt') {
      const id = Number(attribute(plain, 'numFmtId'))
      if (Number.isInteger(id)) customDates.set(id, isDateFormatCode(attribute(plain, 'formatCode') ?? ''))
    } else if (name === 'cellXfs') inCellFormats = true
    else if (name === 'xf' && inCellFormats) {
      const id = Number(attribute(plain, 'numFmtId') ?? '0')
      styles.push(customDates.get(id) ?? isBuiltInDateFormat(id))
    }
  })
  parser.on('closetag', tag => {
    if (localName(tag.name) === 'cellXfs') inCellFormats = false
  })
  try {
    parser.write(text).close()
  } catch (error) {
    throw error instanceof WorkbookError ? error : new WorkbookError('damaged', `${part}: ${(error as Error).message}`)
  }
  return styles
}

/**
 * The shared strings, in order. Each <si> is its text: a <t>, or the <t> of its rich-text runs <r>
 * joined; phonetic readings (<rPh>) are not part of the text. Held whole: a sheet refers to them by
 * number, in any order (LIMITS.sharedStringsBytes bounds the part).
 */
export async function readSharedStrings(archive: Archive, part: string): Promise<string[]> {
  const strings: string[] = []
  let text = ''
  let inText = false
  let phonetic = 0
  const parser = newParser()
  parser.on('opentag', tag => {
    const name = localName(tag.name)
    if (name === 'si') text = ''
    else if (name === 't') inText = phonetic === 0
    else if (name === 'rPh') phonetic++
  })
  const onText = (value: string): void => {
    if (inText) text += value
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', tag => {
    const name = localName(tag.name)
    if (name === 't') inText = false
    else if (name === 'rPh') phonetic--
    else if (name === 'si') {
      if (strings.length >= LIMITS.sharedStrings) throw new WorkbookError('too-large', part)
      strings.push(decodeEscapes(text))
    }
  })
  try {
    for await (const chunk of archive.streamText(part, LIMITS.sharedStringsBytes)) parser.write(chunk)
    parser.close()
  } catch (error) {
    throw error instanceof WorkbookError ? error : new WorkbookError('damaged', `${part}: ${(error as Error).message}`)
  }
  return strings
}
