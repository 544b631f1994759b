import { displayValue } from '../messages/display.js'
import type { Problem } from '../model.js'
import { formatLocation } from '../read/location.js'

/** The words around a problem's message, in the language of the run. */
export interface ProblemWords {
  warning: string
  column: string
  value: string
}

const ENGLISH: ProblemWords = { warning: 'warning', column: 'column', value: 'value' }

/** `FILE:LINE: column "NAME": message (value "…")` */
export function formatProblem(problem: Problem, words: ProblemWords = ENGLISH): string {
  const prefix = problem.severity === 'warning' ? `${words.warning}: ` : ''
  return `${formatLocation(problem)}: ${prefix}${formatReason(problem, words)}`
}

/** The problem without its location: `column "NAME": message (value "…")`. */
export function formatReason(problem: Problem, words: ProblemWords = ENGLISH): string {
  const column = problem.column === undefined ? '' : `${words.column} "${problem.column}": `
  const value = problem.value === undefined ? '' : ` (${words.value} "${displayValue(problem.value)}")`
  return `${column}${problem.message}${value}`
}
