// The rows of a --members file → a MemberList, or every problem in it, located. Columns (any order,
// matched as record headers are, Norwegian names too): partner, joined, left (may be absent or
// empty: still a member), role (owner, partner or collaborator). Dates are YYYY-MM-DD, YYYY-MM, YYYY
// or DD.MM.YYYY and must be real calendar dates; a member cannot leave before it joined, and one
// member (by identity, record/names.ts) cannot be listed twice for overlapping years.
import type { Messages } from '../messages/index.js'
import type { Location, Member, MemberList, MemberRole, Problem, RawRow } from '../model.js'
import { normalizeHeaderName } from '../read/header.js'
import { formatLocation } from '../read/location.js'
import type { HeaderRow } from '../read/reader.js'
import { memberKey } from '../record/member-index.js'
import { normalizeName } from '../record/names.js'

const COLUMN_NAMES = {
  partner: ['partner', 'member', 'medlem', 'partnernavn', 'partner_navn', 'virksomhet', 'navn', 'name'],
  joined: ['joined', 'innmeldt', 'medlem_fra', 'member_from', 'fra', 'from', 'start'],
  left: ['left', 'utmeldt', 'medlem_til', 'member_to', 'til', 'to', 'slutt', 'end'],
  role: ['role', 'rolle', 'type'],
} as const
type MemberColumn = keyof typeof COLUMN_NAMES
const REQUIRED: readonly MemberColumn[] = ['partner', 'joined', 'role']
const LOOKUP = new Map<string, MemberColumn>()
for (const [column, names] of Object.entries(COLUMN_NAMES) as [MemberColumn, readonly string[]][])
  for (const name of names) LOOKUP.set(normalizeHeaderName(name), column)

const ROLES = new Map<string, MemberRole>([
  ['owner', 'owner'],
  ['eier', 'owner'],
  ['partner', 'partner'],
  ['collaborator', 'collaborator'],
  ['samarbeidspart', 'collaborator'],
  ['samarbeidspartner', 'collaborator'],
  ['deltaker', 'collaborator'],
])

/** The most members a file may list: no programme has nearly as many; past it the file ends with an error. */
export const MAX_MEMBERS = 10_000

/** A date as given, its year, and the first and last day it may mean (YYYYMMDD), for comparisons. */
interface ParsedDate {
  text: string
  year: number
  earliest: number
  latest: number
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** "2016-03-01", "2016-03", "2016" or "01.03.2016"; null when it is not a calendar date. */
export function parseMemberDate(text: string): ParsedDate | null {
  const trimmed = text.trim()
  let match = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(trimmed)
  let year: number
  let month: number | null
  let day: number | null
  if (match !== null) {
    year = Number(match[1])
    month = match[2] === undefined ? null : Number(match[2])
    day = match[3] === undefined ? null : Number(match[3])
  } else {
    match = /^(\d{1,2})\.(\d{1,2})\.([1-9]\d{3})$/.exec(trimmed)
    if (match === null) return null
    day = Number(match[1])
    month = Number(match[2])
    year = Number(match[3])
  }
  if (month !== null && (month < 1 || month > 12)) return null
  if (day !== null) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
    const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[(month as number) - 1] as number)
    if (day < 1 || day > days) return null
  }
  const at = (m: number, d: number): number => year * 10000 + m * 100 + d
  return {
    text: trimmed,
    year,
    earliest: at(month ?? 1, day ?? 1),
    latest: at(month ?? 12, day ?? 31),
  }
}

export class MembersBuilder {
  private readonly problems: Problem[] = []
  private readonly members: Member[] = []
  /** Per member identity: its rows so far, as (joined earliest, left latest or Infinity, location). */
  private readonly spans = new Map<string, { from: number; to: number; at: Location }[]>()
  private columns: { index: Record<MemberColumn, number>; names: string[]; fields: number } | undefined

  constructor(
    private readonly source: string,
    private readonly messages: Messages,
  ) {}

  /** Returns false when the file lacks a required column (its rows are then not read). */
  header(header: HeaderRow): boolean {
    const names = header.cells.map(cell => cell.trim())
    const index: Record<MemberColumn, number> = { partner: -1, joined: -1, left: -1, role: -1 }
    names.forEach((name, position) => {
      const column = LOOKUP.get(normalizeHeaderName(name))
      if (column !== undefined && index[column] < 0) index[column] = position
    })
    const missing = REQUIRED.filter(column => index[column] < 0)
    if (missing.length > 0) {
      this.problems.push({
        file: header.file,
        ...(header.sheet === undefined ? {} : { sheet: header.sheet }),
        line: header.line,
        severity: 'error',
        message: this.messages.members.columns(
          missing,
          names.filter(name => name !== ''),
        ),
      })
      return false
    }
    this.columns = { index, names, fields: names.length }
    return true
  }

  get problemCount(): number {
    return this.problems.length
  }

  get memberCount(): number {
    return this.members.length
  }

  row(row: RawRow): void {
    const columns = this.columns
    if (columns === undefined) return
    const words = this.messages.members
    const located = (): Location =>
      row.sheet === undefined
        ? { file: row.file, line: row.line }
        : { file: row.file, sheet: row.sheet, line: row.line }
    const problem = (message: string, column?: MemberColumn, value?: string): void => {
      const found: Problem = { ...located(), severity: 'error', message }
      if (column !== undefined) found.column = columns.names[columns.index[column]] as string
      if (value !== undefined) found.value = value
      this.problems.push(found)
    }
    if (row.cells.length !== columns.fields) {
      problem(this.messages.problems.fieldCount(columns.fields, row.cells.length))
      return
    }
    const cell = (column: MemberColumn): string => {
      const position = columns.index[column]
      return position < 0 ? '' : (row.cells[position] as string)
    }
    const before = this.problems.length
    const name = normalizeName(cell('partner'))
    if (name === '') problem(words.missingPartner, 'partner')
    const joinedText = cell('joined')
    let joined: ParsedDate | null = null
    if (joinedText.trim() === '') problem(words.missingJoined, 'joined')
    else {
      joined = parseMemberDate(joinedText)
      if (joined === null) problem(words.badDate, 'joined', joinedText)
    }
    const leftText = cell('left')
    let left: ParsedDate | null = null
    if (leftText.trim() !== '') {
      left = parseMemberDate(leftText)
      if (left === null) problem(words.badDate, 'left', leftText)
      else if (joined !== null && left.latest < joined.earliest)
        problem(words.leftBeforeJoined(joined.text), 'left', leftText)
    }
    const roleText = cell('role')
    const role = ROLES.get(normalizeHeaderName(roleText))
    if (role === undefined) problem(words.unknownRole, 'role', roleText)
    if (this.problems.length > before || joined === null || role === undefined) return
    const key = memberKey(name)
    const span = { from: joined.earliest, to: left === null ? Number.POSITIVE_INFINITY : left.latest, at: located() }
    const spans = this.spans.get(key) ?? []
    const clash = spans.find(other => span.from <= other.to && other.from <= span.to)
    if (clash !== undefined) {
      problem(words.overlapping(formatLocation(clash.at)), 'partner', name)
      return
    }
    spans.push(span)
    this.spans.set(key, spans)
    this.members.push({
      ...located(),
      name,
      role,
      joined: joined.text,
      joinedYear: joined.year,
      left: left?.text ?? null,
      leftYear: left?.year ?? null,
    })
  }

  /** The list, or every problem found; `readProblems` are those the reader reported (encoding, CSV). */
  result(readProblems: readonly Problem[]): MemberList | Problem[] {
    const problems = [...readProblems, ...this.problems].sort((a, b) => a.line - b.line)
    if (problems.length === 0 && this.members.length === 0)
      problems.push({ file: this.source, line: 1, severity: 'error', message: this.messages.members.noMembers })
    if (problems.length > 0) return problems
    return { source: this.source, members: this.members }
  }
}
