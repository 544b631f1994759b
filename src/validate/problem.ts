import type { Location, Problem } from '../model.js'

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

/** A cell as it can be shown on one line: control characters escaped, long values cut. */
export function displayValue(value: string): string {
  const shown = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value
  return shown.replace(/[\u0000-\u001f\u007f"\\]/g, char => {
    if (char === '\n') return '\\n'
    if (char === '\r') return '\\r'
    if (char === '\t') return '\\t'
    if (char === '"') return '\\"'
    if (char === '\\') return '\\\\'
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}
