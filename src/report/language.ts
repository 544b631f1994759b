// The language of a report, a check table or a template: `--lang nb|en`, else the locale.
//
// Issue 6 brings a global --lang and the locale default to every command; until it lands, report,
// check and init resolve the language here, the same way (LC_ALL, then LC_MESSAGES, then LANG:
// nb, nn or no → Norwegian; anything else → English). When it lands, this is the one place to
// point at the global setting.
import { InvalidArgumentError } from 'commander'

export const LANGUAGES = ['nb', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

export function parseLanguage(text: string): Language {
  const language = text.trim().toLowerCase()
  if (language === 'nb' || language === 'no' || language === 'nn') return 'nb'
  if (language === 'en') return 'en'
  throw new InvalidArgumentError('expected nb or en.')
}

/** The language the environment asks for; English unless a Norwegian locale is set. */
export function languageFromEnvironment(env: Record<string, string | undefined>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]
    if (value === undefined || value === '') continue
    return /^(nb|nn|no)([_.@-]|$)/i.test(value) ? 'nb' : 'en'
  }
  return 'en'
}

export function resolveLanguage(option: Language | undefined, env: Record<string, string | undefined>): Language {
  return option ?? languageFromEnvironment(env)
}
