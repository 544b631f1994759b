// Problems that concern a whole file or a record we could not even read, as located Problems.
import type { Location, Problem } from '../model.js'
import { locationIn } from '../read/location.js'
import type { Messages } from '../messages/index.js'
import { COLUMN_ALIASES, type CanonicalColumn, type HeaderProblem, MEASURE_COLUMNS } from '../read/header.js'
import type { ReadProblem } from '../read/reader.js'

/** A problem with the header found at `at`. */
export function problemFromHeader(problem: HeaderProblem, at: Location, messages: Messages): Problem {
  const base = { ...locationIn(at, at.line), severity: 'error' as const }
  switch (problem.kind) {
    case 'missing':
      return {
        ...base,
        message: messages.problems.missingColumns(
          problem.missing,
          problem.found,
          delimiterHint(problem.found),
          acceptedNames(problem.missing),
        ),
      }
    case 'no-measure':
      return { ...base, message: messages.problems.noMeasure(problem.found, acceptedNames(MEASURE_COLUMNS)) }
    case 'same-meaning':
      return { ...base, message: messages.problems.sameMeaning(problem.column, problem.names) }
  }
}

/** Each column with the names it is also read from, as the error lists them. */
const acceptedNames = (columns: readonly CanonicalColumn[]): [string, readonly string[]][] =>
  columns.map(column => [column, COLUMN_ALIASES[column]])

export function problemFromRead(problem: ReadProblem, messages: Messages): Problem {
  const base = { ...locationIn(problem, problem.line), severity: 'error' as const }
  switch (problem.kind) {
    case 'empty':
      return {
        ...base,
        message: problem.sheet === undefined ? messages.problems.emptyFile : messages.problems.emptySheet,
      }
    case 'encoding':
      return {
        ...base,
        message:
          problem.problem === 'mixed'
            ? messages.problems.mixedEncodings
            : problem.problem === 'surrogate'
              ? messages.problems.surrogate
              : messages.problems.encoding(problem.byteOffset, problem.forced),
      }
    case 'nul':
      return { ...base, message: messages.problems.nul }
    case 'csv':
      return { ...base, message: messages.problems.csv(problem.code) }
    case 'binary':
      return { ...base, message: messages.problems.binary(problem.guess) }
    case 'spreadsheet':
      return { ...base, message: messages.spreadsheet.file(problem.problem, problem.detail, problem.sheets) }
  }
}

/** One column whose name holds another delimiter: the file was probably split on the wrong one. */
function delimiterHint(found: readonly string[]): string | undefined {
  if (found.length !== 1) return undefined
  const name = found[0] as string
  if (name.includes(';')) return '";"'
  if (name.includes('\t')) return 'tab'
  if (name.includes(',')) return '","'
  return undefined
}
