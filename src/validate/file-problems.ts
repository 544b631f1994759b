// Problems that concern a whole file or a record we could not even read, as located Problems.
import type { Problem } from '../model.js'
import type { Messages } from '../messages.js'
import type { HeaderProblem } from '../read/header.js'
import type { ReadProblem } from '../read/rows.js'

export function problemFromHeader(problem: HeaderProblem, file: string, line: number, messages: Messages): Problem {
  const base = { file, line, severity: 'error' as const }
  switch (problem.kind) {
    case 'missing':
      return { ...base, message: messages.problems.missingColumns(problem.missing, problem.found) }
    case 'no-measure':
      return { ...base, message: messages.problems.noMeasure(problem.found) }
    case 'same-meaning':
      return { ...base, message: messages.problems.sameMeaning(problem.column, problem.names) }
  }
}

export function problemFromRead(problem: ReadProblem, messages: Messages): Problem {
  const base = { file: problem.file, line: problem.line, severity: 'error' as const }
  switch (problem.kind) {
    case 'empty':
      return { ...base, message: messages.problems.emptyFile }
    case 'encoding':
      return { ...base, message: messages.problems.encoding(problem.byteOffset) }
    case 'csv':
      return { ...base, message: messages.problems.csv(problem.code) }
  }
}
