// messages/: every sentence a person reads, one catalogue per language (en.ts, nb.ts, the same
// type), and how numbers are written in each (numbers.ts). Commands get one catalogue, chosen once
// per run from --lang or the locale; nothing else picks a language.
import type { Language } from '../model.js'
import { en, type Messages } from './en.js'
import { nb } from './nb.js'

export type { Language } from '../model.js'
export { LANGUAGES } from '../model.js'
export type { Messages, Noun } from './en.js'
export { count, en } from './en.js'
export { nb } from './nb.js'

export const CATALOGUES: Record<Language, Messages> = { en, nb }

export function messagesFor(language: Language): Messages {
  return CATALOGUES[language]
}

/**
 * A --lang value: nb or en, case aside, with or without a region (nb-NO, en_GB). Norwegian is written
 * in bokmål: `no` (Norwegian) and `nn` (nynorsk, which has no catalogue of its own) give nb, as the
 * locale does. Anything else is undefined.
 */
export function parseLanguage(text: string): Language | undefined {
  const match = /^(nb|nn|no|en)(?:[-_][a-z]{2})?$/i.exec(text.trim())
  if (match === null) return undefined
  return (match[1] as string).toLowerCase() === 'en' ? 'en' : 'nb'
}

/**
 * The language the environment asks for, the way other programs read it:
 * LC_ALL, then LC_MESSAGES, then LANG; Norwegian (nb, nn, no) gives nb, anything else en.
 */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(value => value !== undefined && value !== '') ?? ''
  return /^(nb|nn|no)([_.@-]|$)/i.test(locale) ? 'nb' : 'en'
}
