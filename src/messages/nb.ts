// Norsk bokmål: the same catalogue as `en` (en.ts), sentence for sentence.
// TypeScript holds the two to the same shape; test/messages/messages.test.ts holds them to the same keys.
import type {
  AmountProblem,
  AvoidedAssumption,
  Basis,
  ConstantPrices,
  DecimalConvention,
  KeyKind,
  Language,
  PriceIndex,
  SpreadsheetProblem,
} from '../model.js'
import { displayValue } from './display.js'
import {
  type AvoidedRange,
  type ColumnNames,
  listWith,
  type MembersNote,
  type Messages,
  type Noun,
  plural,
  yearSpan,
} from './en.js'
import { formatCount, NUMBER_STYLES } from './numbers.js'

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
/** Navn på medlemmer eller partnere i en setning: noen få, så hvor mange til (en liste på 10 000 hjelper ingen). */
const someNames = (items: readonly string[], shown = SHOWN_NAMES): string =>
  items.slice(0, shown).join(', ') +
  (items.length > shown ? ` og ${formatCount(items.length - shown, NUMBER_STYLES.nb)} til` : '')
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

/** The words in angle or square brackets of usage lines and option terms ("<file>", "[options]"). */
const TERMS: Record<string, string> = {
  options: 'valg',
  command: 'kommando',
  files: 'filer',
  file: 'fil',
  shell: 'skall',
  mark: 'tegn',
  char: 'tegn',
  name: 'navn',
  year: 'år',
  kind: 'type',
  dimensions: 'dimensjoner',
  rule: 'regel',
  format: 'format',
  language: 'språk',
  measure: 'måltall',
  dir: 'mappe',
  'yyyy-mm-dd': 'åååå-mm-dd',
  target: 'mål',
  'targets.json': 'målfil.json',
  percent: 'prosent',
}

/** "summarize [options] <files...>" → "summarize [valg] <filer...>"; other text is left as it is. */
function translateTerms(text: string): string {
  return text.replace(
    /([<[])([a-z][a-z.-]*?)(\.\.\.)?([>\]])/g,
    (whole, open: string, word: string, more: string | undefined, close: string) =>
      TERMS[word] === undefined ? whole : `${open}${TERMS[word]}${more ?? ''}${close}`,
  )
}

/** An argument's name as commander quotes it ("files") or an option's flags ("--from <year>"), in Norwegian. */
const term = (text: string): string => TERMS[text] ?? translateTerms(text)

// Commander writes its own errors in English; these are the ones a user meets (commander 14,
// lib/command.js: every this.error(...) a user can cause), with option terms in Norwegian.
type Replacer = (whole: string, ...groups: string[]) => string
const COMMANDER: [RegExp, Replacer][] = [
  [/^error: unknown option '(.+)'/m, (_, flag) => `feil: ukjent valg «${flag}»`],
  [/^error: unknown command '(.+)'/m, (_, name) => `feil: ukjent kommando «${name}»`],
  [/^error: missing required argument '(.+)'/m, (_, name) => `feil: mangler argumentet «${term(name)}»`],
  [/^error: required option '(.+)' not specified/m, (_, flags) => `feil: valget «${term(flags)}» må oppgis`],
  [/^error: option '(.+)' argument missing/m, (_, flags) => `feil: valget «${term(flags)}» mangler en verdi`],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\./m,
    (_, flags, value, choices) =>
      `feil: «${value}» er ikke en gyldig verdi for «${term(flags)}». Gyldige verdier er ${choices}.`,
  ],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. (.*)/m,
    (_, flags, value, reason) => `feil: «${value}» er ikke en gyldig verdi for «${term(flags)}»: ${reason}`,
  ],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. (.*)/m,
    (_, value, name, reason) => `feil: «${value}» er ikke en gyldig verdi for argumentet «${term(name)}»: ${reason}`,
  ],
  [
    /^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\./m,
    (_, name, expected, got) => `feil: for mange argumenter til «${name}»: ventet ${expected}, fikk ${got}.`,
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./m,
    (_, expected, got) => `feil: for mange argumenter: ventet ${expected}, fikk ${got}.`,
  ],
  [
    /^error: option '(.+)' cannot be used with option '(.+)'/m,
    (_, first, second) => `feil: valget «${term(first)}» kan ikke brukes sammen med «${term(second)}»`,
  ],
  [/\(Did you mean (.+)\?\)/, (_, suggestion) => `(Mente du ${suggestion}?)`],
  [/^error: /m, () => 'feil: '],
]

const acceptedNames = (accepted: readonly ColumnNames[]): string =>
  `${accepted.map(([column, aliases]) => `${column} leses også fra ${aliases.join(', ')}`).join('; ')} (store og små bokstaver, aksenter, mellomrom, «_», «-» og en enhet i parentes, som «(kr)», spiller ingen rolle)`

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
/** En feilkode fra operativsystemet slik en person ville sagt den (samme nøkler som i en.ts). */
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
  EEXIST: 'finnes allerede',
  ENAMETOOLONG: 'navnet er for langt',
  ELOOP: 'for mange nivåer av symbolske lenker',
  ENXIO: 'enheten eller adressen finnes ikke',
  EBUSY: 'enheten eller ressursen er opptatt',
  ETXTBSY: 'programfilen er i bruk',
  EPIPE: 'leseren lukket røret',
}

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
]

export const nb: Messages = {
  language: 'nb' as Language,
  prefix: { error: 'feil', warning: 'advarsel', note: 'merk', column: 'kolonne', value: 'verdi' },
  labels: {
    title: 'LUP-effekter, oppsummert',
    totals: 'Totalt',
    by: (dimensions: readonly string[]) => `Per ${dimensions.join(' og ')}`,
    total: 'Sum',
    reporting: {
      projects: 'Prosjekter som rapporterer',
      records: 'Poster som rapporterer',
      share: (part: string, whole: string) => `${part} av ${whole}`,
    },
    records: 'Poster',
    projects: 'Prosjekter',
    partners: 'Partnere',
    years: 'År',
    dimension: { year: 'År', partner: 'Partner', category: 'Kategori', project: 'Prosjekt', basis: 'Grunnlag' },
    /** Overskriften over måltallenes navn i arbeidsbokens totalark. */
    measure: 'Måltall',
    measures: ['Arbeidsplasser (årsverk)', 'Besparelse (kr)', 'CO2e-kutt (t/år)'],
    namesCut:
      'Navn som er kuttet for å få plass, slutter med «…»; et bredere vindu, et rør, en fil eller et annet --format viser dem helt.',
    noCategory: '(uten kategori)',
    notReported: '–',
    inputs: (paths: readonly string[]) => (paths.length === 1 ? (paths[0] as string) : `${paths.length} filer`),
    overview: (
      counts: { records: number; projects: number; partners: number },
      years: string,
      format: (n: number) => string,
    ) =>
      `${count(counts.records, 'record', format)}, ${count(counts.projects, 'project', format)}, ${count(counts.partners, 'partner', format)}, ${years}`,
    noRecords: 'ingen poster',
    filters: (parts: readonly string[]) => `Utvalg: ${parts.join('; ')}`,
    filterYears: yearSpan({ year: 'året', years: 'årene', from: 'fra', to: 'til' }),
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
    basisNoteReader:
      'Realisert, estimert og potensiell (ennå ikke realisert) viser hvor mye av hver total som bygger på poster med det grunnlaget.',
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
      jobs: 'Årsverk hittil',
      personYears: 'Årsverk i drift hittil',
      savings: 'Besparelse hittil (kr)',
      co2eInForce: 'CO2e-kutt i kraft (t/år)',
      co2eAvoidedLower: 'CO2e unngått hittil, nedre (t)',
      co2eAvoidedUpper: 'CO2e unngått hittil, øvre (t)',
      members: 'Medlemmer',
      note: (persist, reader = false) =>
        `Akkumuleringen starter i det første året i utvalget. CO2e i kraft: realiserte og estimerte kutt, fra året hvert trådte i kraft; potensielle kutt er aldri i kraft. Unngått hittil er et spenn: den nedre grensen teller bare realiserte kutt, et halvt år i året et kutt trer i kraft, og hvert kutt i kraft ${persist ? `til og med siste år${reader ? '' : ' (--persist)'}` : 'bare til og med prosjektets siste rapporterte år'}; den øvre grensen teller realiserte og estimerte kutt, et helt første år, og hvert kutt i kraft til og med radens år, også i år uten poster. ${reader ? 'Der en post oppgir det siste året kuttet er i kraft, slutter kuttet da i begge.' : 'Der en post oppgir co2e_end_year, slutter kuttet da i begge.'}`,
      membersNote: (source, reader = false) =>
        `Medlemmer: eiere og partnere med partneravtale ved utgangen av året, ${reader ? 'ifølge medlemslisten' : `fra ${source}`}.`,
    },
    jobsHeld: 'Arbeidsplasser i drift (årsverk)',
    personYears: 'Årsverk (arbeidsplasser i drift, summert)',
    jobsHeldNote: (last, peak, peakYear, personYears, reader = false) =>
      `Arbeidsplassene er arbeidsplasser i drift i postens år${reader ? '' : ' (--jobs held)'}, ikke nye arbeidsplasser: ${last} i drift ved siste rapport (hvert prosjekts siste år), høyest ${peak} i ${peakYear}; summert over årene er de ${personYears} årsverk, ikke arbeidsplasser.`,
    avoidedNote: (lower, upper, through) =>
      `CO2e unngått til og med ${through}: mellom ${lower} t (nedre grense) og ${upper} t (øvre grense); tabellen over akkumulerte tall sier hva hver av dem forutsetter.`,
    prices: (prices: ConstantPrices) => `Priser: ${priceBasis(prices)}`,
    membersLine: ([members, owners, partners, collaborators], year, source) =>
      `Medlemmer ved utgangen av ${year}: ${members} (${owners} ${plural(owners ?? '', 'eier', 'eiere')}, ${partners} ${plural(partners ?? '', 'partner', 'partnere')}; i tillegg ${collaborators} ${plural(collaborators ?? '', 'samarbeidspart', 'samarbeidsparter')}), fra ${source}`,
    savingsIn: (year: number) => `Besparelse (${year}-kr)`,
    savingsToDateIn: (year: number) => `Besparelse hittil (${year}-kr)`,
    realNote: (prices: ConstantPrices, reader = false) =>
      `Besparelsene er i ${reader && !prices.index.builtIn ? `${prices.year}-kroner, etter en prisindeks levert sammen med dataene` : priceBasis(prices)}: hvert års besparelse × indeksen for ${prices.year} / indeksen for det året, eksakt, deretter avrundet til øre; radene avrundes samlet slik at de summerer seg nøyaktig til totalen (hver innenfor 1 øre av sin eksakte verdi).`,
    trace: {
      carbonTitle: (year: number) => `Sporing av karbonverdien i ${year}`,
      pathColumn: 'Prisbane',
      inForceSum: (traced: number, tonnes: string, year: number) =>
        `Sum av ${count(traced, 'record')}: ${tonnes} t/år i kraft i ${year} (realiserte og estimerte kutt fra sitt år, til og med co2e_end_year der det er oppgitt; potensielle kutt aldri).`,
      priceLine: (emissionClass: string, tonnes: string, price: string, heldFrom: number | null) =>
        `${emissionClass}: ${tonnes} t/år × ${price} kr/t${heldFrom === null ? '' : ` (prisen for ${heldFrom} holdt fast i reelle kroner, --before-path hold: en forutsetning, ikke en publisert sats)`}`,
      carbonValueLine: (year: number, value: string, level: number, path: string) =>
        `Karbonverdi i ${year}: ${value} kr i ${level}-kroner, priser fra ${path}; tallet summarize --value skriver for det året (rundet av til øre sammen med de andre årene).`,
      noCutsInForce: (year: number) => `Ingen CO2e-kutt er i kraft i ${year}; karbonverdien er 0.`,
      yearNeeded: '--metric carbon_value krever --year ÅR: året karbonverdien skal spores for',
      rangeWithValue: '--metric carbon_value tar --year, ikke --from eller --to',
      yearOutside: (year: number, first: number | null, last: number | null) =>
        first === null
          ? `--year ${year}: ingen poster i utvalget`
          : `--year ${year}: dataene går ${first}–${last}; karbonverdien spores for et år i dataene`,
      title: (measure: string) => `Sporing av ${measure}`,
      record: 'Post',
      line: 'Linje',
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
      bounds: 'Unngått (grenser)',
      boundsFed: { both: 'nedre og øvre', upper: 'bare øvre', neither: 'ingen' },
      boundsNote:
        'Unngått (grenser): hvilke grenser for unngått CO2e posten inngår i. Realiserte kutt inngår i begge, estimerte bare i den øvre, potensielle i ingen (og er aldri i kraft); en økning inngår i begge.',
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
    unknownEmissionClass: 'ukjent utslippsklasse (ventet non_ets eller ets; tomt betyr non_ets)',
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
    endBeforeYear: year =>
      `co2e_end_year er før postens år ${year}: et kutt slutter samme år som det trer i kraft eller senere`,
    endWithoutCo2e: 'co2e_end_year på en post uten CO2e-kutt: det sier hvor lenge et kutt varer',
    overlap: (project, year, earlier) =>
      `prosjektet «${project}» har også en post for ${year} på ${earlier}, med andre partnere; begge telles, så effekten telles to ganger om begge beskriver den (bruk --allow-overlap om de beskriver ulike effekter)`,
    notMember: (partner, year, membership) =>
      `partneren «${partner}» er ikke medlem av programmet i ${year} (${membership}); posten telles likevel`,
    notInMembers: source => `ikke i ${source}`,
    memberFrom: (joined, left, at) => `medlem ${left === null ? `fra ${joined}` : `fra ${joined} til ${left}`}, ${at}`,
    co2eRepeated: (project: string, earlier: string) =>
      `prosjektet «${project}» rapporterte allerede et CO2e-kutt i ${earlier}; co2e_tonnes er en årlig mengde som føres én gang, i året kuttet trådte i kraft, så å telle den igjen overdriver kuttet`,
    emptyFile: 'ingen overskriftsrad: filen er tom eller har bare blanke linjer',
    emptySheet: 'ingen overskriftsrad: arket er tomt eller har bare blanke rader',
    nul: 'et NUL-tegn: dette er binærdata, ikke CSV-tekst; resten av filen ble ikke lest',
    mixedEncodings:
      'UTF-8-tekst etter Windows-1252-tekst: filen blander tegnkodinger; konverter den til én, eller bruk --encoding for å velge hvordan den leses',
    surrogate:
      'ikke gyldig UTF-8: et kodet UTF-16-surrogat (filen er skrevet som CESU-8 eller Javas modifiserte UTF-8); konverter den til UTF-8',
    tooManyKeys: (kind: KeyKind, limit: number) =>
      `mer enn ${formatCount(limit, NUMBER_STYLES.nb)} ulike ${KEY_PLURALS[kind]}: lup-impact holder hver av dem i minnet, og stopper her i stedet for å gå tom for det; del opp inndataene, eller sjekk at kolonnen inneholder det den skal`,
    spelling: (kind: KeyKind, spelling: string, first: string, at: string) =>
      `${KEY_NAMES[kind]} «${spelling}» er skrevet «${first}» i ${at}; telt som én, vist som «${first}»`,
    yearSpan: (year: number, other: number, at: string, limit: number) =>
      `året ${year} ligger mer enn ${limit} år fra ${other} (${at}); et datasett spenner over høyst ${limit} år (feilskrevet år?)`,
    missingColumns: (missing, found, delimiterHint, accepted) =>
      `mangler ${missing.length > 1 ? 'de påkrevde kolonnene' : 'den påkrevde kolonnen'} ${list(missing)}; fant ${found.length > 0 ? names(found) : 'ingen kolonnenavn'}; ventet project_id, year, partner og minst én av jobs, savings_nok, co2e_tonnes; ${acceptedNames(accepted)}${delimiterHint === undefined ? '' : `; overskriftsraden ser ut til å være delt med ${delimiterHint}, sjekk --delimiter`}`,
    noMeasure: (found, accepted) =>
      `ingen kolonne med måltall; fant ${names(found)}; ventet minst én av jobs, savings_nok, co2e_tonnes; ${acceptedNames(accepted)}`,
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
  spreadsheet: {
    sheetWithoutWorkbook:
      '--sheet viser til et ark i en .xlsx-arbeidsbok, men ingen av inndatafilene er en arbeidsbok (CSV har ingen ark): utelat --sheet, eller oppgi arbeidsboken',
    errorValue: 'cellen har en feilverdi fra regnearket, ikke en verdi',
    noResult:
      'en formel som aldri har fått resultatet sitt lagret i filen; åpne filen i et regnearkprogram og lagre den igjen, så regnes og lagres det',
    invalidCell: 'filen lagrer cellen som et tall, en dato eller SANN/USANN, men innholdet er ingen av delene',
    dateNotAmount: 'en dato, ikke et beløp (cellen har datoformat; formater kolonnen som tall)',
    booleanNotValue: 'SANN eller USANN, ikke et tall',
    file: (problem: SpreadsheetProblem, detail: string, sheets: readonly string[] = []): string => {
      switch (problem) {
        case 'xls':
          return 'en Excel 97–2003-arbeidsbok (.xls) eller en annen gammel Office-fil; lup-impact leser .xlsx og CSV: åpne den i et regnearkprogram og lagre den som .xlsx'
        case 'encrypted':
          return 'en passordbeskyttet (kryptert) arbeidsbok; lagre en kopi uten passord, og les den'
        case 'ods':
          return 'et OpenDocument-regneark (.ods); lagre det som .xlsx eller CSV, og les det'
        case 'xlsb':
          return 'en binær Excel-arbeidsbok (.xlsb); lagre den som .xlsx, og les den'
        case 'not-a-workbook':
          return 'et zip-arkiv uten noen Excel-arbeidsbok (lup-impact leser .xlsx og CSV)'
        case 'damaged':
          return `ikke en lesbar .xlsx-arbeidsbok: filen er skadet (${displayValue(detail)})`
        case 'truncated':
          return 'ikke en lesbar .xlsx-arbeidsbok: zip-katalogen på slutten mangler (en fil som er kuttet av?)'
        case 'size-mismatch':
          return `ikke en lesbar .xlsx-arbeidsbok: delen ${displayValue(detail)} pakkes ut til flere byte enn zip-katalogen sier (en zip-bombe, eller en skadet fil); ikke lest`
        case 'unsupported-compression':
          return `ikke en lesbar .xlsx-arbeidsbok: en del er komprimert på en måte ingen regnearkprogrammer bruker (${displayValue(detail)})`
        case 'too-large':
          return `arbeidsbokens del ${displayValue(detail)} pakkes ut til mer enn lup-impact godtar (en zip-bombe, eller et ark større enn noe regnearkprogram lager); ikke lest`
        case 'too-many-parts':
          return `arkivet har ${detail} deler, flere enn noen arbeidsbok; ikke lest`
        case 'missing-part':
          return `arbeidsboken mangler delen ${displayValue(detail)}; filen er skadet`
        case 'no-sheets':
          return 'arbeidsboken har ingen regneark'
        case 'no-such-sheet':
          return `ingen ark heter «${displayValue(detail)}» (--sheet); arbeidsbokens ark er ${names(sheets)}`
        case 'too-large-to-buffer':
          return 'en arbeidsbok på mer enn 256 MiB fra standard inn eller et rør (en arbeidsbok leses med direkte tilgang, så den holdes i minnet); oppgi filen i stedet'
      }
    },
  },
  xlsx: {
    textNumbers: (digits: number) =>
      `Tall med mer enn ${digits} gjeldende sifre er skrevet som tekst, nøyaktig: et tall i et regneark holder ${digits}.`,
    toTerminal:
      '--format xlsx skriver en binær arbeidsbok, ikke tekst for en terminal: oppgi -o FIL.xlsx, eller send standard ut til en fil eller et rør',
    formatAgainstName: (format: string, path: string) =>
      `--format ${format} passer ikke til navnet -o «${path}»: ${format === 'xlsx' ? 'en arbeidsbok med navnet til en tekstfil' : 'tekst med navnet til en arbeidsbok'} åpnes ikke av noe program; utelat --format (da avgjør navnet), eller gi filen et navn som passer formatet`,
    excelNeedsCsv: (format: string) => `--excel gjelder --format csv, ikke --format ${format}`,
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
    languageValues: 'ventet nb (norsk bokmål; no og nn gir det samme) eller en.',
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
    term: translateTerms,
    comments: {
      initDefault: 'impact-records.csv, engelske kolonnenavn',
      initNorwegian: 'norske kolonnenavn, «;» og desimalkomma',
      reportCheck: 'i CI: er rapporten i depotet oppdatert?',
      reportPdf: 'også report.pdf, skrevet ut med Chromium',
      bashrc: 'i ~/.bashrc',
      zshrc: 'i ~/.zshrc, etter compinit',
    },
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
    sheet: 'arket som leses i .xlsx-filer (standard: det første synlige arket)',
    excel:
      'med --format csv: CSV som Excel åpner som den er, på språket til --lang (nb: «;» og desimalkomma; en: «,» og punktum; begge UTF-8 med byte-rekkefølgemerke og CRLF)',
    reportExcel:
      'skriv summary.csv for Excel på rapportens språk (nb: «;» og desimalkomma; UTF-8 med byte-rekkefølgemerke, CRLF); standard under --lang nb',
    reportNoExcel:
      'skriv summary.csv maskinnøytral («,» og desimalpunktum, som --format csv); standard under --lang en',
    allowDuplicates: 'godta flere poster med samme project_id, år og partnere',
    strict:
      'regn et CO2e-kutt som ett prosjekt rapporterer i flere år, og ett prosjekt og år med flere partnersett, som feil',
    allowOverlap: 'godta poster for samme prosjekt og år med ulike partnersett uten advarsel',
    jobs: 'hva arbeidsplass-kolonnen oppgir: new (nye arbeidsplasser skapt det året; standard) eller held (arbeidsplasser i drift det året)',
    persist:
      'i den nedre grensen for unngått CO2e: la hvert kutt vare til og med siste år, ikke bare til og med prosjektets siste rapporterte år',
    members:
      'CSV med programmets medlemmer (partner, innmeldt, utmeldt, rolle): partnertallet blir da medlemmene ved utgangen av perioden',
    skipInvalid: 'oppsummer de gyldige postene og tell det som ble utelatt, i stedet for å feile',
    rejects: 'skriv hver avvist rad, urørt, med fil, linje og årsak til denne CSV-filen (gir --skip-invalid)',
    from: 'bare poster fra og med dette året',
    to: 'bare poster til og med dette året',
    partner: 'bare denne partneren (kan gjentas); delte poster teller med partnerens andel',
    category: 'bare denne kategorien (kan gjentas)',
    by: 'grupper per year, partner, category, project, basis, eller et par som year,partner (kan gjentas; standard: year, så partner)',
    attribution: 'krediter delte poster fordelt likt (split) eller fullt ut (full) til hver partner',
    format: 'utdataformat (standard: fra filendelsen til -o, ellers table)',
    jsonNumbers:
      'JSON: måltall som tall, eller som tekst med de samme eksakte sifrene (string bevarer et tall med mer enn 15 gjeldende sifre, som en total over 2^53, som JSON.parse ville avrundet)',
    output: 'skriv til denne filen (atomisk) i stedet for standard ut',
    noColor: 'aldri farger i utdataene',
    noPager:
      'skriv rett til terminalen: ingen sidevisning av utdata som er høyere enn skjermen ($LUP_IMPACT_PAGER, $PAGER eller less -FRX)',
    quiet: 'ingen advarsler eller merknader, bare feil',
    verbose: 'vis også merknader, som ignorerte kolonner',
    debug: 'vis stakken ved en intern feil',
    lang: 'språk for teksten: nb (norsk bokmål; no og nn gir det samme) eller en (standard: fra LC_ALL, LC_MESSAGES eller LANG)',
    basis: 'bare poster med dette grunnlaget: realisert, estimert eller potensiell (kan gjentas; engelske navn godtas)',
    real: 'uttrykk besparelser i kroneverdien for dette året med konsumprisindeksen (KPI 2015=100 om ikke --cpi)',
    cpi: 'prisindeks som CSV (kolonner for år og indeks) til bruk med --real i stedet for SSB-serien som følger med',
    value:
      'verdsett effektene slik staten gjør (R-109/21): karbonverdien av kutt i kraft, besparelser i faste kroner, nåverdi',
    carbonPrice:
      'karbonprisbane som CSV (year, category, nok_per_tonne, price_level) i stedet for den medfølgende data/carbon-price-nok.csv',
    priceLevel: 'kroneåret for alle verdier under --value (standard: prisbanens eget; andre regnes om med KPI)',
    baseYear: 'året nåverdiene regnes til (standard: siste år i dataene)',
    discount:
      'en fast reell kalkulasjonsrente i prosent i stedet for rentebanen i R-109/21 (4 %, 3 % etter 40 år, 2 % etter 75)',
    horizon: 'framskriv kuttene i kraft i siste år til og med dette året (merket framskrivning; ingen nye besparelser)',
    costs: 'programkostnader som CSV (year, cost_nok, valgfri partner), nominelle kroner, for nytte–kostnad-forhold',
    beforePath:
      'et år før prisbanens første år: error (feil; standard), eller hold (det første årets pris holdt fast i reelle kroner: en forutsetning, oppgitt i all utdata)',
    metric: 'måltallet som skal spores',
    year: 'bare poster fra dette året (det samme som --from ÅR --to ÅR)',
    traceDescription: 'list opp postene bak ett tall (fil:linje, prosjekt, andel, beløp) og summen av dem',
    traceFiles: 'CSV-filer, lest som ett datasett («-» leser standard inn)',
    reportAfter: `Skriver summary.json og summary.csv (det summarize --by year --by partner --by category skriver
som json og csv med de samme valgene), report.md og en selvstendig report.html med diagrammer. Hver
fil skrives først under et midlertidig navn og flyttes på plass først når alle er skrevet. Med --pdf
også report.pdf: report.html slik utskriftsstilen legger den ut på A4, skrevet ut av en hodeløs Chromium.`,
    checkAfter: `Måltall: jobs, savings_nok, co2e_tonnes, records, projects, partners, first_year, last_year,
shared_records; de realiserte tallene jobs_realised, savings_nok_realised, co2e_tonnes_realised; CO2e-kutt i
kraft og unngått co2e_tonnes_in_force, co2e_tonnes_avoided_lower, co2e_tonnes_avoided_upper; og members
(med --members). Operatorer: =, >=, <=, > og <. Sett målet i anførselstegn i et skall ("jobs_realised>=300").`,
    reportDescription: 'skriv summary.json, summary.csv, report.md og en selvstendig report.html til en mappe',
    checkDescription: 'sammenlign totalene med mål (--expect eller en målfil); avslutt med 1 om et mål ikke er nådd',
    initDescription: 'skriv en CSV-mal med kolonnenavnene og to eksempelrader',
    out: 'mappen rapporten skrives til (opprettes om den mangler)',
    checkOut: 'skriv ingenting; avslutt med 1 og list filene i --out som avviker fra det som ville blitt skrevet',
    pdf: 'skriv også report.pdf: report.html skrevet ut på A4 av en hodeløs Chromium eller Chrome (funnet i PATH)',
    chromium: 'Chromium- eller Chrome-programmet som skal skrive ut report.pdf (gir --pdf)',
    date: 'skriv denne datoen (ÅÅÅÅ-MM-DD) i rapporten (standard: SOURCE_DATE_EPOCH om satt, ellers ingen dato)',
    expect: 'et mål som jobs=350, co2e_tonnes>=2900 eller partners>35 (kan gjentas)',
    against: 'en målfil i formatet til seeds/lup-2020.json',
    tolerance: 'relativ toleranse i prosent for =-mål (standard 0: eksakt)',
    checkFormat: 'table, eller json for skript',
    initFile: 'filen som skrives, eller "-" for standard ut',
    initLang:
      'en: kanoniske kolonnenavn, "," og desimalpunktum; nb (eller no, nn): norske kolonnenavn, ";" og desimalkomma, slik norsk Excel skriver',
    force: 'skriv over FIL om den finnes',
  },
  translateCommander: (text: string): string =>
    COMMANDER.reduce((translated, [pattern, replace]) => translated.replace(pattern, replace), text),
  value: {
    columns: (kind: 'carbon-price' | 'costs', found: readonly string[]) =>
      `${kind === 'carbon-price' ? 'en karbonprisbane trenger kolonnene year, category, nok_per_tonne og price_level' : 'en kostnadsfil trenger kolonnene year og cost_nok (partner kan legges til)'}; fant ${found.length > 0 ? names(found) : 'ingen kolonnenavn'}`,
    unknownCategory: 'ukjent kategori (ventet non_ets eller ets)',
    missingAmount: (kind: 'carbon-price' | 'costs') => (kind === 'carbon-price' ? 'pris mangler' : 'kostnad mangler'),
    negative: (kind: 'carbon-price' | 'costs') =>
      kind === 'carbon-price' ? 'en karbonpris kan ikke være negativ' : 'en kostnad kan ikke være negativ',
    duplicatePrice: (year: number, emissionClass: string, earlier: string) =>
      `${year} ${emissionClass} står to ganger (først på ${earlier})`,
    noRows: (kind: 'carbon-price' | 'costs') =>
      `ingen ${kind === 'carbon-price' ? 'priser' : 'kostnader'} (filen har ingen rader under overskriften)`,
    failed: (errors: number, source: string) => `${count(errors, 'error')} i ${source}; ingenting beregnet`,
    fromStdin: (option: string) => `${option} trenger en fil; standard inn («-») er for postene`,
    priceLevelMissing: (year: number, index: string) =>
      `--price-level ${year}: ${index} har ingen indeks for ${year}, så ingenting kan uttrykkes i ${year}-kroner; gi --cpi FIL med en serie som har ${year}`,
    needsCarbonMetric: (option: string) => `${option} krever --metric carbon_value`,
    needsValue: (option: string) => `${option} krever --value`,
    badRate: (text: string) =>
      `--discount tar en reell rente i prosent fra 0 til 100, for eksempel 4 eller 3.5 (fikk «${text}»)`,
    costsAfterEnd: (source: string, years: string, last: number, horizon: number | null, latest: number) =>
      `${source} har kostnader for ${years}, etter ${horizon === null ? `siste år i dataene (${last})` : `--horizon ${horizon}`}: framtidige kostnader verdsettes bare som framskrivning; gi --horizon ${latest} for å verdsette dem slik (kuttene i kraft i ${last} holdt til da), eller ta de årene ut`,
    horizonBeforeEnd: (horizon: number, last: number) =>
      `--horizon ${horizon} må være etter siste år i dataene (${last})`,
    missingPrice: (
      years: readonly number[],
      emissionClass: string,
      source: string,
      covered: string,
      holdFrom: number | null,
    ) =>
      `ingen karbonpris (${emissionClass}) for ${listWith('og')(years.map(String))} i ${source} (den har ${covered === '–' ? 'ingen' : covered}); CO2e-kutt er i kraft da, så verdien deres kan ikke beregnes: gi --carbon-price FIL med ${years.length === 1 ? 'det året' : 'de årene'}${holdFrom === null ? '' : `, eller --before-path hold for å verdsette ${years.length === 1 ? 'det' : 'dem'} til prisen for ${holdFrom} holdt fast i reelle kroner (en forutsetning)`}`,
    missingPrices: (classes, source) =>
      `ingen karbonpris i ${source} for ${classes.map(each => `${each.emissionClass} i ${listWith('og')(each.years.map(String))} (den har ${each.covered === '–' ? 'ingen' : each.covered})`).join(', og heller ikke for ')}; CO2e-kutt er i kraft da, så verdien deres kan ikke beregnes: gi --carbon-price FIL med de årene`,
    heldNoteReader: (emissionClass: 'non_ets' | 'ets', years: string, from: number, price: string, level: number) =>
      `${years}: karbonprisbanen har ingen pris for ${emissionClass === 'ets' ? 'kvotepliktige utslipp' : 'ikke-kvotepliktige utslipp'} så tidlig; verdsatt til prisen for ${from} holdt fast i reelle kroner, ${price} kr/t i ${level}-kroner. En forutsetning, ikke en publisert sats.`,
    heldNote: (emissionClass: string, years: string, from: number, price: string, level: number) =>
      `${years}: prisbanen har ingen pris (${emissionClass}) så tidlig; verdsatt til prisen for ${from} holdt fast i reelle kroner (--before-path hold), ${price} kr/t i ${level}-kroner. En forutsetning, ikke en publisert sats.`,
    missingIndex: (years: readonly number[], purpose: string, level: number, index: string) =>
      `ingen konsumprisindeks for ${listWith('og')(years.map(String))} i ${index}, så ${purpose === 'costs' ? 'kostnader' : purpose === 'savings' ? 'besparelser' : 'karbonpriser'} kan ikke uttrykkes i ${level}-kroner; gi --cpi FIL med ${years.length === 1 ? 'det året' : 'de årene'}, eller --price-level`,
    title: (level: number) => `Verdi (R-109/21), faste ${level}-kroner`,
    sheet: 'Verdi',
    notInCsv:
      'verditallene (--value) er ikke med i CSV, som har radene i grupperingene: --format json eller xlsx har dem',
    year: 'År',
    inForce: 'CO2e i kraft (t/år)',
    price: 'Pris (kr/t)',
    carbonValue: 'Karbonverdi',
    savings: 'Besparelser',
    cost: 'Programkostnad',
    factor: 'Faktor til basisår',
    projection: (year: number) => `${year}*`,
    total: 'Sum',
    pvTitle: (base: number) => `Nåverdi i ${base}`,
    measure: 'Størrelse',
    amount: 'kr',
    pvCarbon: 'Karbonverdi',
    pvSavings: 'Besparelser',
    pvCost: 'Programkostnad',
    pvProjectionCarbon: 'Karbonverdi, framskrivning',
    pvProjectionCost: 'Programkostnad, framskrivning',
    benefitCost: 'Nytte per krone kostnad (karbonverdi + besparelser)',
    savingsPerKrone: 'Besparelse per krone kostnad',
    perTonneLower: 'Kostnad per tonn unngått (nedre anslag for tonn)',
    perTonneUpper: 'Kostnad per tonn unngått (øvre anslag for tonn)',
    discount: (schedule: { kind: 'r-109' } | { kind: 'flat'; percent: string; reader: boolean }) =>
      schedule.kind === 'r-109'
        ? 'Diskontering: R-109/21, reell rente 4 % de første 40 årene, 3 % fra 40 til 75 år, 2 % deretter'
        : `Diskontering: fast reell rente på ${schedule.percent} %${schedule.reader ? '' : ' (--discount)'}`,
    notes: (path: string, level: number, base: number) =>
      `Karbonverdi = CO2e-kutt i kraft (realiserte og estimerte kutt, aldri potensielle) × årets pris fra ${path}, i ${level}-kroner (priser i andre kroneår regnet om med KPI). Besparelser: realiserte og estimerte, i ${level}-kroner (regelen for --real). År før ${base} er rentet opp til det, senere år diskontert; verdiene er eksakte til de rundes av til øre her, radene etter største rest slik at de summerer til totalene.`,
    notesReader: (level: number, base: number) =>
      `Karbonverdi = CO2e-kutt i kraft (realiserte og estimerte kutt, aldri potensielle) × årets karbonpris (prisbanen er oppgitt under Om tallene), i ${level}-kroner (priser i andre kroneår regnet om med konsumprisindeksen). Besparelser: realiserte og estimerte, i ${level}-kroner. År før ${base} er rentet opp til det, senere år diskontert; verdiene er eksakte til de rundes av til øre her, radene etter største rest slik at de summerer til totalene.`,
    projectionNote: (last: number, horizon: number) =>
      `* Framskrivning ${last + 1}–${horizon}: forutsetter at kuttene i kraft i ${last} forblir i kraft og ingen nye besparelser; ikke rapporterte tall.`,
    assumptionsTitle: 'Forutsetninger',
    sources:
      'Kilder: Finansdepartementet, rundskriv R-109/21 «Prinsipper og krav ved utarbeidelse av samfunnsøkonomiske analyser» (25. juni 2021); Finansdepartementet, «Karbonprisbaner for bruk i samfunnsøkonomiske analyser» (årlig).',
    chartTitle: (level: number) => `Karbonverdi per år, ${level}-kroner`,
    chartData: 'år i dataene',
    chartProjectionLegend: 'framskrivning',
    chartProjection:
      '* framskrivning: kuttene i kraft i siste år i dataene, forutsatt at de forblir i kraft (skravert).',
    section: 'Verdi for pengene',
  },
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
  members: {
    columns: (missing, found) =>
      `en medlemsfil trenger kolonnene partner, innmeldt og rolle (utmeldt kan mangle; engelske navn: partner, joined, left, role); mangler ${list(missing)}; fant ${found.length > 0 ? names(found) : 'ingen kolonnenavn'}`,
    missingPartner: 'mangler partnernavn',
    badDate: 'ikke en dato (ventet ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller DD.MM.ÅÅÅÅ, som 2016-03-01)',
    missingJoined: 'mangler datoen partneren ble med',
    leftBeforeJoined: joined => `meldt ut før den ble med (${joined})`,
    unknownRole: 'ukjent rolle (ventet eier, partner eller samarbeidspart; engelsk: owner, partner, collaborator)',
    overlapping: earlier => `samme medlem er oppført for overlappende år på ${earlier}`,
    tooMany: limit =>
      `mer enn ${formatCount(limit, NUMBER_STYLES.nb)} medlemmer: ingen program har så mange; resten av filen ble ikke lest`,
    noMembers: 'ingen medlemmer (filen har ingen rader under overskriften)',
    failed: (errors, source) => `${count(errors, 'error')} i medlemsfilen ${source}; ingenting beregnet`,
    fromStdin: '--members trenger en fil; standard inn («-») er for postene',
    withoutRecords: names =>
      `${formatCount(names.length, NUMBER_STYLES.nb)} ${plural(names.length, 'medlem', 'medlemmer')} har ingen post i utvalget: ${someNames(names.map(displayValue))}`,
  },
  notes: {
    jobsLookHeld: (projects, runs) =>
      `${projects === 1 ? 'et prosjekt rapporterer' : `${projects} prosjekter rapporterer`} omtrent like mange arbeidsplasser i tre eller flere år på rad (${runs.join('; ')}${projects > runs.length ? `; og ${projects - runs.length} til` : ''}): om kolonnen oppgir arbeidsplasser i drift hvert år, ikke nye arbeidsplasser, bruk --jobs held (arbeidsplasser i drift summert over årene er årsverk, ikke arbeidsplasser)`,
    jobsRun: (project, years, values) => `«${project}» i ${years}: ${values.join(' / ')}`,
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
  list: listWith('og'),
  report: {
    title: 'LUP-effektrapport',
    headline: {
      qualifier: { exact: '', nearly: 'nesten ', over: 'over ' },
      period: (first, last) => (first === last ? `I ${first}` : `Fra ${first} til ${last}`),
      actors: (projects, partners) =>
        `${projects} ${plural(projects, 'prosjekt', 'prosjekter')} med ${partners} ${plural(partners, 'partner', 'partnere')} nevnt i postene`,
      actorsWithMembers: (projects, members, year) =>
        `${projects} ${plural(projects, 'prosjekt', 'prosjekter')} i et program med ${members} ${plural(members, 'partner', 'partnere')} ved utgangen av ${year}`,
      jobsHeld: (qualifier, figure) =>
        `hatt ${qualifier}${figure} ${plural(figure, 'arbeidsplass', 'arbeidsplasser')} i drift ved siste rapport`,
      jobs: (qualifier, figure) =>
        `skapt ${qualifier}${figure} ${plural(figure, 'ny arbeidsplass', 'nye arbeidsplasser')}`,
      money: (figure, scale, unit) =>
        scale === 'one'
          ? `${figure} ${unit}`
          : `${figure} ${scale === 'million' ? plural(figure, 'million', 'millioner') : plural(figure, 'milliard', 'milliarder')} ${unit}`,
      kronerUnit: realYear => (realYear === null ? 'kroner' : `${realYear}-kroner`),
      savings: (qualifier, money) => `gitt ${qualifier}${money} i offentlige besparelser`,
      netCost: (qualifier, money) => `hatt en netto merkostnad på ${qualifier}${money}`,
      co2eCut: (qualifier, figure) => `kuttet ${qualifier}${figure} tonn i årlige CO2-ekvivalenter`,
      co2eRise: (qualifier, figure) => `økt de årlige utslippene med ${qualifier}${figure} tonn CO2-ekvivalenter`,
      sentence: (period, actors, effects) => `${period} har ${actors} ${effects}.`,
      realisedThen: (period, actors, effects, others, all) =>
        `${period} har ${actors} ${effects}, regnet bare med realiserte effekter; med ${otherEffects(others)} ville tallene vært ${all}.`,
      noneRealised: (period, actors, others, all, _projects) =>
        `${period} har ${actors} ikke rapportert realiserte effekter; ${otherEffects(others)} utgjør ${all}.`,
      figures: {
        jobs: (qualifier, figure) => `${qualifier}${figure} ${plural(figure, 'arbeidsplass', 'arbeidsplasser')}`,
        jobsHeld: (qualifier, figure) =>
          `${qualifier}${figure} ${plural(figure, 'arbeidsplass', 'arbeidsplasser')} i drift`,
        savings: (qualifier, money) => `${qualifier}${money}`,
        netCost: (qualifier, money) => `en netto merkostnad på ${qualifier}${money}`,
        co2eCut: (qualifier, figure) => `${qualifier}${figure} tonn i året`,
        co2eRise: (qualifier, figure) => `en økning på ${qualifier}${figure} tonn i året`,
      },
      nothingReported: (period, actors) =>
        `${period} har ${actors} ikke rapportert arbeidsplasser, besparelser eller CO2e-kutt.`,
      noRecords: 'Utvalget har ingen poster, så rapporten har ingen tall.',
    },
    notes: {
      timeBasis: 'Tidsgrunnlag',
      timeBasisText: years =>
        `hvert tall telles i postens år (${years}): for en realisert post året effekten ble realisert, for en estimert eller potensiell post året den er anslått for. CO2e-tallet er et kutt i årlige utslipp (tonn per år), talt én gang, i året kuttet trådte i kraft, ikke tonn unngått over hele perioden.`,
      avoided: 'CO2e unngått',
      avoidedText: (range: AvoidedRange) =>
        `${range.lower === range.upper ? range.lower : `mellom ${range.lower} og ${range.upper}`} tonn ${range.from === range.through ? `i ${range.from}` : `fra ${range.from} til og med ${range.through}`}. Nedre grense, ${range.lowerExact} t: ${range.lowerAssumptions.join('; ')}. Øvre grense, ${range.upperExact} t: ${range.upperAssumptions.join('; ')}. I kraft i ${range.through}: ${range.inForce} t CO2e/år (realiserte og estimerte kutt).`,
      assumption: (assumption: AvoidedAssumption, lastYear: number): string =>
        ({
          'realised-only': 'bare realiserte kutt',
          'realised-and-estimated': 'realiserte og estimerte kutt',
          'half-first-year': 'et halvt år i året et kutt trer i kraft',
          'full-first-year': 'et helt år i året et kutt trer i kraft',
          'in-force-through-last-reported-year': 'hvert kutt i kraft bare til og med prosjektets siste rapporterte år',
          'in-force-through-period-end': `hvert kutt i kraft til og med ${lastYear}`,
          'co2e-end-year-where-given': 'eller til og med det siste året posten oppgir, der den oppgir et',
          'increases-as-upper-bound': 'en økning (et negativt kutt) telles som i den øvre grensen',
          'potential-never': 'potensielle kutt teller aldri',
        })[assumption],
      jobs: 'Arbeidsplasser',
      jobsNew: 'nye arbeidsplasser skapt i postens år (årsverk), lagt sammen over årene.',
      jobsHeld: (last, peak, peakYear, personYears) =>
        `arbeidsplasser i drift i postens år, ikke nye arbeidsplasser: ${last} i drift ved siste rapport (hvert prosjekts siste år), høyest ${peak} i ${peakYear}, og ${personYears} årsverk (summen over årene).`,
      partners: 'Partnere',
      partnersNamed: named =>
        `${named} ${plural(named, 'partner', 'partnere')} er nevnt i postene; det er ikke programmets medlemmer på en gitt dato, som en medlemsliste ville gitt.`,
      partnersMembers: (members: MembersNote) =>
        `${members.members} ${plural(members.members, 'medlem', 'medlemmer')} med partneravtale ved utgangen av ${members.year} (${members.owners} ${plural(members.owners, 'eier', 'eiere')}, ${members.partners} ${plural(members.partners, 'partner', 'partnere')}; i tillegg ${members.collaborators} ${plural(members.collaborators, 'samarbeidspart', 'samarbeidsparter')}), ifølge medlemslisten; ${members.named} ${plural(members.named, 'partner', 'partnere')} er nevnt i postene.${
          members.withoutRecords.length === 0
            ? ''
            : ` Medlemmer uten poster i utvalget: ${someNames(members.withoutRecords)}.`
        }${
          members.notMembers.length === 0
            ? ''
            : ` Nevnt i poster i et år de ikke var medlemmer: ${someNames(members.notMembers)}.`
        }`,
      noYears: 'ingen poster',
      attribution: 'Fordeling',
      noShared: 'ingen post deles av flere partnere, så partnerradene summerer seg nøyaktig til totalene.',
      split: shared =>
        `en post som deles av flere partnere (${shared} ${plural(shared, 'post', 'poster')}), fordeles likt mellom dem, til 0,01 årsverk, 1 øre og 1 kg CO2e, så partnerradene summerer seg nøyaktig til totalene.`,
      full: shared =>
        `hver partner får hele verdien av en delt post (${shared} ${plural(shared, 'post', 'poster')}), så partnerradene overlapper og summerer seg til mer enn totalene.`,
      basis: 'Grunnlag',
      oneBasis: basis =>
        basis === 'realised'
          ? 'alle tall bygger på realiserte effekter.'
          : `alle tall bygger på ${basis === 'estimated' ? 'estimerte' : 'potensielle'} effekter, ingen på realiserte.`,
      basisPart: (basis, figures) =>
        `${basis === 'realised' ? 'realisert' : basis === 'estimated' ? 'estimert' : 'potensielt (ennå ikke realisert)'} ${figures.join(', ')}`,
      basisMix: parts => `${parts.join('; ')}.`,
      basisFigures: (jobs, savings, co2e) =>
        [
          jobs === null ? null : `${jobs} årsverk`,
          savings === null ? null : `${savings} kroner`,
          co2e === null ? null : `${co2e} tonn CO2e/år`,
        ].filter((part): part is string => part !== null),
      prices: 'Priser',
      nominal: 'løpende kroner: hvert års besparelser i det årets kroner, ikke justert for prisstigning.',
      real: (basis, year) =>
        `${basis}: hvert års besparelser × indeks ${year} / indeksen for det året, avrundet til øre.`,
      priceBasis: (year, index) => `${year}-kroner, ${index}`,
      selection: 'Utvalg',
      filterYears: yearSpan({ year: 'år', years: 'årene', from: 'fra', to: 'til og med' }),
      filterPartners: names => `${plural(names.length, 'partner', 'partnere')} ${names.join(', ')}`,
      filterCategories: names => `${plural(names.length, 'kategori', 'kategorier')} ${names.join(', ')}`,
      filterBases: bases =>
        `grunnlag ${bases.map(basis => (basis === 'realised' ? 'realisert' : basis === 'estimated' ? 'estimert' : 'potensielt')).join(', ')}`,
      skipped: 'Utelatt',
      skippedText: skipped =>
        `${skipped} ${plural(skipped, 'ugyldig post', 'ugyldige poster')} er holdt utenfor tallene.`,
      suppliedIndex: referenceYear =>
        `en prisindeks levert sammen med dataene${referenceYear === null ? '' : ` (${referenceYear}=100)`}`,
      rounding: 'Avrunding',
      roundingText:
        'i innledningen betyr «nesten» høyst 1 % under tallet og «over» høyst 1 % over det, og brukes bare om runde tall; et tall uten slike ord er eksakt, og antall er alltid eksakte. Tabellene gir alle tall eksakt.',
    },
    dateline: (lastYear, date) =>
      [lastYear === null ? null : `Tall til og med ${lastYear}`, date].filter(part => part !== null).join(' · '),
    print: { before: 'Side ', between: ' av ' },
    documentTitle: (first, last) =>
      first === null || last === null
        ? 'LUP-effektrapport'
        : `LUP-effektrapport ${first === last ? first : `${first}–${last}`}`,
    dateInWords: (year, month, day) => `${day}. ${MONTHS[month - 1]} ${year}`,
    about: {
      title: 'Om tallene',
      intro: 'Hva rapporten er laget av og hvordan, for den som vil kontrollere tallene eller lage dem på nytt.',
      data: 'Data',
      inputFile: (path, records) => `${path}: ${records} ${plural(records, 'post', 'poster')}`,
      fingerprint: 'SHA-256',
      members: 'Medlemsliste',
      priceIndex: 'Prisindeks',
      shippedIndex: referenceYear =>
        `konsumprisindeksen fra Statistisk sentralbyrå (KPI ${referenceYear ?? 2015}=100), som følger med verktøyet`,
      leftOut: 'Utelatt',
      skipped: skipped =>
        `${skipped} ${plural(skipped, 'ugyldig post', 'ugyldige poster')} er hoppet over; validate-kommandoen viser ${plural(skipped, 'den', 'dem')} med fil og linje`,
      carbonPrice: 'Karbonprisbane',
      shippedCarbonPrice: 'karbonprisbanen som følger med verktøyet (hver pris med kilde i dets data/README.md)',
      costs: 'Programkostnader',
      options: 'Valg',
      date: 'Dato',
      tool: 'Laget med',
    },
    keyFigures: {
      title: 'Nøkkeltall',
      labels: [
        'Nye arbeidsplasser, realisert (årsverk)',
        'Offentlige besparelser, realisert (kr)',
        'Årlig CO2e-kutt, realisert (tonn/år)',
      ],
      jobsHeldLabel: 'Arbeidsplasser i drift ved siste rapport, realisert (årsverk)',
      realLabel: year => `Offentlige besparelser, realisert (${year}-kroner)`,
      notReported: 'ikke rapportert',
      noneRealised: 'ingen realisert',
      withOthers: (total, others) =>
        `${total} i alt, med ${others.map(basis => (basis === 'potential' ? 'potensielle (ennå ikke realiserte)' : 'estimerte')).join(' og ')} tall`,
    },
    sections: {
      overTime: 'År for år',
      runningTotals: 'Akkumulert',
      partners: 'Partnere',
      tables: 'Tabeller',
      contents: 'Innhold',
    },
    charts: {
      perYear: ['Nye arbeidsplasser per år', 'Offentlige besparelser per år', 'CO2e-kutt som trådte i kraft per år'],
      jobsHeldPerYear: 'Arbeidsplasser i drift per år',
      personYearsToDate: 'Årsverk hittil (arbeidsplasser i drift, summert)',
      toDate: ['Arbeidsplasser skapt hittil', 'Besparelser hittil', 'Årlig CO2e-kutt i kraft'],
      ranked: ['Partnere etter arbeidsplasser', 'Partnere etter besparelser', 'Partnere etter CO2e-kutt'],
      units: ['årsverk', 'kroner', 'tonn CO2e per år'],
      unitsInMillions: 'millioner kroner',
      realUnits: (year, millions) => `${millions ? 'millioner ' : ''}${year}-kroner`,
      year: 'År',
      partner: 'Partner',
      value: 'Verdi',
      estimatedLegend: 'inneholder estimerte eller potensielle tall',
      realisedLegend: 'bare realiserte effekter',
      notReported: 'ikke rapportert',
      barSummary: (count, first, last) =>
        `Stolpediagram over ${count} år, ${first === last ? first : `${first} til ${last}`}.`,
      lineSummary: (first, last, from, to) => `Linjediagram fra ${first} til ${last}, fra ${from} til ${to}.`,
      rankedSummary: count => `Stolpediagram over ${count} ${plural(count, 'partner', 'partnere')}, største først.`,
      rankedTop: (drawn, all) => `Stolpediagram over de ${drawn} største av ${all} partnere, største først.`,
      notDrawn: count =>
        `${count === '1' ? 'Den andre partneren er' : `De andre ${count} partnerne er`} ikke tegnet; partnertabellen viser alle partnerne.`,
      highest: (key, value) => `Høyest: ${value} (${key}).`,
      lowest: (key, value) => `Lavest: ${value} (${key}).`,
      missing: keys => `Ikke rapportert: ${keys.join(', ')}.`,
      leftOut: count => `${count} ${count === '1' ? 'partner' : 'partnere'} har ikke rapportert dette og vises ikke.`,
      empty: 'Ingen tall å tegne.',
      showData: 'Vis tallene',
    },
  },
  reportCommand: {
    wrote: (files, directory) => `skrev ${listWith('og')(files)} til ${directory}`,
    upToDate: (count, directory) => `${directory} er oppdatert (${count} filer)`,
    differs: (path, line) => `${path}: avviker${line === null ? '' : ` fra linje ${line}`}`,
    missing: path => `${path}: mangler`,
    notAFile: path => `${path}: er ikke en fil`,
    outOfDate: (count, total, directory) =>
      `${count} av ${total} rapportfiler i ${directory} er ikke det report-kommandoen ville skrevet nå; kjør den uten --check for å oppdatere dem`,
    settings: (language, date) =>
      [
        language === null ? null : `--lang ${language}`,
        date === undefined ? null : date === null ? 'uten dato' : `--date ${date}`,
      ]
        .filter(part => part !== null)
        .join(' og '),
    settingsDiffer: (directory, found, wanted) =>
      `rapporten i ${directory} ble skrevet med ${found}; denne sjekken gjelder ${wanted}`,
    upToDateWith: (directory, found, wanted) =>
      `rapporten i ${directory} ble skrevet med ${found}, og er oppdatert med dem; denne sjekken gjelder ${wanted}, og det er alt som avviker: sjekk den med valgene den ble skrevet med (å kjøre uten --check slik som nå ville skrevet den på nytt med ${wanted})`,
    outIsFile: directory => `--out ${directory}: er en fil, ikke en mappe`,
    emptyOut:
      '--out "": et tomt navn er ingen mappe (en variabel uten verdi?); ingenting ble skrevet; skriv --out . for mappen du står i',
    cannotCreate: (directory, reason) => `--out ${directory}: kan ikke opprette mappen (${reason})`,
    cannotWrite: (directory, reason) => `--out ${directory}: kan ikke skrive der (${reason})`,
    targetIsDirectory: path => `kan ikke skrive ${path}: en mappe med det navnet står i veien`,
    locked: (directory, pid) =>
      `--out ${directory}: en annen kjøring av lup-impact (prosess ${pid}) skriver der fortsatt; ingenting ble skrevet (vent på den, eller fjern ${directory}/.lup-impact.lock om ingen slik kjøring finnes)`,
    partlyWritten: (replaced, kept, reason) =>
      `skrivingen av rapporten feilet mens filene ble flyttet på plass (${reason}): erstattet ${replaced.join(', ') || 'ingen'}; uendret ${kept.join(', ')}`,
    badDate: value => `--date ${value}: forventet en dato som ÅÅÅÅ-MM-DD, for eksempel 2024-05-31`,
    badEpoch: value =>
      `SOURCE_DATE_EPOCH=${value}: forventet hele sekunder siden 1970-01-01 UTC, for eksempel 1717113600`,
    noChromium: names =>
      `--pdf trenger Chromium eller Chrome for å skrive ut report.html, og ingen finnes i PATH (så etter ${names.join(', ')}); installer en (for eksempel apt-get install chromium), eller oppgi den med --chromium STI; ingenting ble skrevet`,
    notExecutable: path => `--chromium ${path}: finnes ikke, eller kan ikke kjøres; ingenting ble skrevet`,
    printFailed: (program, detail) => `${program} kunne ikke skrive ut report.pdf (${detail}); ingenting ble skrevet`,
  },
  check: {
    title: (inputs, against) => `Sjekk av ${inputs}${against === null ? '' : ` mot ${against}`}`,
    source: parts => `Målene slik de ble publisert av ${parts.join(', ')}.`,
    heads: { metric: 'Mål', expected: 'Forventet', actual: 'Faktisk', status: 'Status', target: 'Målformulering' },
    status: { met: 'ok', missed: 'IKKE NÅDD', notReported: 'ikke rapportert' },
    tolerance: percent => `± ${percent} %`,
    allMet: count => (count === 1 ? 'Målet er nådd.' : `Alle ${count} mål er nådd.`),
    missed: (missed, total) => `${missed} av ${total} mål er ikke nådd`,
    notReportedNote: 'Et tall ingen i utvalget har rapportert, er ikke 0: et mål for det er ikke nådd.',
    noTargets: 'ingenting å sjekke: gi --expect MÅL=VERDI (kan gjentas) eller --against MÅLFIL.json',
    malformed: text =>
      `--expect "${text}": forventet MÅL=VERDI, MÅL>=VERDI eller MÅL<=VERDI (også < og >), for eksempel jobs>=350`,
    unknownMetric: (metric, suggestion, known) =>
      `ukjent mål "${metric}"${suggestion === null ? '' : ` (mente du "${suggestion}"?)`}; målene er ${known.join(', ')}`,
    badValue: (text, reason) => `verdien "${text}": ${reason}`,
    notANumber: 'ikke et tall (skriv det enkelt, for eksempel 334000000 eller 2987,4)',
    ambiguousNumber:
      'tvetydig: én gruppe med komma eller punktum kan bety tusener eller desimaler; skriv tallet uten gruppering, for eksempel 1234 eller 1,234',
    badTolerance: text => `--tolerance ${text}: forventet en prosentsats på 0 eller mer, for eksempel 1 eller 0,5`,
    toleranceWithoutEquals: '--tolerance gjelder bare =-mål, og det er ingen',
    targets: {
      notFound: path => `--against ${path}: filen finnes ikke`,
      unreadable: path => `--against ${path}: kan ikke lese den`,
      tooLarge: (path, mebibytes) =>
        `--against ${path}: større enn ${mebibytes} MiB, noe ingen målfil er; ingenting sjekket`,
      invalid: (path, count) => `${count} ${plural(count, 'feil', 'feil')} i målfilen ${path}; ingenting sjekket`,
      notJson: reason => `ikke gyldig JSON: ${reason}`,
      notObject: 'forventet et objekt med "schema_version", "source" og "targets"',
      schemaVersion: found => `"schema_version" må være 1 (fant ${found})`,
      targetsArray: '"targets" må være en ikke-tom liste av {"metric", "op", "value", "text"}',
      targetObject: 'må være et objekt med "metric", "op", "value" og eventuelt "text"',
      unknownKey: key => `ukjent nøkkel "${key}" (et mål har "metric", "op", "value" og "text")`,
      op: found => `"op" må være en av =, >=, <=, >, < (fant ${found})`,
      valueType:
        '"value" må være en streng med et desimaltall, for eksempel "334000000" eller "2987.4", så det forblir eksakt',
      valueNumber: found => `"value" ${found} er ikke et enkelt desimaltall, for eksempel "334000000" eller "2987.4"`,
      text: '"text" må være en streng',
      source: '"source" må være et objekt (publisher, date, title, quote …)',
      metric: '"metric" må være en streng',
    },
  },
  init: {
    wrote: (file, description) =>
      `skrev ${file}: ${description}; erstatt de to eksempelradene med deres egne poster, og sjekk dem med: lup-impact validate ${file}`,
    description: 'norske kolonnenavn, semikolon, desimalkomma, UTF-8 med BOM og CRLF som Excel',
    exists: file => `${file} finnes allerede; gi --force for å skrive over den`,
    isDirectory: file => `${file} er en mappe; oppgi en fil malen skal skrives til`,
    noDirectory: file => `kan ikke skrive ${file}: mappen finnes ikke`,
    cannotWrite: file => `kan ikke skrive ${file}: ingen tilgang`,
    example: {
      projects: ['EKSEMPEL-1', 'EKSEMPEL-2'],
      names: [
        'Eksempel: elektrisk ferje (erstatt denne raden)',
        'Eksempel: digital hjemmetjeneste (erstatt denne raden)',
      ],
      partners: ['Eksempel kommune', 'Eksempel kommune|Eksempel fylkeskommune'],
      categories: ['Utslippsfrie ferjer', 'Helse- og velferdsteknologi'],
      bases: ['realisert', 'estimert'],
    },
  },
}

/** "estimerte effekter", "potensielle effekter som ennå ikke er realisert", begge. */
function otherEffects(others: readonly Basis[]): string {
  const estimated = others.includes('estimated')
  const potential = others.includes('potential')
  if (estimated && potential) return 'estimerte effekter og potensielle som ennå ikke er realisert,'
  return estimated ? 'estimerte effekter' : 'potensielle effekter som ennå ikke er realisert,'
}
