// Norsk bokmål: the same catalogue as `en` in messages.ts, sentence for sentence.
// TypeScript holds the two to the same shape; test/messages.test.ts holds them to the same keys.
import type { AmountProblem } from './validate/number.js'
import type { Basis, ConstantPrices, DecimalConvention, PriceIndex } from './model.js'
import { grouped, type KeyKind, type Language, type Messages, type Noun } from './messages.js'
import { displayValue } from './validate/problem.js'

const NOUNS: Record<Noun, readonly [string, string]> = {
  record: ['post', 'poster'],
  project: ['prosjekt', 'prosjekter'],
  partner: ['partner', 'partnere'],
  error: ['feil', 'feil'],
  warning: ['advarsel', 'advarsler'],
  file: ['fil', 'filer'],
  'invalid record': ['ugyldig post', 'ugyldige poster'],
  'more record': ['post til', 'poster til'],
}

function count(n: number, noun: Noun, format: (n: number) => string = String): string {
  return `${format(n)} ${NOUNS[noun][n === 1 ? 0 : 1]}`
}

const BASIS: Record<Basis, string> = { realised: 'realisert', estimated: 'estimert', potential: 'potensiell' }
const decimalName = (convention: DecimalConvention): string =>
  convention === 'comma' ? 'desimalkomma' : 'desimalpunktum'
const otherDecimal = (convention: DecimalConvention): DecimalConvention => (convention === 'comma' ? 'dot' : 'comma')
const list = (items: readonly string[]): string => items.map(item => `«${item}»`).join(', ')
const SHOWN_NAMES = 12
const names = (items: readonly string[]): string =>
  list(items.slice(0, SHOWN_NAMES).map(displayValue)) +
  (items.length > SHOWN_NAMES ? ` og ${items.length - SHOWN_NAMES} til` : '')
const indexName = (index: PriceIndex): string =>
  index.builtIn ? `den medfølgende indeksen ${index.source}` : index.source
const coverageYears = (index: PriceIndex): string => {
  const years = [...index.levels.keys()]
  return years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`
}

function priceBasis(prices: ConstantPrices): string {
  const { index } = prices
  if (index.builtIn) return `${prices.year}-kroner, KPI ${index.referenceYear ?? 2015}=100`
  return `${prices.year}-kroner, indeks ${index.source}${index.referenceYear === null ? '' : ` ${index.referenceYear}=100`}`
}

const MISSING: Record<string, string> = { 'project id': 'prosjekt-ID', year: 'år', partner: 'partner' }

// Commander writes its own errors in English; these are the ones a user meets.
const COMMANDER: [RegExp, string][] = [
  [/^error: unknown option '(.+)'/m, 'feil: ukjent valg «$1»'],
  [/^error: unknown command '(.+)'/m, 'feil: ukjent kommando «$1»'],
  [/^error: missing required argument '(.+)'/m, 'feil: mangler argumentet «$1»'],
  [/^error: required option '(.+)' not specified/m, 'feil: valget «$1» må oppgis'],
  [/^error: option '(.+)' argument missing/m, 'feil: valget «$1» mangler en verdi'],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\./m,
    'feil: «$2» er ikke en gyldig verdi for «$1». Gyldige verdier er $3.',
  ],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.*)/m, 'feil: «$2» er ikke en gyldig verdi for «$1»: $3'],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. (.*)/m,
    'feil: «$1» er ikke en gyldig verdi for argumentet «$2»: $3',
  ],
  [
    /^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\./m,
    'feil: for mange argumenter til «$1»: ventet $2, fikk $3.',
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./m,
    'feil: for mange argumenter: ventet $1, fikk $2.',
  ],
  [/\(Did you mean (.+)\?\)/, '(Mente du $1?)'],
  [/^error: /m, 'feil: '],
]

const KEY_NAMES: Record<KeyKind, string> = {
  partner: 'partneren',
  project: 'prosjekt-ID-en',
  category: 'kategorien',
  'partner-set': 'partnerkombinasjonen',
  group: 'raden',
}
const KEY_PLURALS: Record<KeyKind, string> = {
  partner: 'partnere',
  project: 'prosjekt-ID-er',
  category: 'kategorier',
  'partner-set': 'kombinasjoner av partnere',
  group: 'rader i én gruppering',
}
const SYSTEM_REASONS: Record<string, string> = {
  ENOSPC: 'ingen plass igjen på enheten',
  EDQUOT: 'diskkvoten er brukt opp',
  EROFS: 'skrivebeskyttet filsystem',
  EIO: 'inn/ut-feil',
  EFBIG: 'filen er for stor',
  ENOENT: 'filen eller mappen finnes ikke',
  EACCES: 'ingen tilgang',
  EPERM: 'operasjonen er ikke tillatt',
  ENOTDIR: 'ikke en mappe',
  EISDIR: 'er en mappe',
  EMFILE: 'for mange åpne filer',
  ENFILE: 'for mange åpne filer i systemet',
  ENOMEM: 'tomt for minne',
  EAGAIN: 'ressursen er midlertidig utilgjengelig',
}

export const nb: Messages = {
  language: 'nb' as Language,
  prefix: { error: 'feil', warning: 'advarsel', column: 'kolonne', value: 'verdi' },
  units: {
    money: (number: string) => `${number} kr`,
    tonnes: (number: string) => `${number} t`,
  },
  labels: {
    title: 'LUP-effekter, oppsummert',
    totals: 'Totalt',
    by: (dimensions: readonly string[]) => `Per ${dimensions.join(' og ')}`,
    measure: 'Måltall',
    total: 'Sum',
    reportedBy: 'Rapportert av',
    records: 'Poster',
    projects: 'Prosjekter',
    partners: 'Partnere',
    years: 'År',
    dimension: { year: 'År', partner: 'Partner', category: 'Kategori', project: 'Prosjekt', basis: 'Grunnlag' },
    measures: ['Arbeidsplasser (årsverk)', 'Besparelse (kr)', 'CO2e-kutt (t/år)'],
    continued: (title: string) => `${title} (fortsatt)`,
    noCategory: '(uten kategori)',
    notReported: '–',
    all: (n: number, noun: Noun) => (n === 1 ? `den eneste ${NOUNS[noun][0]}` : `alle ${count(n, noun)}`),
    of: (part: number, whole: number, noun: Noun) => `${part} av ${count(whole, noun)}`,
    nobody: 'ikke rapportert',
    inputs: (paths: readonly string[]) => (paths.length === 1 ? (paths[0] as string) : `${paths.length} filer`),
    overview: (
      counts: { records: number; projects: number; partners: number },
      years: string,
      format: (n: number) => string,
    ) =>
      `${count(counts.records, 'record', format)}, ${count(counts.projects, 'project', format)}, ${count(counts.partners, 'partner', format)}, ${years}`,
    noRecords: 'ingen poster',
    filters: (parts: readonly string[]) => `Utvalg: ${parts.join('; ')}`,
    filterYears: (from: number | null, to: number | null) =>
      from !== null && from === to
        ? `året ${from}`
        : from !== null && to !== null
          ? `årene ${from}–${to}`
          : from !== null
            ? `fra ${from}`
            : `til ${to}`,
    filterPartners: (partners: readonly string[]) => `partner ${partners.join(', ')}`,
    filterCategories: (categories: readonly string[]) => `kategori ${categories.join(', ')}`,
    filterBases: (bases: readonly Basis[]) => `grunnlag ${bases.map(basis => BASIS[basis]).join(', ')}`,
    splitNote: 'Delte poster er fordelt likt på partnerne sine, så partnerradene summerer seg nøyaktig til totalen.',
    fullNote: (shared: number) =>
      `Hver partner får hele verdien av delte poster, så partnerradene overlapper og summerer seg til mer enn totalen (${count(shared, 'record')} delt av flere partnere; se avstemmingen under).`,
    reconciliation: {
      title: 'Partnerradene mot totalen',
      head: 'Full kreditering',
      sumOverPartners: 'Sum over partnere',
      total: 'Total (hver post én gang)',
      difference: 'Differanse',
      note: (shared: number) =>
        shared === 0
          ? 'Ingen post i utvalget er delt av flere partnere, så partnerradene summerer seg nøyaktig til totalen.'
          : `Differansen skyldes ${count(shared, 'record')} delt av flere partnere, telt én gang ekstra for hver partner utover den første.`,
    },
    basisNames: { realised: 'Realisert', estimated: 'Estimert', potential: 'Potensiell' },
    oneBasis: (basis: Basis) =>
      basis === 'realised'
        ? 'Alle tall bygger på realiserte poster.'
        : `Alle tall bygger på ${BASIS[basis]}e poster, ingen på realiserte.`,
    basisNote:
      'Realisert, estimert og potensiell (ennå ikke realisert) viser hvor mye av hver total som bygger på poster med det grunnlaget; --basis tar bare med de typene du nevner.',
    flags: { estimated: 'e', potential: 'p', incomplete: 'i' },
    flagsNote: (shown: { estimated: boolean; potential: boolean; incomplete: boolean }) => {
      const parts: string[] = []
      if (shown.estimated) parts.push('e inneholder estimerte tall')
      if (shown.potential) parts.push('p inneholder potensielle effekter, ennå ikke realisert')
      if (shown.incomplete)
        parts.push(
          'i ikke rapportert av alle postene i raden (arbeidsplasser og besparelse; CO2e rapporteres én gang per prosjekt)',
        )
      return `Merker: ${parts.join('; ')}.`
    },
    overTime: {
      title: 'Akkumulert per år',
      jobs: 'Arbeidsplasser hittil (årsverk)',
      savings: 'Besparelse hittil (kr)',
      co2eInForce: 'CO2e-kutt i kraft (t/år)',
      co2eAvoided: 'CO2e unngått hittil (t)',
      note: 'Akkumuleringen starter i det første året i utvalget. Et CO2e-kutt varer når det først har trådt i kraft: det unngår den årlige mengden hvert år fra året det trådte i kraft, regnet som et helt år, til og med radens år, også i år uten poster.',
    },
    prices: (prices: ConstantPrices) => `Priser: ${priceBasis(prices)}`,
    savingsIn: (year: number) => `Besparelse (${year}-kr)`,
    savingsToDateIn: (year: number) => `Besparelse hittil (${year}-kr)`,
    realNote: (prices: ConstantPrices) =>
      `Besparelsene er i ${priceBasis(prices)}: hvert års besparelse × indeksen for ${prices.year} / indeksen for det året, eksakt, deretter avrundet til øre; radene avrundes samlet slik at de summerer seg nøyaktig til totalen (hver innenfor 1 øre av sin eksakte verdi).`,
    trace: {
      title: (measure: string) => `Sporing av ${measure}`,
      record: 'Post',
      project: 'Prosjekt',
      partners: 'Partnere',
      share: 'Andel',
      amount: 'Beløp',
      counted: 'Medregnet',
      full: 'hel',
      sum: (traced: number, sum: string) => `Sum av ${count(traced, 'record')}: ${sum}`,
      nothing: (metric: string) =>
        `Ingen post i utvalget rapporterte ${metric}; tallet er ikke rapportert (–), ikke 0.`,
      unreported: (records: number, metric: string) =>
        `${count(records, 'more record')} i utvalget rapporterte ikke ${metric}; ${records === 1 ? 'den legger' : 'de legger'} ikke til noe.`,
      equalsSummary:
        'Dette er tallet summarize skriver for de samme filene og valgene: totalen, og den tilsvarende raden i tabellen per år, per partner eller per kategori.',
      splitShares:
        'Andel: de krediterte partnernes del av en delt post, fordelt likt ned til minste enhet; Medregnet er det posten legger til tallet.',
      fullShares: 'Hver kreditert partner teller en delt post fullt ut (--attribution full).',
    },
    co2eNote: 'CO2e er et kutt i årlige utslipp (tonn per år), regnet i året det trådte i kraft.',
    skippedNote: (skipped: number) => `${count(skipped, 'invalid record')} utelatt (--skip-invalid).`,
  },
  problems: {
    fieldCount: (expected: number, found: number) => `ventet ${expected} felt som i overskriftsraden, fant ${found}`,
    missing: (what: string) => `mangler ${MISSING[what] ?? what}`,
    notAYear: 'ikke et årstall (ventet fire sifre, som 2016)',
    emptyPartner: 'tomt partnernavn i listen (partnere skilles med «|»)',
    partnerTwice: (partner: string) => `partneren «${partner}» står to ganger`,
    negativeJobs: 'antall arbeidsplasser kan ikke være negativt',
    unknownBasis: 'ukjent grunnlag (ventet realisert, estimert eller potensiell; tomt betyr realisert)',
    amount: (reason: AmountProblem, convention: DecimalConvention | 'auto', decidedAt?: string): string => {
      const decided = decidedAt === undefined ? '' : ` (bestemt av ${decidedAt})`
      switch (reason) {
        case 'malformed':
          return convention === 'auto' ? 'ikke et tall' : `ikke et tall med ${decimalName(convention)}${decided}`
        case 'ambiguous-grouping': {
          const c = convention === 'auto' ? 'comma' : convention
          const mark = c === 'comma' ? 'punktum' : 'komma'
          return `tvetydig med ${decimalName(c)}${decided}: én enkelt gruppe etter ${mark} kan være tusenskille eller desimaler; skriv tallet uten ${mark}, eller bruk --decimal ${otherDecimal(c)} hvis filen har ${decimalName(otherDecimal(c))}`
        }
        case 'wrong-decimal-separator': {
          const c = convention === 'auto' ? 'comma' : convention
          return `leses som et tall med ${decimalName(otherDecimal(c))}, men denne filen bruker ${decimalName(c)}${decided}; bruk --decimal ${otherDecimal(c)} hvis filen har ${decimalName(otherDecimal(c))}`
        }
        case 'undecided':
          return 'tvetydig: verdien kan bruke både «,» og «.» som desimaltegn, og ingen tidligere verdi i filen avgjør det; bruk --decimal comma eller --decimal dot'
        case 'scientific':
          return 'vitenskapelig notasjon er ikke eksakt; formater kolonnen som et vanlig tall'
        case 'currency-not-allowed':
          return 'valuta («kr», «NOK») er bare tillatt i savings_nok'
        case 'too-long':
          return 'tallet er for langt'
      }
    },
    duplicate: (earlier: string) =>
      `duplikat av ${earlier} (samme project_id, år og partnere); bruk --allow-duplicates hvis begge er ment`,
    co2eRepeated: (project: string, earlier: string) =>
      `prosjektet «${project}» rapporterte allerede et CO2e-kutt i ${earlier}; co2e_tonnes er en årlig mengde som føres én gang, i året kuttet trådte i kraft, så å telle den igjen overdriver kuttet`,
    emptyFile: 'ingen overskriftsrad: filen er tom eller har bare blanke linjer',
    nul: 'et NUL-tegn: dette er binærdata, ikke CSV-tekst; resten av filen ble ikke lest',
    mixedEncodings:
      'UTF-8-tekst etter Windows-1252-tekst: filen blander tegnkodinger; konverter den til én, eller bruk --encoding for å velge hvordan den leses',
    surrogate:
      'ikke gyldig UTF-8: et kodet UTF-16-surrogat (filen er skrevet som CESU-8 eller Javas modifiserte UTF-8); konverter den til UTF-8',
    tooManyKeys: (kind: KeyKind, limit: number) =>
      `mer enn ${grouped(limit, ' ')} ulike ${KEY_PLURALS[kind]}: lup-impact holder hver av dem i minnet, og stopper her i stedet for å gå tom for det; del opp inndataene, eller sjekk at kolonnen inneholder det den skal`,
    spelling: (kind: KeyKind, spelling: string, first: string, at: string) =>
      `${KEY_NAMES[kind]} «${spelling}» er skrevet «${first}» i ${at}; telt som én, vist som «${first}»`,
    yearSpan: (year: number, other: number, at: string, limit: number) =>
      `året ${year} ligger mer enn ${limit} år fra ${other} (${at}); et datasett spenner over høyst ${limit} år (feilskrevet år?)`,
    missingColumns: (missing: readonly string[], found: readonly string[], delimiterHint: string | undefined) =>
      `mangler ${missing.length > 1 ? 'de påkrevde kolonnene' : 'den påkrevde kolonnen'} ${list(missing)}; fant ${found.length > 0 ? names(found) : 'ingen kolonnenavn'}; ventet project_id, year, partner og minst én av jobs, savings_nok, co2e_tonnes (eller de norske navnene)${delimiterHint === undefined ? '' : `; overskriftsraden ser ut til å være delt med ${delimiterHint}, sjekk --delimiter`}`,
    noMeasure: (found: readonly string[]) =>
      `ingen kolonne med måltall; fant ${names(found)}; ventet minst én av jobs, savings_nok, co2e_tonnes (eller de norske navnene)`,
    sameMeaning: (column: string, pair: readonly [string, string]) =>
      `kolonnene «${pair[0]}» og «${pair[1]}» betyr begge ${column}; behold én`,
    csv: (code: string) => {
      switch (code) {
        case 'CSV_QUOTE_NOT_CLOSED':
          return 'et felt i anførselstegn lukkes aldri (en " uten avsluttende "), så resten av filen ble lest som en del av det'
        case 'CSV_INVALID_CLOSING_QUOTE':
          return 'uventet tekst etter et avsluttende anførselstegn'
        case 'CSV_MAX_RECORD_SIZE':
          return 'posten er for stor (over 1 000 000 tegn); resten av filen ble ikke lest'
        default:
          return 'ugyldig CSV-post'
      }
    },
    binary: (guess: 'binary' | 'utf-16le' | 'utf-16be') =>
      guess === 'binary'
        ? 'binærdata, ikke en CSV-tekstfil'
        : `dette ser ut som UTF-16 ${guess === 'utf-16le' ? 'little-endian' : 'big-endian'}-tekst uten byte-rekkefølgemerke (BOM); bruk --encoding ${guess}`,
    encoding: (byteOffset: number, forced: boolean) =>
      forced
        ? `ikke gyldig UTF-8 (byte ${byteOffset}); kommer filen fra Excel, er den trolig Windows-1252: bruk --encoding windows-1252, eller utelat --encoding for å oppdage det`
        : `ikke gyldig UTF-8 (byte ${byteOffset}), selv om teksten før var det: filen blander tegnkodinger; konverter den til én, eller bruk --encoding for å velge hvordan den leses`,
  },
  options: {
    unknownBasis: (value: string) =>
      `ukjent grunnlag «${value}»; ventet realisert, estimert eller potensiell (eller realised, estimated, potential).`,
    yearWithRange: 'oppgi --year eller --from/--to, ikke begge',
    fromAfterTo: (from: number, to: number) => `--from ${from} er etter --to ${to}`,
    fourDigitYear: 'ventet et firesifret årstall, som 2016.',
    unknownDimension: (name: string, known: readonly string[]) =>
      `ukjent dimensjon «${name}»; ventet ${known.join(', ')} eller et par som year,partner.`,
    dimensionTwice: (text: string) => `«${text}» nevner en dimensjon to ganger.`,
    delimiterValues: 'ventet «,», «;» eller «tab».',
    encodingValues: (known: readonly string[]) => `ventet én av ${known.join(', ')} (eller cp1252).`,
    shellValues: 'ventet bash eller zsh.',
    languageValues: 'ventet nb eller en.',
  },
  errors: {
    cannotRead: (path: string, reason: string) =>
      `kan ikke lese «${path}»: ${reason === 'missing' ? 'filen finnes ikke' : reason === 'directory' ? 'det er en mappe' : reason === 'denied' ? 'ingen tilgang' : reason}`,
    cannotWrite: (path: string, reason: 'missing-directory' | 'directory' | 'denied' | { notDirectory: string }) =>
      `kan ikke skrive «${path}»: ${reason === 'missing-directory' ? 'mappen finnes ikke' : reason === 'directory' ? 'det er en mappe' : reason === 'denied' ? 'ingen tilgang' : `${reason.notDirectory} er ikke en mappe`}`,
    stdinTwice: 'standard inn («-») kan bare leses én gang',
    inputRole: (path: string) => `inndatafilen «${path}»`,
    optionRole: (option: string, path: string) => `${option} «${path}»`,
    stdinRole: 'standard inn («-»)',
    stdoutRole: 'standard ut',
    sameFile: (first: string, second: string) =>
      `${first} er samme fil som ${second}; en utdatafil kan ikke skrive over en inndatafil eller en annen utdatafil, så ingenting ble lest eller skrevet`,
    givenTwice: (first: string, second: string) =>
      `${first} og ${second} er samme fil, oppgitt to ganger (postene ville telt dobbelt); oppgi hver fil én gang`,
    writeFailed: (path: string, reason: string) => `kan ikke skrive «${path}»: ${reason}`,
    systemFailed: (call: string, path: string | null, reason: string) =>
      `${path === null ? call : `${call} «${path}»`} mislyktes: ${reason}`,
    systemReason: (code: string): string => SYSTEM_REASONS[code] ?? code,
    decidedBy: (location: string) => `verdien i ${location}`,
  },
  help: {
    program: 'Eksakte effekttall for programmer for innovative offentlige anskaffelser, fra CSV-poster.',
    choices: (values: readonly string[]) => `verdier: ${values.join(', ')}`,
    defaultValue: (value: string) => `standard: ${value}`,
    examples: 'Eksempler:',
    titles: {
      'Usage:': 'Bruk:',
      'Arguments:': 'Argumenter:',
      'Options:': 'Valg:',
      'Commands:': 'Kommandoer:',
      'Global Options:': 'Felles valg:',
    },
    version: 'skriv ut versjonen',
    help: 'vis hjelp',
    helpCommand: 'vis hjelp for en kommando',
    files: 'CSV-filer, lest som ett datasett («-» leser standard inn)',
    summarize: 'eksakte totaler og grupperinger av effektposter (per år og per partner om ikke --by sier noe annet)',
    validate: 'list opp alle problemer i inndataene, hvert med fil og linje, og så en oppsummering på én linje',
    validateAfter:
      'Rapporten er kommandoens data, så den går til standard ut; avslutningskoden er 1 hvis det finnes feil.',
    validateFormat: 'text, eller json: en liste av {file, line, column, value, message, severity}',
    completion: 'skriv ut et skript for fullføring i skallet (bash eller zsh)',
    shell: 'bash eller zsh',
    decimal: 'desimaltegn i inndataene (standard: komma for «;»-filer, punktum for «,»-filer)',
    delimiter: 'feltskille: «,» «;» eller tab (standard: oppdages fra overskriftsraden)',
    encoding: (known: readonly string[]) => `tegnkoding: ${known.join(', ')} (standard: oppdages)`,
    allowDuplicates: 'godta flere poster med samme project_id, år og partnere',
    strict: 'regn et CO2e-kutt som ett prosjekt rapporterer i flere år, som en feil',
    skipInvalid: 'oppsummer de gyldige postene og tell det som ble utelatt, i stedet for å feile',
    rejects: 'skriv hver avvist rad, urørt, med fil, linje og årsak til denne CSV-filen (gir --skip-invalid)',
    from: 'bare poster fra og med dette året',
    to: 'bare poster til og med dette året',
    partner: 'bare denne partneren (kan gjentas); delte poster teller med partnerens andel',
    category: 'bare denne kategorien (kan gjentas)',
    by: 'grupper per year, partner, category, project, basis, eller et par som year,partner (kan gjentas; standard: year, så partner)',
    attribution: 'krediter delte poster fordelt likt (split) eller fullt ut (full) til hver partner',
    format: 'utdataformat (standard: fra filendelsen til -o, ellers table)',
    output: 'skriv til denne filen (atomisk) i stedet for standard ut',
    noColor: 'aldri farger i utdataene',
    quiet: 'ingen advarsler eller merknader, bare feil',
    verbose: 'vis også merknader, som ignorerte kolonner',
    debug: 'vis stakken ved en intern feil',
    lang: 'språk for teksten: nb eller en (standard: fra LC_ALL, LC_MESSAGES eller LANG)',
    basis: 'bare poster med dette grunnlaget: realisert, estimert eller potensiell (kan gjentas; engelske navn godtas)',
    real: 'uttrykk besparelser i kroneverdien for dette året med konsumprisindeksen (KPI 2015=100 om ikke --cpi)',
    cpi: 'prisindeks som CSV (kolonner for år og indeks) til bruk med --real i stedet for SSB-serien som følger med',
    metric: 'måltallet som skal spores',
    year: 'bare poster fra dette året (det samme som --from ÅR --to ÅR)',
    traceDescription: 'list opp postene bak ett tall (fil:linje, prosjekt, andel, beløp) og summen av dem',
    traceFiles: 'CSV-filer, lest som ett datasett («-» leser standard inn)',
  },
  translateCommander: (text: string): string =>
    COMMANDER.reduce((translated, [pattern, replacement]) => translated.replace(pattern, replacement), text),
  prices: {
    columns: (found: readonly string[]) =>
      `en prisindeks trenger en årskolonne (year, år) og en indekskolonne (kpi, cpi, index eller indeks); fant ${found.length > 0 ? names(found) : 'ingen kolonnenavn'}`,
    missingLevel: 'mangler indeksnivå',
    notPositive: 'et indeksnivå må være positivt',
    duplicateYear: (year: number, earlier: string) => `året ${year} står to ganger (først i ${earlier})`,
    noLevels: 'ingen indeksnivåer (filen har ingen rader under overskriftsraden)',
    targetMissing: (year: number, index: PriceIndex) =>
      `--real ${year}: ${indexName(index)} har ingen indeks for ${year} (den dekker ${coverageYears(index)}); bruk --cpi FIL med en serie som har ${year}`,
    recordYearMissing: (year: number, prices: ConstantPrices) =>
      `ingen konsumprisindeks for ${year} i ${indexName(prices.index)} (den dekker ${coverageYears(prices.index)}), så besparelser i ${year} kan ikke uttrykkes i ${prices.year}-kroner; bruk --cpi FIL med en serie som har ${year}`,
    cpiWithoutReal: '--cpi krever --real ÅR (året hvis kroneverdi besparelsene uttrykkes i)',
    cpiFromStdin: '--cpi krever en fil; standard inn («-») er for postene',
    failed: (errors: number, source: string) =>
      `${count(errors, 'error')} i prisindeksen ${source}; ingenting beregnet`,
  },
  notes: {
    unknownColumns: (file: string, columns: readonly string[]) =>
      `${file}: ignorerer ${columns.length > 1 ? 'de ukjente kolonnene' : 'den ukjente kolonnen'} ${list(columns)}`,
    failed: (errors: number, warnings: number, records: number) =>
      `${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''} i ${count(records, 'record')}; ingenting oppsummert (bruk --skip-invalid for å oppsummere de gyldige postene)`,
    unreadable: (errors: number) => `${count(errors, 'error')} i inndatafilene; ingenting oppsummert`,
    unreadableTrace: (errors: number) => `${count(errors, 'error')} i inndatafilene; ingenting sporet`,
    failedTrace: (errors: number, warnings: number, records: number) =>
      `${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''} i ${count(records, 'record')}; ingenting sporet (bruk --skip-invalid for å spore de gyldige postene)`,
    skipped: (skipped: number, rejects?: string) =>
      `hoppet over ${count(skipped, 'invalid record')}; tallene utelater ${skipped === 1 ? 'den' : 'dem'}${rejects === undefined ? '' : ` (skrevet til ${rejects})`}`,
    validated: (errors: number, warnings: number, records: number, files: number) =>
      `${errors + warnings === 0 ? 'ingen problemer' : `${count(errors, 'error')}, ${count(warnings, 'warning')}`} i ${count(records, 'record')}${files > 1 ? ` (${files} filer)` : ''}`,
    progress: (rows: string, rate: string) => `leser: ${rows} rader (${rate} rader/s)`,
    noMatch: (option: string, value: string) => `ingen post passer til ${option} «${value}»`,
    notShown: (file: string, errors: number, warnings: number, limit: number) =>
      `${file}: ${count(errors, 'error')} og ${count(warnings, 'warning')} til, ikke vist (de første ${limit} problemene i en fil skrives ut); lup-impact validate viser alle, og --rejects FIL tar vare på hver avviste rad`,
  },
  internalError: (message: string) =>
    `intern feil: ${message}\nDette er en feil i lup-impact. Kjør på nytt med --debug for å se hvor den oppsto, og meld fra om den.`,
}
