// The message catalogue: both languages say everything, and the locale picks one.
import { describe, expect, it } from 'vitest'
import { chooseLanguage } from '../../src/cli.js'
import { en, languageFromEnv, type Messages, messagesFor, parseLanguage } from '../../src/messages/index.js'
import { nb } from '../../src/messages/nb.js'

/** Every key path of a catalogue, with the kind of value and a function's declared arity. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path} function/${value.length}`]
  if (Array.isArray(value)) return [`${path} array/${value.length}`]
  if (value !== null && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap(key => shape((value as Record<string, unknown>)[key], `${path}.${key}`))
  }
  return [`${path} ${typeof value}`]
}

/** Every string a catalogue can produce without arguments, and some with. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(texts)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(texts)
  return []
}

describe('the message catalogue', () => {
  it('has the same keys, kinds and arities in Norwegian and English', () => {
    expect(shape(nb)).toEqual(shape(en))
  })

  it('has a Norwegian text for every English one (no English left in nb)', () => {
    const english = new Set(texts(en))
    const untranslated = texts(nb).filter(text => english.has(text) && /[a-z]{4,} [a-z]{4,}/.test(text))
    expect(untranslated).toEqual([])
  })

  it.each([
    [
      'counts',
      (m: Messages) => m.notes.validated(3, 1, 120, 1),
      '3 errors, 1 warning in 120 records',
      '3 feil, 1 advarsel i 120 poster',
    ],
    [
      'one of a kind',
      (m: Messages) => m.notes.validated(1, 0, 1, 2),
      '1 error, 0 warnings in 1 record (2 files)',
      '1 feil, 0 advarsler i 1 post (2 filer)',
    ],
    ['a missing cell', (m: Messages) => m.problems.missing('project id'), 'missing project id', 'mangler prosjekt-ID'],
  ])('%s', (_name, say, english, norwegian) => {
    expect(say(en)).toBe(english)
    expect(say(nb)).toBe(norwegian)
  })

  it("translates commander's own errors", () => {
    expect(nb.translateCommander("error: unknown option '--fomat'\n(Did you mean --format?)\n")).toBe(
      'feil: ukjent valg «--fomat»\n(Mente du --format?)\n',
    )
    expect(
      nb.translateCommander(
        "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, json.\n",
      ),
    ).toBe('feil: «xml» er ikke en gyldig verdi for «--format <format>». Gyldige verdier er table, json.\n')
    expect(nb.translateCommander("error: option '--from <year>' argument missing\n")).toBe(
      'feil: valget «--from <år>» mangler en verdi\n',
    )
    expect(nb.translateCommander("error: missing required argument 'files'\n")).toBe(
      'feil: mangler argumentet «filer»\n',
    )
    // A value that looks like a placeholder is the user's, and stays as typed.
    expect(nb.translateCommander("error: option '--out <dir>' argument '<file>' is invalid. x\n")).toBe(
      'feil: «<file>» er ikke en gyldig verdi for «--out <mappe>»: x\n',
    )
    expect(en.translateCommander("error: unknown option '--fomat'\n")).toBe("error: unknown option '--fomat'\n")
  })
})

describe('choosing the language', () => {
  it.each([
    [{ LANG: 'nb_NO.UTF-8' }, 'nb'],
    [{ LANG: 'nn_NO.UTF-8' }, 'nb'],
    [{ LANG: 'no_NO' }, 'nb'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'nb_NO.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'nb_NO.UTF-8' }, 'nb'],
    [{ LC_ALL: 'nb_NO.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'nb'],
    [{ LC_ALL: '', LANG: 'nb_NO' }, 'nb'],
    [{ LANG: 'nba' }, 'en'],
    [{ LANG: 'no' }, 'nb'],
    [{ LANG: 'nb_NO.ISO-8859-1' }, 'nb'],
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'POSIX' }, 'en'],
    [{ LANG: '' }, 'en'],
    [{ LANG: 'nb@euro' }, 'nb'],
  ])('%j → %s', (env, language) => expect(languageFromEnv(env)).toBe(language))

  it.each([
    ['nb', 'nb'],
    ['no', 'nb'],
    ['nn', 'nb'],
    ['NB', 'nb'],
    ['nb-NO', 'nb'],
    ['nb_NO', 'nb'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de', undefined],
    ['', undefined],
    ['nbx', undefined],
    ['nb_NO.UTF-8', undefined],
  ])('--lang %j → %s', (value, language) => expect(parseLanguage(value)).toBe(language))

  it('lets --lang win over the locale, in either spelling', () => {
    expect(chooseLanguage(['summarize', 'x.csv', '--lang', 'en'], { LANG: 'nb_NO.UTF-8' })).toBe('en')
    expect(chooseLanguage(['summarize', '--lang=nb', 'x.csv'], { LANG: 'C' })).toBe('nb')
    expect(chooseLanguage(['summarize', 'x.csv'], { LANG: 'nb_NO.UTF-8' })).toBe('nb')
    expect(chooseLanguage(['summarize', 'x.csv', '--lang', 'no'], { LANG: 'C' })).toBe('nb')
    // Not a language: the locale decides, and commander reports the bad value in that language.
    expect(chooseLanguage(['summarize', 'x.csv', '--lang', 'de'], { LANG: 'nb_NO.UTF-8' })).toBe('nb')
    expect(messagesFor('nb')).toBe(nb)
  })
})

describe('lists of names in a sentence stay short', () => {
  const many = Array.from({ length: 10_000 }, (_, index) => `M${index}`)
  const note = {
    members: '36',
    year: 2019,
    owners: '3',
    partners: '33',
    collaborators: '4',
    source: 'members.csv',
    named: '40',
    withoutRecords: many,
    notMembers: many.slice(0, 13),
  }

  it('names twelve members without records, then says how many more', () => {
    expect(en.members.withoutRecords(many)).toBe(
      `10,000 members have no record in the selection: ${many.slice(0, 12).join(', ')} and 9,988 more`,
    )
    expect(nb.members.withoutRecords(many)).toBe(
      `10 000 medlemmer har ingen post i utvalget: ${many.slice(0, 12).join(', ')} og 9 988 til`,
    )
    expect(en.members.withoutRecords(['K'])).toBe('1 member has no record in the selection: K')
  })

  it('in the report too, for members without records and partners who were not members', () => {
    const text = en.report.notes.partnersMembers(note)
    expect(text).toContain(`Members without records in the selection: ${many.slice(0, 12).join(', ')} and 9,988 more.`)
    expect(text).toContain(`were not members: ${many.slice(0, 12).join(', ')} and 1 more.`)
    expect(nb.report.notes.partnersMembers(note)).toContain(`${many.slice(0, 12).join(', ')} og 9 988 til.`)
    expect(text.length).toBeLessThan(1000)
  })

  it('escapes names for the terminal', () => {
    expect(en.members.withoutRecords(['A\u001b[31mB'])).not.toContain('\u001b')
  })
})
