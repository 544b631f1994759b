// English: every sentence a person reads (help, problems, tables, reports, check, init), in one
// object whose type is the catalogue's (Messages), so that a second language is one more object of
// the same type (nb.ts). Numbers arrive formatted for the language (numbers.ts); these functions
// only place them in sentences.
import type {
  AmountProblem,
  AvoidedAssumption,
  Basis,
  ConstantPrices,
  DecimalConvention,
  KeyKind,
  Language,
  PerMeasure,
  PriceIndex,
  SpreadsheetProblem,
} from '../model.js'
import { displayValue, priceBasisLabel } from './display.js'
import { formatCount, NUMBER_STYLES } from './numbers.js'

/** "a, b and c". */
export const listWith =
  (and: string) =>
  (items: readonly string[]): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`

/** "year 2016", "years 2015–2019", "from 2015", "to 2019": a --from/--to selection in `words`. */
export const yearSpan =
  (words: { year: string; years: string; from: string; to: string }) =>
  (from: number | null, to: number | null): string =>
    from !== null && from === to
      ? `${words.year} ${from}`
      : from !== null && to !== null
        ? `${words.years} ${from}–${to}`
        : from !== null
          ? `${words.from} ${from}`
          : `${words.to} ${to}`

/** The singular or plural noun for a count already formatted as text ("1" is singular). */
export const plural = (n: number | string, one: string, many: string): string => (String(n) === '1' ? one : many)

const decimalName = (convention: DecimalConvention): string => (convention === 'comma' ? 'comma' : 'dot')
const otherDecimal = (convention: DecimalConvention): DecimalConvention => (convention === 'comma' ? 'dot' : 'comma')
const list = (items: readonly string[]): string => items.map(item => `"${item}"`).join(', ')
const indexName = (index: PriceIndex): string => (index.builtIn ? `the shipped index ${index.source}` : index.source)
const coverageYears = (index: PriceIndex): string => {
  const years = [...index.levels.keys()]
  return years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`
}
const SHOWN_NAMES = 12
/** Column names as found, escaped and cut short: a broken header can hold anything. */
const names = (items: readonly string[]): string =>
  list(items.slice(0, SHOWN_NAMES).map(displayValue)) +
  (items.length > SHOWN_NAMES ? ` and ${items.length - SHOWN_NAMES} more` : '')
/** Names of members or partners in a sentence: a few, then how many more (a list of 10,000 helps no one). */
const someNames = (items: readonly string[], shown = SHOWN_NAMES): string =>
  items.slice(0, shown).join(', ') +
  (items.length > shown ? ` and ${formatCount(items.length - shown, NUMBER_STYLES.en)} more` : '')

/** A canonical column and the other names it is read from. */
export type ColumnNames = readonly [column: string, aliases: readonly string[]]

const acceptedNames = (accepted: readonly ColumnNames[]): string =>
  `${accepted.map(([column, aliases]) => `${column} is also read from ${aliases.join(', ')}`).join('; ')} (case, accents, spaces, "_", "-" and a unit in parentheses, such as "(NOK)", do not matter)`

const KEY_NAMES: Record<KeyKind, string> = {
  partner: 'partner',
  project: 'project id',
  category: 'category',
  'partner-set': 'partner combination',
  group: 'row',
}
const KEY_PLURALS: Record<KeyKind, string> = {
  partner: 'partners',
  project: 'project ids',
  category: 'categories',
  'partner-set': 'combinations of partners',
  group: 'rows in one grouping',
}
/** An operating-system error code as a person would say it: every message that gives the system's reason takes it from here. */
const SYSTEM_REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENOMEM: 'out of memory',
  EAGAIN: 'resource temporarily unavailable',
  EEXIST: 'already exists',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many levels of symbolic links',
  ENXIO: 'no such device or address',
  EBUSY: 'device or resource busy',
  ETXTBSY: 'text file busy',
  EPIPE: 'the reader closed the pipe',
}

export const en = {
  language: 'en' as Language,
  prefix: { error: 'error', warning: 'warning', note: 'note', column: 'column', value: 'value' },
  labels: {
    title: 'LUP impact summary',
    totals: 'Totals',
    by: (dimensions: readonly string[]) => `By ${dimensions.join(' and ')}`,
    total: 'Total',
    /** The totals' last rows: how many projects and records reported each measure ("34 of 34"). */
    reporting: {
      projects: 'Projects reporting',
      records: 'Records reporting',
      share: (part: string, whole: string) => `${part} of ${whole}`,
    },
    records: 'Records',
    projects: 'Projects',
    partners: 'Partners',
    years: 'Years',
    dimension: { year: 'Year', partner: 'Partner', category: 'Category', project: 'Project', basis: 'Basis' } as Record<
      string,
      string
    >,
    /** The head of a workbook's totals sheet, above the measures' names. */
    measure: 'Measure',
    measures: ['Jobs (FTE)', 'Savings (NOK)', 'CO2e cut (t/yr)'] as PerMeasure<string>,
    namesCut:
      'Names cut to fit the terminal end in "…"; a wider terminal, a pipe, a file or another --format shows them in full.',
    noCategory: '(no category)',
    notReported: '–',
    inputs: (paths: readonly string[]) => (paths.length === 1 ? (paths[0] as string) : `${paths.length} files`),
    overview: (
      counts: { records: number; projects: number; partners: number },
      years: string,
      format: (n: number) => string,
    ) =>
      `${count(counts.records, 'record', format)}, ${count(counts.projects, 'project', format)}, ${count(counts.partners, 'partner', format)}, ${years}`,
    noRecords: 'no records',
    filters: (parts: readonly string[]) => `Filters: ${parts.join('; ')}`,
    filterYears: yearSpan({ year: 'year', years: 'years', from: 'from', to: 'to' }),
    filterPartners: (names: readonly string[]) => `partner ${names.join(', ')}`,
    filterCategories: (names: readonly string[]) => `category ${names.join(', ')}`,
    filterBases: (bases: readonly Basis[]) => `basis ${bases.join(', ')}`,
    splitNote: 'Shared records are split equally among their partners, so partner rows add up exactly to the totals.',
    fullNote: (shared: number) =>
      `Each partner is credited in full for shared records, so partner rows overlap and add up to more than the totals (${count(shared, 'record')} shared by several partners; see the reconciliation below).`,
    reconciliation: {
      title: 'Partner rows against the totals',
      head: 'Full attribution',
      sumOverPartners: 'Sum over partners',
      total: 'Total (each record once)',
      difference: 'Difference',
      note: (shared: number) =>
        shared === 0
          ? 'No record in the selection is shared by several partners, so partner rows add up exactly to the totals.'
          : `The difference is the ${count(shared, 'record')} shared by several partners, counted once more for every partner beyond the first.`,
    },
    basisNames: { realised: 'Realised', estimated: 'Estimated', potential: 'Potential' } as Record<Basis, string>,
    oneBasis: (basis: Basis) =>
      basis === 'realised'
        ? 'Every figure rests on realised records.'
        : `Every figure rests on ${basis} records, none on realised ones.`,
    basisNote:
      'Realised, estimated and potential (not yet realised) show how much of each total rests on records of that basis; --basis keeps only the kinds you name.',
    /** The same, for a report's reader: no option names. */
    basisNoteReader:
      'Realised, estimated and potential (not yet realised) show how much of each total rests on records of that basis.',
    /** The one-letter flags after a figure in group tables; the same letters in the note that explains them. */
    flags: { estimated: 'e', potential: 'p', incomplete: 'i' },
    flagsNote: (shown: { estimated: boolean; potential: boolean; incomplete: boolean }) => {
      const parts: string[] = []
      if (shown.estimated) parts.push('e includes estimated figures')
      if (shown.potential) parts.push('p includes potential effects, not yet realised')
      if (shown.incomplete)
        parts.push('i not reported by every record in the row (jobs and savings; CO2e is reported once per project)')
      return `Flags: ${parts.join('; ')}.`
    },
    overTime: {
      title: 'Running totals by year',
      jobs: 'Jobs to date (FTE)',
      personYears: 'Person-years to date',
      savings: 'Savings to date (NOK)',
      co2eInForce: 'CO2e cut in force (t/yr)',
      co2eAvoidedLower: 'CO2e avoided to date, lower (t)',
      co2eAvoidedUpper: 'CO2e avoided to date, upper (t)',
      members: 'Members',
      /** `reader`: for a report, without option or column names. */
      note: (persist: boolean, reader = false) =>
        `Running totals start at the first year selected. CO2e in force: realised and estimated cuts, from the year each takes effect; potential cuts are never in force. Avoided to date is a range: the lower bound counts realised cuts only, half a year in the year a cut takes effect, each in force ${persist ? `through the last year${reader ? '' : ' (--persist)'}` : "only through its project's last reported year"}; the upper bound counts realised and estimated cuts, a full first year, each in force through the row's year, years without records included. ${reader ? 'Where a record states the last year its cut is in force, the cut ends then in both.' : "A record's co2e_end_year, where given, ends its cut in both."}`,
      membersNote: (source: string, reader = false) =>
        `Members: owners and partners with a partner agreement at the end of the year, ${reader ? 'according to the membership list' : `from ${source}`}.`,
    },
    jobsHeld: 'Jobs held (FTE)',
    personYears: 'Person-years (jobs held, summed)',
    jobsHeldNote: (last: string, peak: string, peakYear: number, personYears: string, reader = false) =>
      `Jobs are jobs held in each record's year${reader ? '' : ' (--jobs held)'}, not new jobs: ${last} held as last reported (each project's latest year), a peak of ${peak} in ${peakYear}; summed over the years they are ${personYears} person-years, not jobs.`,
    avoidedNote: (lower: string, upper: string, through: number) =>
      `CO2e avoided up to and including ${through}: between ${lower} t (lower bound) and ${upper} t (upper bound); the running totals say what each assumes.`,
    prices: (prices: ConstantPrices) => `Prices: ${priceBasis(prices)}`,
    /** [members, owners, partners, collaborators], formatted. */
    membersLine: ([members, owners, partners, collaborators]: readonly string[], year: number, source: string) =>
      `Members at the end of ${year}: ${members} (${owners} ${plural(owners ?? '', 'owner', 'owners')}, ${partners} ${plural(partners ?? '', 'partner', 'partners')}; ${collaborators} ${plural(collaborators ?? '', 'collaborator', 'collaborators')} besides), from ${source}`,
    savingsIn: (year: number) => `Savings (${year} NOK)`,
    savingsToDateIn: (year: number) => `Savings to date (${year} NOK)`,
    realNote: (prices: ConstantPrices, reader = false) =>
      `Savings are in ${reader && !prices.index.builtIn ? `${prices.year} kroner, by a price index supplied with the data` : priceBasis(prices)}: each year's savings × index ${prices.year} / index of that year, exact, then rounded to øre; rows are rounded together so that they add up exactly to their total (each within 1 øre of its exact value).`,
    trace: {
      carbonTitle: (year: number) => `Trace of the carbon value of ${year}`,
      pathColumn: 'Price path',
      inForceSum: (traced: number, tonnes: string, year: number) =>
        `Sum of ${count(traced, 'record')}: ${tonnes} t/yr in force in ${year} (realised and estimated cuts from their year, through co2e_end_year where given; potential cuts never).`,
      priceLine: (emissionClass: string, tonnes: string, price: string, heldFrom: number | null) =>
        `${emissionClass}: ${tonnes} t/yr × ${price} NOK/t${heldFrom === null ? '' : ` (the ${heldFrom} price held in real terms, --before-path hold: an assumption, not a published rate)`}`,
      carbonValueLine: (year: number, value: string, level: number, path: string) =>
        `Carbon value of ${year}: ${value} NOK in ${level} kroner, prices from ${path}; the figure summarize --value prints for that year (rounded to øre together with the other years).`,
      noCutsInForce: (year: number) => `No CO2e cut is in force in ${year}; its carbon value is 0.`,
      yearNeeded: '--metric carbon_value needs --year YEAR: the year whose carbon value to trace',
      rangeWithValue: '--metric carbon_value takes --year, not --from or --to',
      yearOutside: (year: number, first: number | null, last: number | null) =>
        first === null
          ? `--year ${year}: no records in the selection`
          : `--year ${year}: the data runs ${first}–${last}; the carbon value is traced for a year of the data`,
      title: (measure: string) => `Trace of ${measure}`,
      record: 'Record',
      line: 'Line',
      project: 'Project',
      partners: 'Partners',
      share: 'Share',
      amount: 'Amount',
      counted: 'Counted',
      full: 'full',
      sum: (traced: number, sum: string) => `Sum of ${count(traced, 'record')}: ${sum}`,
      nothing: (metric: string) =>
        `No record in the selection reported ${metric}; the figure is not reported (–), not 0.`,
      unreported: (records: number, metric: string) =>
        `${count(records, 'more record')} in the selection did not report ${metric}; ${records === 1 ? 'it adds' : 'they add'} nothing.`,
      equalsSummary:
        'This is the figure summarize prints for the same files and options: its total, and the matching row of its by-year, by-partner or by-category table.',
      splitShares:
        "Share: the credited partners' part of a shared record, split equally to the smallest unit; Counted is what the record adds to the figure.",
      fullShares: 'Each credited partner counts a shared record in full (--attribution full).',
      bounds: 'Avoided (bounds)',
      boundsFed: { both: 'lower and upper', upper: 'upper only', neither: 'neither' } as Record<
        'both' | 'upper' | 'neither',
        string
      >,
      boundsNote:
        'Avoided (bounds): which bounds of the CO2e avoided the record feeds. Realised cuts feed both, estimated cuts the upper bound only, potential cuts neither (and are never in force); an increase feeds both.',
    },
    co2eNote: 'CO2e is a cut in annual emissions (tonnes per year), counted in the year it took effect.',
    skippedNote: (skipped: number) => `${count(skipped, 'invalid record')} left out (--skip-invalid).`,
  },
  problems: {
    fieldCount: (expected: number, found: number) => `expected ${expected} fields as in the header, found ${found}`,
    missing: (what: string) => `missing ${what}`,
    notAYear: 'not a year (expected four digits, such as 2016)',
    emptyPartner: 'empty partner name in the list (partners are separated by "|")',
    partnerTwice: (partner: string) => `partner "${partner}" is listed twice`,
    negativeJobs: 'jobs cannot be negative',
    unknownEmissionClass: 'unknown emission class (expected non_ets or ets; empty means non_ets)',
    unknownBasis: 'unknown basis (expected realised, estimated or potential; empty means realised)',
    amount: (reason: AmountProblem, convention: DecimalConvention | 'auto', decidedAt?: string): string => {
      const decided = decidedAt === undefined ? '' : ` (decided by ${decidedAt})`
      switch (reason) {
        case 'malformed':
          return convention === 'auto'
            ? 'not a number'
            : `not a number with ${decimalName(convention)} decimals${decided}`
        case 'ambiguous-grouping': {
          const c = convention === 'auto' ? 'comma' : convention
          const mark = c === 'comma' ? 'dot' : 'comma'
          return `ambiguous with ${decimalName(c)} decimals${decided}: a single ${mark} group could mark thousands or decimals; write the number without the ${mark}, or pass --decimal ${otherDecimal(c)} if the file uses ${otherDecimal(c)} decimals`
        }
        case 'wrong-decimal-separator': {
          const c = convention === 'auto' ? 'comma' : convention
          return `reads as a number with ${otherDecimal(c)} decimals, but this file uses ${decimalName(c)} decimals${decided}; pass --decimal ${otherDecimal(c)} if the file uses ${otherDecimal(c)} decimals`
        }
        case 'undecided':
          return 'ambiguous: this value could use either "," or "." for decimals, and no earlier value in the file tells which; pass --decimal comma or --decimal dot'
        case 'scientific':
          return 'scientific notation is not exact; format the column as a plain number'
        case 'currency-not-allowed':
          return 'a currency ("kr", "NOK") is only allowed in savings_nok'
        case 'too-long':
          return 'number too long'
      }
    },
    duplicate: (earlier: string) =>
      `duplicate of ${earlier} (same project_id, year and partners); pass --allow-duplicates if both are meant`,
    endBeforeYear: (year: number) =>
      `co2e_end_year is before the record's year ${year}: a cut ends in or after the year it takes effect`,
    endWithoutCo2e: 'co2e_end_year on a record without a CO2e cut: it says how long a cut stays in force',
    overlap: (project: string, year: number, earlier: string) =>
      `project "${project}" also has a record for ${year} at ${earlier}, under other partners; both are counted, so the effect is counted twice if both describe it (pass --allow-overlap if they describe different effects)`,
    notMember: (partner: string, year: number, membership: string) =>
      `partner "${partner}" is not a programme member in ${year} (${membership}); the record still counts`,
    notInMembers: (source: string) => `not in ${source}`,
    memberFrom: (joined: string, left: string | null, at: string) =>
      `a member ${left === null ? `from ${joined}` : `from ${joined} to ${left}`}, ${at}`,
    co2eRepeated: (project: string, earlier: string) =>
      `project "${project}" already reported a CO2e cut at ${earlier}; co2e_tonnes is an annual rate entered once, in the year the cut took effect, so counting it again overstates the cut`,
    emptyFile: 'no header row: the file is empty or has only blank lines',
    emptySheet: 'no header row: the sheet is empty or has only blank rows',
    nul: 'a NUL character: this is binary data, not CSV text; the rest of the file was not read',
    mixedEncodings:
      'UTF-8 text after Windows-1252 text: the file mixes encodings; convert it to one, or pass --encoding to choose how to read it',
    surrogate:
      "not valid UTF-8: an encoded UTF-16 surrogate (the file was written as CESU-8 or Java's modified UTF-8); convert it to UTF-8",
    tooManyKeys: (kind: KeyKind, limit: number) =>
      `more than ${formatCount(limit, NUMBER_STYLES.en)} distinct ${KEY_PLURALS[kind]}: lup-impact keeps each in memory, and stops here rather than run out of it; split the input, or check that the column holds what it should`,
    spelling: (kind: KeyKind, spelling: string, first: string, at: string) =>
      `${KEY_NAMES[kind]} "${spelling}" is spelled "${first}" at ${at}; counted as one, shown as "${first}"`,
    yearSpan: (year: number, other: number, at: string, limit: number) =>
      `year ${year} is more than ${limit} years from ${other} (${at}); a data set spans at most ${limit} years (a mistyped year?)`,
    missingColumns: (
      missing: readonly string[],
      found: readonly string[],
      delimiterHint: string | undefined,
      accepted: readonly ColumnNames[],
    ) =>
      `missing required column${missing.length > 1 ? 's' : ''} ${list(missing)}; found ${found.length > 0 ? names(found) : 'no column names'}; expected project_id, year, partner and at least one of jobs, savings_nok, co2e_tonnes; ${acceptedNames(accepted)}${delimiterHint === undefined ? '' : `; the header looks ${delimiterHint}-delimited, check --delimiter`}`,
    noMeasure: (found: readonly string[], accepted: readonly ColumnNames[]) =>
      `no measure column; found ${names(found)}; expected at least one of jobs, savings_nok, co2e_tonnes; ${acceptedNames(accepted)}`,
    sameMeaning: (column: string, names: readonly [string, string]) =>
      `columns "${names[0]}" and "${names[1]}" both mean ${column}; keep one`,
    csv: (code: string): string => {
      switch (code) {
        case 'CSV_QUOTE_NOT_CLOSED':
          return 'a quoted field is never closed (a " without its closing "), so the rest of the file was read as part of it'
        case 'CSV_INVALID_CLOSING_QUOTE':
          return 'unexpected text after a closing quote'
        case 'CSV_MAX_RECORD_SIZE':
          return 'record too large (over 1 000 000 characters); the rest of the file was not read'
        default:
          return 'malformed CSV record'
      }
    },
    binary: (guess: 'binary' | 'utf-16le' | 'utf-16be'): string =>
      guess === 'binary'
        ? 'binary data, not a CSV text file'
        : `this looks like ${guess.toUpperCase().replace('LE', ' little-endian').replace('BE', ' big-endian')} text without a byte-order mark; pass --encoding ${guess}`,
    encoding: (byteOffset: number, forced: boolean) =>
      forced
        ? `not valid UTF-8 (byte ${byteOffset}); if the file comes from Excel it is probably Windows-1252: pass --encoding windows-1252, or leave --encoding out to detect it`
        : `not valid UTF-8 (byte ${byteOffset}), though the text before it was: the file mixes encodings; convert it to one, or pass --encoding to choose how to read it`,
  },
  spreadsheet: {
    sheetWithoutWorkbook:
      '--sheet names a sheet of an .xlsx workbook, and no input is one (CSV has no sheets): leave --sheet out, or name the workbook',
    errorValue: 'the cell holds a spreadsheet error value, not a value',
    noResult:
      'a formula whose result was never saved in the file; open the file in a spreadsheet program and save it again, which computes and saves it',
    invalidCell: 'the file stores this cell as a number, date or TRUE/FALSE, but its content is none of these',
    dateNotAmount: 'a date, not an amount (the cell has a date format; format the column as a number)',
    booleanNotValue: 'TRUE or FALSE, not a number',
    file: (problem: SpreadsheetProblem, detail: string, sheets: readonly string[] = []): string => {
      switch (problem) {
        case 'xls':
          return 'an Excel 97–2003 workbook (.xls) or another old Office file; lup-impact reads .xlsx and CSV: open it in a spreadsheet program and save it as .xlsx'
        case 'encrypted':
          return 'a password-protected (encrypted) workbook; save a copy without a password, and read that'
        case 'ods':
          return 'an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV, and read that'
        case 'xlsb':
          return 'a binary Excel workbook (.xlsb); save it as .xlsx, and read that'
        case 'not-a-workbook':
          return 'a zip archive that holds no Excel workbook (lup-impact reads .xlsx and CSV)'
        case 'damaged':
          return `not a readable .xlsx workbook: the file is damaged (${displayValue(detail)})`
        case 'truncated':
          return 'not a readable .xlsx workbook: the zip directory at its end is missing (a file cut short?)'
        case 'size-mismatch':
          return `not a readable .xlsx workbook: the part ${displayValue(detail)} unpacks to more bytes than its zip directory says (a zip bomb, or a damaged file); not read`
        case 'unsupported-compression':
          return `not a readable .xlsx workbook: a part is compressed in a way no spreadsheet program uses (${displayValue(detail)})`
        case 'too-large':
          return `the workbook's part ${displayValue(detail)} unpacks to more than lup-impact accepts (a zip bomb, or a sheet larger than any spreadsheet program makes); not read`
        case 'too-many-parts':
          return `the archive holds ${detail} parts, more than any workbook; not read`
        case 'missing-part':
          return `the workbook lacks its part ${displayValue(detail)}; the file is damaged`
        case 'no-sheets':
          return 'the workbook has no worksheet'
        case 'no-such-sheet':
          return `no sheet named "${displayValue(detail)}" (--sheet); the workbook's sheets are ${names(sheets)}`
        case 'too-large-to-buffer':
          return 'a workbook of more than 256 MiB from standard input or a pipe (a workbook is read by random access, so it is held in memory); name the file instead'
      }
    },
  },
  xlsx: {
    textNumbers: (digits: number) =>
      `Numbers of more than ${digits} significant digits are written as text, exactly: a spreadsheet's number holds ${digits}.`,
    toTerminal:
      '--format xlsx writes a binary workbook, not text for a terminal: give -o FILE.xlsx, or redirect standard output to a file or a pipe',
    formatAgainstName: (format: string, path: string) =>
      `--format ${format} does not match the name -o "${path}": ${format === 'xlsx' ? 'a workbook under the name of a text file' : 'text under the name of a workbook'} opens in no program; leave --format out (the name decides), or name the file for its format`,
    excelNeedsCsv: (format: string) => `--excel is for --format csv, not --format ${format}`,
  },
  options: {
    unknownBasis: (value: string) =>
      `unknown basis "${value}"; expected realised, estimated or potential (or realisert, estimert, potensiell).`,
    yearWithRange: 'give --year or --from/--to, not both',
    fromAfterTo: (from: number, to: number) => `--from ${from} is after --to ${to}`,
    fourDigitYear: 'expected a four-digit year, such as 2016.',
    unknownDimension: (name: string, known: readonly string[]) =>
      `unknown dimension "${name}"; expected ${known.join(', ')} or a pair such as year,partner.`,
    dimensionTwice: (text: string) => `"${text}" names a dimension twice.`,
    delimiterValues: 'expected ",", ";" or "tab".',
    encodingValues: (known: readonly string[]) => `expected one of ${known.join(', ')} (or cp1252).`,
    shellValues: 'expected bash or zsh.',
    languageValues: 'expected nb (Norwegian bokmål; no and nn give it too) or en.',
  },
  errors: {
    cannotRead: (path: string, reason: 'missing' | 'directory' | 'denied' | string) =>
      `cannot read "${path}": ${reason === 'missing' ? 'no such file' : reason === 'directory' ? 'it is a directory' : reason === 'denied' ? 'permission denied' : reason}`,
    cannotWrite: (path: string, reason: 'missing-directory' | 'directory' | 'denied' | { notDirectory: string }) =>
      `cannot write "${path}": ${reason === 'missing-directory' ? 'no such directory' : reason === 'directory' ? 'it is a directory' : reason === 'denied' ? 'permission denied' : `${reason.notDirectory} is not a directory`}`,
    stdinTwice: 'standard input ("-") can be read only once',
    inputRole: (path: string) => `the input "${path}"`,
    optionRole: (option: string, path: string) => `${option} "${path}"`,
    stdinRole: 'standard input ("-")',
    stdoutRole: 'standard output',
    sameFile: (first: string, second: string) =>
      `${first} is the same file as ${second}; an output must not overwrite an input or another output, so nothing was read or written`,
    givenTwice: (first: string, second: string) =>
      `${first} and ${second} are the same file, given twice (its records would count twice); give each file once`,
    writeFailed: (path: string, reason: string) => `cannot write "${path}": ${reason}`,
    systemFailed: (call: string, path: string | null, reason: string) =>
      `${path === null ? call : `${call} "${path}"`} failed: ${reason}`,
    systemReason: (code: string): string => SYSTEM_REASONS[code] ?? code,
    decidedBy: (location: string) => `the value at ${location}`,
  },
  help: {
    program: 'Exact impact totals for innovative public procurement programmes, from CSV records.',
    choices: (values: readonly string[]) => `values: ${values.join(', ')}`,
    defaultValue: (value: string) => `default: ${value}`,
    examples: 'Examples:',
    /** Placeholders in usage lines and option terms ("[options]", "<file>"), in this language. */
    term: (text: string): string => text,
    /** The comments after examples in the help. */
    comments: {
      initDefault: 'impact-records.csv, English column names',
      initNorwegian: 'Norwegian column names, ";" and decimal commas',
      reportCheck: 'in CI: is the committed report current?',
      reportPdf: 'also report.pdf, printed with Chromium',
      bashrc: 'in ~/.bashrc',
      zshrc: 'in ~/.zshrc, after compinit',
    },
    titles: {
      'Usage:': 'Usage:',
      'Arguments:': 'Arguments:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Global Options:': 'Global Options:',
    } as Record<string, string>,
    version: 'print the version',
    help: 'show help',
    helpCommand: 'show help for a command',
    files: 'CSV files, read as one data set ("-" reads standard input)',
    summarize: 'exact totals and groupings of impact records (by year and by partner unless --by says otherwise)',
    validate: 'list every problem in the input, each at its file and line, then a one-line summary',
    validateAfter:
      "The report is the command's data, so it goes to standard output; the exit code is 1 if there is any error.",
    validateFormat: 'text, or json: an array of {file, line, column, value, message, severity}',
    completion: 'print a shell completion script (bash or zsh)',
    shell: 'bash or zsh',
    decimal: 'decimal mark of the input (default: comma for ";" files, dot for "," files)',
    delimiter: 'field delimiter: "," ";" or tab (default: detected from the header)',
    encoding: (known: readonly string[]) => `input encoding: ${known.join(', ')} (default: detected)`,
    sheet: 'the sheet to read in .xlsx input (default: the first visible sheet)',
    excel:
      'with --format csv: CSV that Excel opens as it is, in the language of --lang (nb: ";" and decimal commas; en: "," and dots; both UTF-8 with a byte-order mark and CRLF)',
    reportExcel:
      'write summary.csv for Excel in the report\'s language (nb: ";" and decimal commas; UTF-8 with a byte-order mark, CRLF); the default under --lang nb',
    reportNoExcel:
      'write summary.csv machine-neutral ("," and dot decimals, as --format csv); the default under --lang en',
    allowDuplicates: 'accept several records with the same project_id, year and partners',
    strict:
      'treat a CO2e cut reported by one project in several years, and one project and year under several partner sets, as errors',
    allowOverlap: 'accept records of one project and year under different partner sets without a warning',
    jobs: 'what the jobs column gives: new (new jobs created that year; the default) or held (jobs held that year)',
    persist:
      "in the lower bound of CO2e avoided, keep each cut in force through the last year, not only through its project's last reported year",
    members:
      'programme members CSV (partner, joined, left, role): the partner count is then the members at the end of the period',
    skipInvalid: 'summarise the valid records and count what was left out, instead of failing',
    rejects:
      'write each rejected row, untouched, with its file, line and reason to this CSV file (implies --skip-invalid)',
    from: 'only records from this year on',
    to: 'only records up to this year',
    partner: 'only this partner (repeatable); shared records count with its share',
    category: 'only this category (repeatable)',
    by: 'group by year, partner, category, project, basis, or a pair such as year,partner (repeatable; default: year, then partner)',
    attribution: 'credit shared records split equally or in full to each partner',
    format: 'output format (default: from the -o file extension, else table)',
    jsonNumbers:
      'JSON: measures as numbers, or as strings of the same exact digits (string keeps a figure of more than 15 significant digits, such as a total beyond 2^53, which JSON.parse would round)',
    output: 'write to this file (atomically) instead of standard output',
    noColor: 'never colour the output',
    noPager:
      'write straight to the terminal: no pager for output taller than the screen ($LUP_IMPACT_PAGER, $PAGER or less -FRX)',
    quiet: 'print no warnings or notes, only errors',
    verbose: 'also print notes, such as ignored columns',
    debug: 'show the stack of an internal error',
    lang: 'language of the text: nb (Norwegian bokmål; no and nn give it too) or en (default: from LC_ALL, LC_MESSAGES or LANG)',
    basis: 'only records of this basis: realised, estimated or potential (repeatable; nb names accepted)',
    real: "express savings in this year's kroner with the consumer price index (KPI 2015=100 unless --cpi)",
    cpi: 'price index CSV (year and index columns) to use with --real instead of the shipped SSB series',
    value:
      'value the effects as the state appraises them (R-109/21): carbon value of cuts in force, savings in constant kroner, present value',
    carbonPrice:
      'carbon price path CSV (year, category, nok_per_tonne, price_level) instead of the shipped data/carbon-price-nok.csv',
    priceLevel:
      "the kroner year of every value under --value (default: the price path's own; others converted with the KPI)",
    baseYear: 'the year present values are taken at (default: the last year of the data)',
    discount:
      "a flat real discount rate in per cent instead of R-109/21's schedule (4 %, 3 % after 40 years, 2 % after 75)",
    horizon: 'project the cuts in force at the last year through this year (labelled projection; no new savings)',
    costs: 'programme cost CSV (year, cost_nok, optional partner), nominal kroner, for ratios of benefit to cost',
    beforePath:
      "a year before the price path's first year: error (the default), or hold (that first year's price held in real terms: an assumption, named in every output)",
    metric: 'the measure to trace',
    year: 'only records of this year (the same as --from YEAR --to YEAR)',
    traceDescription: 'list the records behind one figure (file:line, project, share, amount) and their sum',
    traceFiles: 'CSV files, read as one data set ("-" reads standard input)',
    reportAfter: `Writes summary.json and summary.csv (what summarize --by year --by partner --by category prints as
json and csv for the same options), report.md and a self-contained report.html with charts. Every
file is written to a temporary name first and renamed into place only when all are written. With --pdf,
report.pdf too: report.html as its print stylesheet lays it out on A4, printed by a headless Chromium.`,
    checkAfter: `Metrics: jobs, savings_nok, co2e_tonnes, records, projects, partners, first_year, last_year,
shared_records; the realised figures jobs_realised, savings_nok_realised, co2e_tonnes_realised; the CO2e cut
in force and avoided co2e_tonnes_in_force, co2e_tonnes_avoided_lower, co2e_tonnes_avoided_upper; and members
(with --members). Operators: =, >=, <=, > and <. Quote the target in a shell ("jobs_realised>=300").`,
    reportDescription: 'write summary.json, summary.csv, report.md and a self-contained report.html into a directory',
    checkDescription: 'compare the totals with targets (--expect or a targets file); exit 1 on any miss',
    initDescription: 'write a template CSV with the column names and two example rows',
    out: 'the directory to write the report into (created if missing)',
    checkOut: 'write nothing; exit 1 listing the files in --out that differ from what would be written',
    pdf: 'also write report.pdf: report.html printed on A4 by a headless Chromium or Chrome (found on PATH)',
    chromium: 'the Chromium or Chrome program to print report.pdf with (implies --pdf)',
    date: 'print this date (YYYY-MM-DD) in the report (default: SOURCE_DATE_EPOCH if set, else no date)',
    expect: 'a target such as jobs=350, co2e_tonnes>=2900 or partners>35 (repeatable)',
    against: 'a targets file in the format of seeds/lup-2020.json',
    tolerance: 'relative tolerance in per cent for = targets (default 0: exact)',
    checkFormat: 'table, or json for scripts',
    initFile: 'the file to write, or "-" for standard output',
    initLang:
      'en: canonical column names, "," and dot decimals; nb (or no, nn): Norwegian column names, ";" and decimal commas, as Norwegian Excel writes',
    force: 'overwrite FILE if it exists',
  },
  /** Commander's own messages (unknown option, bad value, ...) in this language. */
  translateCommander: (text: string): string => text,
  value: {
    columns: (kind: 'carbon-price' | 'costs', found: readonly string[]) =>
      `${kind === 'carbon-price' ? 'a carbon price path needs the columns year, category, nok_per_tonne and price_level' : 'a cost file needs the columns year and cost_nok (partner may be added)'}; found ${found.length > 0 ? names(found) : 'no column names'}`,
    unknownCategory: 'unknown category (expected non_ets or ets)',
    missingAmount: (kind: 'carbon-price' | 'costs'): string =>
      kind === 'carbon-price' ? 'missing price' : 'missing cost',
    negative: (kind: 'carbon-price' | 'costs'): string =>
      kind === 'carbon-price' ? 'a carbon price cannot be negative' : 'a cost cannot be negative',
    duplicatePrice: (year: number, emissionClass: string, earlier: string) =>
      `${year} ${emissionClass} is listed twice (first at ${earlier})`,
    noRows: (kind: 'carbon-price' | 'costs') =>
      `no ${kind === 'carbon-price' ? 'prices' : 'costs'} (the file has no rows below its header)`,
    failed: (errors: number, source: string) => `${count(errors, 'error')} in ${source}; nothing computed`,
    fromStdin: (option: string) => `${option} needs a file; standard input ("-") is for the records`,
    priceLevelMissing: (year: number, index: string) =>
      `--price-level ${year}: ${index} has no index for ${year}, so nothing can be expressed in ${year} kroner; pass --cpi FILE with a series that has ${year}`,
    needsCarbonMetric: (option: string) => `${option} needs --metric carbon_value`,
    needsValue: (option: string) => `${option} needs --value`,
    badRate: (text: string) =>
      `--discount takes a real rate in per cent from 0 to 100, such as 4 or 3.5 (got "${text}")`,
    costsAfterEnd: (source: string, years: string, last: number, horizon: number | null, latest: number) =>
      `${source} has costs for ${years}, after ${horizon === null ? `the last year of the data (${last})` : `--horizon ${horizon}`}: future costs are valued only as a projection; pass --horizon ${latest} to value them so (the cuts in force in ${last} held to then), or leave those years out`,
    horizonBeforeEnd: (horizon: number, last: number) =>
      `--horizon ${horizon} must be after the last year of the data (${last})`,
    missingPrice: (
      years: readonly number[],
      emissionClass: string,
      source: string,
      covered: string,
      holdFrom: number | null,
    ) =>
      `no ${emissionClass} carbon price for ${listWith('and')(years.map(String))} in ${source} (it has ${covered === '–' ? 'none' : covered}); CO2e cuts are in force then, so their value cannot be computed: pass --carbon-price FILE with ${years.length === 1 ? 'that year' : 'those years'}${holdFrom === null ? '' : `, or --before-path hold to value ${years.length === 1 ? 'it' : 'them'} at the ${holdFrom} price held in real terms (an assumption)`}`,
    missingPrices: (
      classes: readonly { emissionClass: string; years: readonly number[]; covered: string }[],
      source: string,
    ) =>
      `no carbon price in ${source} for ${classes.map(each => `${each.emissionClass} in ${listWith('and')(each.years.map(String))} (it has ${each.covered === '–' ? 'none' : each.covered})`).join(', nor for ')}; CO2e cuts are in force then, so their value cannot be computed: pass --carbon-price FILE with those years`,
    heldNoteReader: (emissionClass: 'non_ets' | 'ets', years: string, from: number, price: string, level: number) =>
      `${years}: the carbon price path has no price for ${emissionClass === 'ets' ? 'emissions in the EU emissions trading system' : 'emissions outside the EU emissions trading system'} this early; valued at the ${from} price held in real terms, ${price} NOK/t in ${level} kroner. An assumption, not a published rate.`,
    heldNote: (emissionClass: string, years: string, from: number, price: string, level: number) =>
      `${years}: the path has no ${emissionClass} price this early; valued at the ${from} price held in real terms (--before-path hold), ${price} NOK/t in ${level} kroner. An assumption, not a published rate.`,
    missingIndex: (years: readonly number[], purpose: string, level: number, index: string) =>
      `no consumer price index for ${listWith('and')(years.map(String))} in ${index}, so ${purpose === 'costs' ? 'costs' : purpose === 'savings' ? 'savings' : 'carbon prices'} cannot be expressed in ${level} kroner; pass --cpi FILE with ${years.length === 1 ? 'that year' : 'those years'}, or --price-level`,
    title: (level: number) => `Value (R-109/21), constant ${level} kroner`,
    sheet: 'Value',
    notInCsv:
      "the value figures (--value) are not in CSV, which holds the groupings' rows: --format json or xlsx has them",
    year: 'Year',
    inForce: 'CO2e in force (t/yr)',
    price: 'Price (NOK/t)',
    carbonValue: 'Carbon value',
    savings: 'Savings',
    cost: 'Programme cost',
    factor: 'Factor to base year',
    projection: (year: number) => `${year}*`,
    total: 'Total',
    pvTitle: (base: number) => `Present value at ${base}`,
    measure: 'Figure',
    amount: 'NOK',
    pvCarbon: 'Carbon value',
    pvSavings: 'Savings',
    pvCost: 'Programme cost',
    pvProjectionCarbon: 'Carbon value, projection',
    pvProjectionCost: 'Programme cost, projection',
    benefitCost: 'Benefit per krone of cost (carbon value + savings)',
    savingsPerKrone: 'Savings per krone of cost',
    perTonneLower: 'Cost per tonne avoided (lower bound of tonnes)',
    perTonneUpper: 'Cost per tonne avoided (upper bound of tonnes)',
    discount: (schedule: { kind: 'r-109' } | { kind: 'flat'; percent: string; reader: boolean }) =>
      schedule.kind === 'r-109'
        ? 'Discounting: R-109/21, real 4 % for the first 40 years, 3 % from 40 to 75 years, 2 % after'
        : `Discounting: a flat real rate of ${schedule.percent} %${schedule.reader ? '' : ' (--discount)'}`,
    notes: (path: string, level: number, base: number) =>
      `Carbon value = CO2e cut in force (realised and estimated cuts, never potential) × that year's price from ${path}, in ${level} kroner (prices in other kroner converted with the KPI). Savings: realised and estimated, in ${level} kroner (the --real rule). Years before ${base} are compounded to it, later years discounted; values exact until rounded to øre here, rows by largest remainder so that they add up to the totals.`,
    notesReader: (level: number, base: number) =>
      `Carbon value = CO2e cut in force (realised and estimated cuts, never potential) × that year's carbon price (the price path is named under About the figures), in ${level} kroner (prices in other kroner converted with the consumer price index). Savings: realised and estimated, in ${level} kroner. Years before ${base} are compounded to it, later years discounted; values exact until rounded to øre here, rows by largest remainder so that they add up to the totals.`,
    projectionNote: (last: number, horizon: number) =>
      `* Projection ${last + 1}–${horizon}: assumes the cuts in force in ${last} stay in force and no new savings; not reported figures.`,
    assumptionsTitle: 'Assumptions',
    sources:
      'Sources: Ministry of Finance, circular R-109/21 "Prinsipper og krav ved utarbeidelse av samfunnsøkonomiske analyser" (25 June 2021); Ministry of Finance, "Karbonprisbaner for bruk i samfunnsøkonomiske analyser" (yearly).',
    chartTitle: (level: number) => `Carbon value per year, ${level} kroner`,
    chartData: 'years of the data',
    chartProjectionLegend: 'projection',
    chartProjection:
      '* projection: the cuts in force in the last year of the data, assumed to stay in force (hatched).',
    section: 'Value for money',
  },
  prices: {
    columns: (found: readonly string[]) =>
      `a price index needs a year column (year, år) and an index column (kpi, cpi, index or indeks); found ${found.length > 0 ? names(found) : 'no column names'}`,
    missingLevel: 'missing index level',
    notPositive: 'an index level must be positive',
    duplicateYear: (year: number, earlier: string) => `year ${year} is listed twice (first at ${earlier})`,
    noLevels: 'no index levels (the file has no rows below its header)',
    targetMissing: (year: number, index: PriceIndex) =>
      `--real ${year}: ${indexName(index)} has no index for ${year} (it covers ${coverageYears(index)}); pass --cpi FILE with a series that has ${year}`,
    recordYearMissing: (year: number, prices: ConstantPrices) =>
      `no consumer price index for ${year} in ${indexName(prices.index)} (it covers ${coverageYears(prices.index)}), so savings of ${year} cannot be expressed in ${prices.year} kroner; pass --cpi FILE with a series that has ${year}`,
    cpiWithoutReal: '--cpi needs --real YEAR (the year whose kroner savings are expressed in)',
    cpiFromStdin: '--cpi needs a file; standard input ("-") is for the records',
    failed: (errors: number, source: string) =>
      `${count(errors, 'error')} in the price index ${source}; nothing computed`,
  },
  members: {
    columns: (missing: readonly string[], found: readonly string[]) =>
      `a members file needs the columns partner, joined and role (left may be absent; Norwegian names: medlem, innmeldt, utmeldt, rolle); missing ${list(missing)}; found ${found.length > 0 ? names(found) : 'no column names'}`,
    missingPartner: 'missing partner name',
    badDate: 'not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or DD.MM.YYYY, such as 2016-03-01)',
    missingJoined: 'missing the date the partner joined',
    leftBeforeJoined: (joined: string) => `left before it joined (${joined})`,
    unknownRole: 'unknown role (expected owner, partner or collaborator; Norwegian: eier, partner, samarbeidspart)',
    overlapping: (earlier: string) => `the same member is listed for overlapping years at ${earlier}`,
    tooMany: (limit: number) =>
      `more than ${formatCount(limit, NUMBER_STYLES.en)} members: no programme has that many; the rest of the file was not read`,
    noMembers: 'no members (the file has no rows below its header)',
    failed: (errors: number, source: string) =>
      `${count(errors, 'error')} in the members file ${source}; nothing computed`,
    fromStdin: '--members needs a file; standard input ("-") is for the records',
    withoutRecords: (names: readonly string[]) =>
      `${formatCount(names.length, NUMBER_STYLES.en)} ${plural(names.length, 'member has', 'members have')} no record in the selection: ${someNames(names.map(displayValue))}`,
  },
  notes: {
    /** One note for every project whose jobs look held: `runs` name a few ("LUP-1 in 2013–2016: 7, 7, 6, 7"). */
    jobsLookHeld: (projects: number, runs: readonly string[]) =>
      `${projects === 1 ? 'a project reports' : `${projects} projects report`} about the same jobs in three or more consecutive years (${runs.join('; ')}${projects > runs.length ? `; and ${projects - runs.length} more` : ''}): if the jobs column gives the jobs held each year rather than new jobs created, pass --jobs held (held jobs summed over the years are person-years, not jobs)`,
    jobsRun: (project: string, years: string, values: readonly string[]) =>
      `"${project}" in ${years}: ${values.join(', ')}`,
    unknownColumns: (file: string, names: readonly string[]) =>
      `${file}: ignoring unknown column${names.length > 1 ? 's' : ''} ${list(names)}`,
    failed: (errors: number, warnings: number, records: number) =>
      `${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''} in ${count(records, 'record')}; nothing summarised (pass --skip-invalid to summarise the valid records)`,
    unreadable: (errors: number) => `${count(errors, 'error')} in the input files; nothing summarised`,
    unreadableTrace: (errors: number) => `${count(errors, 'error')} in the input files; nothing traced`,
    failedTrace: (errors: number, warnings: number, records: number) =>
      `${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''} in ${count(records, 'record')}; nothing traced (pass --skip-invalid to trace the valid records)`,
    skipped: (skipped: number, rejects?: string) =>
      `skipped ${count(skipped, 'invalid record')}; the figures leave ${skipped === 1 ? 'it' : 'them'} out${rejects === undefined ? '' : ` (written to ${rejects})`}`,
    validated: (errors: number, warnings: number, records: number, files: number) =>
      `${errors + warnings === 0 ? 'no problems' : `${count(errors, 'error')}, ${count(warnings, 'warning')}`} in ${count(records, 'record')}${files > 1 ? ` (${files} files)` : ''}`,
    progress: (rows: string, rate: string) => `reading: ${rows} rows (${rate} rows/s)`,
    noMatch: (option: string, value: string) => `no record matches ${option} "${value}"`,
    notShown: (file: string, errors: number, warnings: number, limit: number) =>
      `${file}: ${count(errors, 'error')} and ${count(warnings, 'warning')} more, not shown (a file's first ${limit} problems are printed); lup-impact validate lists every one, and --rejects FILE keeps every rejected row`,
  },
  internalError: (message: string) =>
    `internal error: ${message}\nThis is a bug in lup-impact. Rerun with --debug to see where it happened, and report it.`,
  list: listWith('and'),
  report: {
    title: 'LUP impact report',
    headline: {
      qualifier: { exact: '', nearly: 'nearly ', over: 'more than ' } as Record<'exact' | 'nearly' | 'over', string>,
      period: (first: number, last: number) => (first === last ? `In ${first}` : `From ${first} to ${last}`),
      actors: (projects: string, partners: string) =>
        `${projects} ${plural(projects, 'project', 'projects')} with ${partners} ${plural(partners, 'partner', 'partners')} named in the records`,
      /** Under --members: the programme's partners are its members at the end of the period. */
      actorsWithMembers: (projects: string, members: string, year: number) =>
        `${projects} ${plural(projects, 'project', 'projects')} in a programme with ${members} ${plural(members, 'partner', 'partners')} at the end of ${year}`,
      jobs: (qualifier: string, figure: string) => `created ${qualifier}${figure} new ${plural(figure, 'job', 'jobs')}`,
      jobsHeld: (qualifier: string, figure: string) =>
        `had ${qualifier}${figure} ${plural(figure, 'job', 'jobs')} in place as last reported`,
      /** "334 million kroner", "850,000 kroner", "1.5 billion 2020 kroner". */
      money: (figure: string, scale: 'one' | 'million' | 'billion', unit: string) =>
        scale === 'one' ? `${figure} ${unit}` : `${figure} ${scale} ${unit}`,
      kronerUnit: (realYear: number | null) => (realYear === null ? 'kroner' : `${realYear} kroner`),
      savings: (qualifier: string, money: string) => `saved ${qualifier}${money} of public money`,
      netCost: (qualifier: string, money: string) => `cost a net ${qualifier}${money} more than they saved`,
      co2eCut: (qualifier: string, figure: string) =>
        `cut annual emissions by ${qualifier}${figure} tonnes of CO2 equivalent`,
      co2eRise: (qualifier: string, figure: string) =>
        `raised annual emissions by ${qualifier}${figure} tonnes of CO2 equivalent`,
      sentence: (period: string, actors: string, effects: string) => `${period}, ${actors} ${effects}.`,
      /** Realised figures with a verb, then every figure, conditional, naming what the rest rests on. */
      realisedThen: (period: string, actors: string, effects: string, others: readonly Basis[], all: string) =>
        `${period}, ${actors} ${effects}, counting realised effects only; with ${otherEffects(others)}, the figures would be ${all}.`,
      noneRealised: (period: string, actors: string, others: readonly Basis[], all: string, projects: string) =>
        `${period}, ${actors} ${plural(projects, 'reports', 'report')} no realised effects; ${otherEffects(others)} come to ${all}.`,
      /** Figures without a verb of achievement, for what is not (or not only) realised. */
      figures: {
        jobs: (qualifier: string, figure: string) => `${qualifier}${figure} ${plural(figure, 'job', 'jobs')}`,
        jobsHeld: (qualifier: string, figure: string) =>
          `${qualifier}${figure} ${plural(figure, 'job', 'jobs')} in place`,
        savings: (qualifier: string, money: string) => `${qualifier}${money}`,
        netCost: (qualifier: string, money: string) => `a net cost of ${qualifier}${money}`,
        co2eCut: (qualifier: string, figure: string) => `${qualifier}${figure} tonnes a year`,
        co2eRise: (qualifier: string, figure: string) => `an increase of ${qualifier}${figure} tonnes a year`,
      },
      nothingReported: (period: string, actors: string) =>
        `${period}, ${actors} reported no jobs, savings or CO2e cuts.`,
      noRecords: 'The selection has no records, so this report has no figures.',
    },
    notes: {
      timeBasis: 'Time basis',
      timeBasisText: (years: string) =>
        `each figure counts in the year of its record (${years}): for a realised record the year its effect was realised, for an estimated or potential one the year it is estimated for. The CO2e figure is a cut in annual emissions (tonnes per year), counted once, in the year it took effect, not tonnes avoided over the period.`,
      avoided: 'CO2e avoided',
      avoidedText: (range: AvoidedRange) =>
        `${range.lower === range.upper ? range.lower : `between ${range.lower} and ${range.upper}`} tonnes ${range.from === range.through ? `in ${range.from}` : `from ${range.from} up to and including ${range.through}`}. Lower bound, ${range.lowerExact} t: ${range.lowerAssumptions.join('; ')}. Upper bound, ${range.upperExact} t: ${range.upperAssumptions.join('; ')}. In force in ${range.through}: ${range.inForce} t CO2e/yr (realised and estimated cuts).`,
      assumption: (assumption: AvoidedAssumption, lastYear: number): string =>
        ({
          'realised-only': 'realised cuts only',
          'realised-and-estimated': 'realised and estimated cuts',
          'half-first-year': 'half a year in the year a cut takes effect',
          'full-first-year': 'a full year in the year a cut takes effect',
          'in-force-through-last-reported-year': "each cut in force only through its project's last reported year",
          'in-force-through-period-end': `each cut in force through ${lastYear}`,
          'co2e-end-year-where-given': 'or through the last year its record states, where it states one',
          'increases-as-upper-bound': 'an increase (a negative cut) counted as in the upper bound',
          'potential-never': 'potential cuts never count',
        })[assumption],
      jobs: 'Jobs',
      jobsNew: "new jobs created in each record's year (FTE), added up over the years.",
      jobsHeld: (last: string, peak: string, peakYear: number, personYears: string) =>
        `jobs held in each record's year, not new jobs: ${last} held as last reported (each project's latest year), a peak of ${peak} held in ${peakYear}, and ${personYears} person-years (the sum over the years).`,
      partners: 'Partners',
      partnersNamed: (named: string) =>
        `${named} ${plural(named, 'partner is', 'partners are')} named in the records; that is not the programme's membership at a date, which a membership list would give.`,
      partnersMembers: (members: MembersNote) =>
        `${members.members} ${plural(members.members, 'member', 'members')} with a partner agreement at the end of ${members.year} (${members.owners} ${plural(members.owners, 'owner', 'owners')}, ${members.partners} ${plural(members.partners, 'partner', 'partners')}; besides them ${members.collaborators} ${plural(members.collaborators, 'collaborator', 'collaborators')}), according to the membership list; ${members.named} ${plural(members.named, 'partner is', 'partners are')} named in the records.${
          members.withoutRecords.length === 0
            ? ''
            : ` Members without records in the selection: ${someNames(members.withoutRecords)}.`
        }${
          members.notMembers.length === 0
            ? ''
            : ` Named in records in a year they were not members: ${someNames(members.notMembers)}.`
        }`,
      noYears: 'no records',
      attribution: 'Attribution',
      noShared: 'no record is shared by several partners, so partner rows add up exactly to the totals.',
      split: (shared: string) =>
        `a record shared by several partners (${shared} ${plural(shared, 'record', 'records')}) is split equally among them, to 0.01 job, 1 øre and 1 kg CO2e, so partner rows add up exactly to the totals.`,
      full: (shared: string) =>
        `each partner is credited in full for a shared record (${shared} ${plural(shared, 'record', 'records')}), so partner rows overlap and add up to more than the totals.`,
      basis: 'Basis',
      oneBasis: (basis: Basis) =>
        basis === 'realised'
          ? 'every figure rests on realised records.'
          : `every figure rests on ${basis} records, none on realised ones.`,
      basisPart: (basis: Basis, figures: readonly string[]) =>
        `${basis === 'potential' ? 'potential (not yet realised)' : basis} ${figures.join(', ')}`,
      basisMix: (parts: readonly string[]) => `${parts.join('; ')}.`,
      basisFigures: (jobs: string | null, savings: string | null, co2e: string | null): string[] =>
        [
          jobs === null ? null : `${jobs} ${plural(jobs, 'job', 'jobs')}`,
          savings === null ? null : `${savings} kroner`,
          co2e === null ? null : `${co2e} t CO2e/yr`,
        ].filter((part): part is string => part !== null),
      prices: 'Prices',
      nominal: "nominal kroner: each year's savings in that year's kroner, not adjusted for inflation.",
      real: (basis: string, year: number) =>
        `${basis}: each year's savings × index ${year} / index of that year, rounded to øre.`,
      priceBasis: (year: number, index: string) => `${year} kroner, ${index}`,
      selection: 'Selection',
      filterYears: yearSpan({ year: 'year', years: 'years', from: 'from', to: 'up to' }),
      filterPartners: (names: readonly string[]) =>
        `${plural(names.length, 'partner', 'partners')} ${names.join(', ')}`,
      filterCategories: (names: readonly string[]) =>
        `${plural(names.length, 'category', 'categories')} ${names.join(', ')}`,
      filterBases: (bases: readonly Basis[]) => `basis ${bases.join(', ')}`,
      skipped: 'Left out',
      skippedText: (skipped: string) =>
        `${skipped} invalid ${plural(skipped, 'record was', 'records were')} left out of the figures.`,
      /** A price index given with the data, named in the appendix. */
      suppliedIndex: (referenceYear: number | null) =>
        `a price index supplied with the data${referenceYear === null ? '' : ` (${referenceYear}=100)`}`,
      rounding: 'Rounding',
      roundingText:
        'in the headline, "nearly" means at most 1 % below the figure and "more than" at most 1 % above it, said only of round figures; a figure without either is exact, and counts are always exact. The tables give every figure exactly.',
    },
    /** The line under the title: the period the figures cover, and the report's date when it has one. */
    dateline: (lastYear: number | null, date: string | null) =>
      [lastYear === null ? null : `Figures through ${lastYear}`, date].filter(part => part !== null).join(' · '),
    /** The footer of a printed page: "Page 3 of 12". */
    print: { before: 'Page ', between: ' of ' },
    /** The page's title: the report and its period. */
    documentTitle: (first: number | null, last: number | null) =>
      first === null || last === null
        ? 'LUP impact report'
        : `LUP impact report ${first === last ? first : `${first}–${last}`}`,
    /** A calendar date in words: "1 July 2020". */
    dateInWords: (year: number, month: number, day: number) => `${day} ${MONTHS[month - 1]} ${year}`,
    /** The appendix: where the figures come from, for whoever must check or redo them. */
    about: {
      title: 'About the figures',
      intro: 'What this report was made from and how, for anyone who wants to check the figures or make them again.',
      data: 'Data',
      inputFile: (path: string, records: string) => `${path}: ${records} ${plural(records, 'record', 'records')}`,
      fingerprint: 'SHA-256',
      members: 'Membership list',
      priceIndex: 'Price index',
      shippedIndex: (referenceYear: number | null) =>
        `consumer price index, Statistics Norway (KPI ${referenceYear ?? 2015}=100), shipped with the tool`,
      leftOut: 'Left out',
      skipped: (skipped: string) =>
        `${skipped} invalid ${plural(skipped, 'record was', 'records were')} skipped; the validate command lists ${plural(skipped, 'it', 'them')} with file and line`,
      carbonPrice: 'Carbon price path',
      shippedCarbonPrice: 'the carbon price path shipped with the tool (every price cited in its data/README.md)',
      costs: 'Programme costs',
      options: 'Options',
      date: 'Date',
      tool: 'Made with',
    },
    keyFigures: {
      title: 'Key figures',
      labels: [
        'New jobs, realised (FTE)',
        'Public savings, realised (NOK)',
        'Annual CO2e cut, realised (t/yr)',
      ] as PerMeasure<string>,
      jobsHeldLabel: 'Jobs in place as last reported, realised (FTE)',
      realLabel: (year: number) => `Public savings, realised (${year} NOK)`,
      notReported: 'not reported',
      noneRealised: 'none realised',
      withOthers: (total: string, others: readonly Basis[]) =>
        `${total} in all, with ${others.map(basis => (basis === 'potential' ? 'potential (not yet realised)' : basis)).join(' and ')} figures`,
    },
    sections: {
      overTime: 'Year by year',
      runningTotals: 'Running totals',
      partners: 'Partners',
      tables: 'Tables',
      contents: 'Contents',
    },
    charts: {
      perYear: [
        'New jobs per year',
        'Public savings per year',
        'CO2e cuts taking effect per year',
      ] as PerMeasure<string>,
      jobsHeldPerYear: 'Jobs held per year',
      personYearsToDate: 'Person-years to date (jobs held, summed)',
      toDate: ['Jobs created to date', 'Savings to date', 'Annual CO2e cut in force'] as PerMeasure<string>,
      ranked: [
        'Partners ranked by jobs',
        'Partners ranked by savings',
        'Partners ranked by CO2e cut',
      ] as PerMeasure<string>,
      units: ['FTE', 'NOK', 't CO2e per year'] as PerMeasure<string>,
      unitsInMillions: 'million NOK',
      realUnits: (year: number, millions: boolean) => `${millions ? 'million ' : ''}${year} NOK`,
      year: 'Year',
      partner: 'Partner',
      value: 'Value',
      estimatedLegend: 'includes estimated or potential figures',
      realisedLegend: 'realised records only',
      notReported: 'not reported',
      barSummary: (count: number, first: string, last: string) =>
        `Bar chart of ${count} ${plural(count, 'year', 'years')}, ${first === last ? first : `${first} to ${last}`}.`,
      lineSummary: (first: string, last: string, from: string, to: string) =>
        `Line chart from ${first} to ${last}, from ${from} to ${to}.`,
      rankedSummary: (count: number) => `Bar chart of ${count} ${plural(count, 'partner', 'partners')}, largest first.`,
      rankedTop: (drawn: string, all: string) => `Bar chart of the ${drawn} largest of ${all} partners, largest first.`,
      notDrawn: (count: string) =>
        `${count === '1' ? 'The other partner is' : `The other ${count} partners are`} not drawn; the partners table lists every partner.`,
      highest: (key: string, value: string) => `Highest: ${value} (${key}).`,
      lowest: (key: string, value: string) => `Lowest: ${value} (${key}).`,
      missing: (keys: readonly string[]) => `Not reported: ${keys.join(', ')}.`,
      leftOut: (count: string) =>
        `${count === '1' ? '1 partner did not report this measure and is' : `${count} partners did not report this measure and are`} not shown.`,
      empty: 'No figures to draw.',
      showData: 'Show the figures',
    },
  },
  reportCommand: {
    wrote: (files: readonly string[], directory: string) => `wrote ${listWith('and')(files)} to ${directory}`,
    upToDate: (count: number, directory: string) => `${directory} is up to date (${count} files)`,
    differs: (path: string, line: number | null) => `${path}: differs${line === null ? '' : ` from line ${line}`}`,
    missing: (path: string) => `${path}: missing`,
    notAFile: (path: string) => `${path}: not a file`,
    outOfDate: (count: number, total: number, directory: string) =>
      `${count} of ${total} report files in ${directory} ${plural(count, 'is', 'are')} not what the report command would write now; rerun it without --check to update them`,
    /** What a report was written with, as options: "--lang nb --date 2020-07-01", "no date". */
    settings: (language: Language | null, date: string | null | undefined) =>
      [
        language === null ? null : `--lang ${language}`,
        date === undefined ? null : date === null ? 'no date' : `--date ${date}`,
      ]
        .filter(part => part !== null)
        .join(' and '),
    settingsDiffer: (directory: string, found: string, wanted: string) =>
      `the report in ${directory} was written with ${found}; this check is for ${wanted}`,
    upToDateWith: (directory: string, found: string, wanted: string) =>
      `the report in ${directory} was written with ${found}, and is up to date with them; this check is for ${wanted}, and that is all that differs: check it with the options it was written with (rerunning without --check as now would rewrite it with ${wanted})`,
    outIsFile: (directory: string) => `--out ${directory}: it is a file, not a directory`,
    emptyOut:
      '--out "": an empty name is no directory (an unset variable?); nothing was written; for the current directory, write --out .',
    cannotCreate: (directory: string, reason: string) => `--out ${directory}: cannot create the directory (${reason})`,
    cannotWrite: (directory: string, reason: string) => `--out ${directory}: cannot write there (${reason})`,
    targetIsDirectory: (path: string) => `cannot write ${path}: a directory of that name is in the way`,
    locked: (directory: string, pid: string) =>
      `--out ${directory}: another lup-impact run (process ${pid}) is still writing there; nothing was written (wait for it, or remove ${directory}/.lup-impact.lock if no such run is left)`,
    partlyWritten: (replaced: readonly string[], kept: readonly string[], reason: string) =>
      `writing the report failed while moving the files into place (${reason}): replaced ${replaced.join(', ') || 'none'}; left as they were ${kept.join(', ')}`,
    badDate: (value: string) => `--date ${value}: expected a calendar date as YYYY-MM-DD, such as 2024-05-31`,
    badEpoch: (value: string) =>
      `SOURCE_DATE_EPOCH=${value}: expected whole seconds since 1970-01-01 UTC, such as 1717113600`,
    noChromium: (names: readonly string[]) =>
      `--pdf needs Chromium or Chrome to print report.html, and none is on PATH (looked for ${names.join(', ')}); install one (such as apt-get install chromium), or name it with --chromium PATH; nothing was written`,
    notExecutable: (path: string) => `--chromium ${path}: no such program, or it cannot be run; nothing was written`,
    printFailed: (program: string, detail: string) =>
      `${program} could not print report.pdf (${detail}); nothing was written`,
  },
  check: {
    title: (inputs: string, against: string | null) =>
      `Check of ${inputs}${against === null ? '' : ` against ${against}`}`,
    source: (parts: readonly string[]) => `Targets as published by ${parts.join(', ')}.`,
    heads: { metric: 'Metric', expected: 'Expected', actual: 'Actual', status: 'Status', target: 'Target' },
    status: { met: 'ok', missed: 'MISSED', notReported: 'not reported' },
    tolerance: (percent: string) => `± ${percent} %`,
    allMet: (count: number) => (count === 1 ? 'The target is met.' : `All ${count} targets are met.`),
    missed: (missed: number, total: number) => `${missed} of ${total} ${plural(total, 'target', 'targets')} missed`,
    notReportedNote: 'A measure nobody in the selection reported is not 0: a target on it is missed.',
    noTargets: 'nothing to check: give --expect METRIC=VALUE (repeatable) or --against TARGETS.json',
    malformed: (text: string) =>
      `--expect "${text}": expected METRIC=VALUE, METRIC>=VALUE or METRIC<=VALUE (also < and >), such as jobs>=350`,
    unknownMetric: (metric: string, suggestion: string | null, known: readonly string[]) =>
      `unknown metric "${metric}"${suggestion === null ? '' : ` (did you mean "${suggestion}"?)`}; metrics are ${known.join(', ')}`,
    badValue: (text: string, reason: string) => `value "${text}": ${reason}`,
    notANumber: 'not a number (write it plainly, such as 334000000 or 2987.4)',
    ambiguousNumber:
      'ambiguous: a single comma or dot group could mark thousands or decimals; write the number without grouping, such as 1234 or 1.234',
    badTolerance: (text: string) => `--tolerance ${text}: expected a percentage of 0 or more, such as 1 or 0.5`,
    toleranceWithoutEquals: '--tolerance applies to = targets only, and there is none',
    targets: {
      notFound: (path: string) => `--against ${path}: no such file`,
      unreadable: (path: string) => `--against ${path}: cannot read it`,
      tooLarge: (path: string, mebibytes: number) =>
        `--against ${path}: larger than ${mebibytes} MiB, which no targets file is; nothing checked`,
      invalid: (path: string, count: number) =>
        `${count} ${plural(count, 'problem', 'problems')} in the targets file ${path}; nothing checked`,
      notJson: (reason: string) => `not valid JSON: ${reason}`,
      notObject: 'expected an object with "schema_version", "source" and "targets"',
      schemaVersion: (found: string) => `"schema_version" must be 1 (found ${found})`,
      targetsArray: '"targets" must be a non-empty array of {"metric", "op", "value", "text"}',
      targetObject: 'must be an object with "metric", "op", "value" and optionally "text"',
      unknownKey: (key: string) => `unknown key "${key}" (a target has "metric", "op", "value" and "text")`,
      op: (found: string) => `"op" must be one of =, >=, <=, >, < (found ${found})`,
      valueType:
        '"value" must be a string holding a plain decimal number, such as "334000000" or "2987.4", so that it stays exact',
      valueNumber: (found: string) => `"value" ${found} is not a plain decimal number, such as "334000000" or "2987.4"`,
      text: '"text" must be a string',
      source: '"source" must be an object (publisher, date, title, quote…)',
      metric: '"metric" must be a string',
    },
  },
  init: {
    wrote: (file: string, description: string) =>
      `wrote ${file}: ${description}; replace the two example rows with your records, then check them with: lup-impact validate ${file}`,
    description: 'English column names, comma-delimited, dot decimals, UTF-8',
    exists: (file: string) => `${file} already exists; pass --force to overwrite it`,
    isDirectory: (file: string) => `${file} is a directory; name a file to write the template to`,
    noDirectory: (file: string) => `cannot write ${file}: no such directory`,
    cannotWrite: (file: string) => `cannot write ${file}: permission denied`,
    example: {
      projects: ['EXAMPLE-1', 'EXAMPLE-2'],
      names: ['Example: electric ferry (replace this row)', 'Example: digital home care (replace this row)'],
      partners: ['Example municipality', 'Example municipality|Example county'],
      categories: ['Zero-emission ferries', 'Health and welfare tech'],
      bases: ['realised', 'estimated'],
    },
  },
}

export type Messages = typeof en

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** The tonnes avoided as the CO2e note says them (prose/headline.ts fills it). */
export interface AvoidedRange {
  lower: string
  upper: string
  from: number
  through: number
  lowerExact: string
  upperExact: string
  lowerAssumptions: readonly string[]
  upperAssumptions: readonly string[]
  inForce: string
}

/** Membership as the partners note says it. */
export interface MembersNote {
  members: string
  year: number
  owners: string
  partners: string
  collaborators: string
  named: string
  withoutRecords: readonly string[]
  notMembers: readonly string[]
}

/** "estimated effects", "potential effects, not yet realised", "estimated effects and potential ones not yet realised". */
function otherEffects(others: readonly Basis[]): string {
  const estimated = others.includes('estimated')
  const potential = others.includes('potential')
  if (estimated && potential) return 'estimated effects and potential ones not yet realised'
  return estimated ? 'estimated effects' : 'potential effects not yet realised'
}

/** "2020 kroner, KPI 2015=100": the price basis as tables state it, the same words as JSON's label. */
const priceBasis = priceBasisLabel

export type Noun = 'record' | 'project' | 'partner' | 'error' | 'warning' | 'file' | 'invalid record' | 'more record'

const EN_NOUNS: Record<Noun, readonly [string, string]> = {
  record: ['record', 'records'],
  project: ['project', 'projects'],
  partner: ['partner', 'partners'],
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  file: ['file', 'files'],
  'invalid record': ['invalid record', 'invalid records'],
  'more record': ['more record', 'more records'],
}

/** "1 record", "2 records": a count and its noun in the right number. */
export function count(n: number, noun: Noun, format: (n: number) => string = String): string {
  return `${format(n)} ${EN_NOUNS[noun][n === 1 ? 0 : 1]}`
}
