import type { Location, Problem } from '../model.js'
import { visible } from '../render/escape.js'

const MAX_VALUE_CHARS = 80

export function formatLocation(location: Location): string {
  return `${location.file}:${location.line}`
}

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

/**
 * A cell as it can be quoted on one line: quotes and backslashes escaped, every invisible or
 * layout-changing character made visible (escape.ts), long values cut.
 */
export function displayValue(value: string): string {
  // Cut between characters, not inside a surrogate pair.
  const cut = MAX_VALUE_CHARS - (/[\ud800-\udbff]/.test(value.charAt(MAX_VALUE_CHARS - 1)) ? 1 : 0)
  const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, cut)}…` : value
  return visible(shown.replace(/["\\]/g, '\\$&'))
}
