// Where a row was read, as every message shows it: `file:line` for a text file (the physical line,
// the header being line 1), `file:sheet:row` for a spreadsheet, and `file` alone for line 0: the file
// as a whole (a workbook that cannot be opened). Readers make Locations; this is the
// one place one becomes text, so a new kind of source changes how it is shown here and nowhere else.
import type { Location } from '../model.js'

export function formatLocation(location: Location): string {
  if (location.line === 0 && location.sheet === undefined) return location.file
  return location.sheet === undefined
    ? `${location.file}:${location.line}`
    : `${location.file}:${location.sheet}:${location.line}`
}

/** The source of a location without its line: `file`, or `file:sheet` for a spreadsheet (the --rejects file column). */
export function formatSource(location: Omit<Location, 'line'>): string {
  return location.sheet === undefined ? location.file : `${location.file}:${location.sheet}`
}

/** The location of `line` in the same source (file and sheet) as `source`. */
export function locationIn(source: Omit<Location, 'line'>, line: number): Location {
  return source.sheet === undefined ? { file: source.file, line } : { file: source.file, sheet: source.sheet, line }
}
