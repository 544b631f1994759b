// Under a Norwegian locale, the help of every command is Norwegian: no sentence of the English
// catalogue, and none of English's commonest words, outside the examples and the option names.
import { describe, expect, it } from 'vitest'
import { en } from '../../src/messages/index.js'
import { nb } from '../../src/messages/nb.js'
import { runCli } from '../helpers/run-cli.js'

const COMMANDS = ['summarize', 'validate', 'trace', 'report', 'check', 'init', 'completion']
const NORWEGIAN = { LANG: 'nb_NO.UTF-8' }

/** The English catalogue's help texts (and titles, prefixes, option complaints) that nb says differently. */
function englishSentences(): string[] {
  const found: string[] = []
  const walk = (english: unknown, norwegian: unknown): void => {
    if (typeof english === 'function' && typeof norwegian === 'function') {
      // Called with arguments that leave the sentence around them in place: words, or lists of them.
      for (const sample of [
        ['X', 'Y', 'Z'],
        [['X'], ['Y'], ['Z']],
      ]) {
        try {
          const said = [english(...sample), norwegian(...sample)]
          if (typeof said[0] === 'string' && said[0] !== said[1]) walk(said[0], said[1])
          return
        } catch {
          // the other kind of argument, then
        }
      }
    } else if (typeof english === 'string') {
      if (english !== norwegian && /[a-z]{3,} [a-z]{3,}/i.test(english)) found.push(english)
    } else if (english !== null && typeof english === 'object')
      for (const [key, value] of Object.entries(english))
        walk(value, (norwegian as Record<string, unknown> | undefined)?.[key])
  }
  for (const part of ['help', 'options', 'prefix'] as const) walk(en[part], nb[part])
  return found
}

// Names a user types, the same in every language: check's metrics.
const METRICS =
  /\b(jobs|savings_nok|co2e_tonnes|records|projects|partners|first_year|last_year|shared_records)\b(?=[,.]|$)/g

/** The help as prose: without example lines, option names, placeholders, JSON keys, file names and choices. */
function prose(help: string): string {
  return help
    .split('\n')
    .filter(line => !/^\s*\$ /.test(line))
    .join('\n')
    .replace(METRICS, '')
    .replace(/[\w-]+\.(csv|json|md|html)\b/g, '')
    .replace(/(^|[\s(«"])--?[a-z][\w-]*/g, '$1')
    .replace(/<[^>]*>|\[[^\]]*\]|\{[^}]*\}/g, '')
    .replace(/\((verdier|standard): [^)]*\)/g, '')
    .replace(/verdier: [^;)]*/g, '')
}

// Function words of English that are not Norwegian words too ("for", "by", "at", "to" are both).
const ENGLISH_WORDS =
  /\b(the|and|of|is|are|with|from|this|that|each|every|only|write|read|default|values|options|usage|arguments|commands|examples|file|files|records|or|in|not|if|when|into|as|its|print|show|unless)\b/i

describe.each([
  ['the program', ['--help']],
  ...COMMANDS.map(command => [command, [command, '--help']] as [string, string[]]),
  ...COMMANDS.map(command => [`help ${command}`, ['help', command]] as [string, string[]]),
])('LANG=nb_NO.UTF-8 lup-impact %s', (_name, args) => {
  it('is Norwegian throughout', async () => {
    const result = await runCli(args, { env: NORWEGIAN })
    expect(result.exitCode).toBe(0)
    const help = result.stdout
    expect(help).toMatch(/^Bruk: lup-impact/)
    for (const sentence of englishSentences()) expect(help, sentence).not.toContain(sentence)
    const words = prose(help)
      .split('\n')
      .filter(line => ENGLISH_WORDS.test(line))
    expect(words).toEqual([])
  })
})

it('finds English where there is some (the scan is not vacuous)', async () => {
  const result = await runCli(['summarize', '--help'], { env: { LANG: 'C.UTF-8' } })
  expect(englishSentences().filter(sentence => result.stdout.includes(sentence)).length).toBeGreaterThan(5)
  expect(
    prose(result.stdout)
      .split('\n')
      .filter(line => ENGLISH_WORDS.test(line)).length,
  ).toBeGreaterThan(10)
})

describe('Norwegian errors from commander and the commands', () => {
  it.each([
    [['summarize'], 'feil: mangler argumentet «filer»'],
    [['summarize', 'data/lup-sample.csv', '--formt', 'json'], 'feil: ukjent valg «--formt»\n(Mente du --format?)'],
    [['sumarize'], 'feil: ukjent kommando «sumarize»\n(Mente du summarize?)'],
    [['summarize', 'data/lup-sample.csv', '--from'], 'feil: valget «--from <år>» mangler en verdi'],
    [['trace', 'data/lup-sample.csv'], 'feil: valget «--metric <måltall>» må oppgis'],
    [['completion', 'bash', 'zsh'], 'feil: for mange argumenter til «completion»: ventet 1, fikk 2.'],
    [['summarize', 'data/lup-sample.csv', '--lang', 'de'], 'feil: «de» er ikke en gyldig verdi for «--lang <språk>»'],
    [['check', 'data/lup-sample.csv', '--expect', 'jobs=351'], 'feil: 1 av 1 mål er ikke nådd'],
  ])('%j', async (args, expected) => {
    const result = await runCli(args, { env: NORWEGIAN })
    expect(result.stderr).toContain(expected)
    expect(result.stderr).not.toMatch(/\berror\b/)
  })
})
