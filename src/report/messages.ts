// Every sentence that `report`, `check` and `init` show a person, in English and Norwegian (bokmål).
// `nb` has the type of `en`, so a phrase missing in one language is a type error. Numbers arrive
// already formatted for the language (report/headline.ts, render/format-number.ts); these functions
// only place them in sentences. Kept apart from src/messages.ts so that it can later be folded into
// the main catalogue as it gains its Norwegian half.
import type { Basis } from '../model.js'
import type { Language } from '../messages.js'

type Measure3<T> = readonly [T, T, T]

/** "a, b and c" / "a, b og c". */
const listWith =
  (and: string) =>
  (items: readonly string[]): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`

const plural = (n: number | string, one: string, many: string): string => (String(n) === '1' ? one : many)

export const en = {
  language: 'en' as Language,
  list: listWith('and'),
  report: {
    title: 'LUP impact report',
    headline: {
      qualifier: { exact: '', nearly: 'nearly ', over: 'more than ' } as Record<'exact' | 'nearly' | 'over', string>,
      period: (first: number, last: number) => (first === last ? `In ${first}` : `From ${first} to ${last}`),
      actors: (projects: string, partners: string) =>
        `${projects} ${plural(projects, 'project', 'projects')} with ${partners} ${plural(partners, 'partner', 'partners')}`,
      jobs: (qualifier: string, figure: string) => `created ${qualifier}${figure} new ${plural(figure, 'job', 'jobs')}`,
      /** "334 million kroner", "850,000 kroner", "1.5 billion 2020 kroner". */
      money: (figure: string, scale: 'one' | 'million' | 'billion', unit: string) =>
        scale === 'one' ? `${figure} ${unit}` : `${figure} ${scale} ${unit}`,
      kronerUnit: (realYear: number | null) => (realYear === null ? 'kroner' : `${realYear} kroner`),
      savings: (qualifier: string, money: string) => `saved ${qualifier}${money} of public money`,
      netCost: (qualifier: string, money: string) => `cost a net ${qualifier}${money} more than they saved`,
      co2eCut: (qualifier: string, figure: string) =>
        `cut annual emissions by ${qualifier}${figure} tonnes of CO2 equivalent`,
      co2eRise: (qualifier: string, figure: string) =>
        `raised annual emissions by ${qualifier}${figure} tonnes of CO2 equivalent`,
      sentence: (period: string, actors: string, effects: string) => `${period}, ${actors} ${effects}.`,
      nothingReported: (period: string, actors: string) =>
        `${period}, ${actors} reported no jobs, savings or CO2e cuts.`,
      noRecords: 'The selection has no records, so this report has no figures.',
    },
    notes: {
      timeBasis: 'Time basis',
      timeBasisText: (years: string, avoided: string | null, lastYear: number | null) =>
        `each figure counts in the year its effect was realised (${years}). The CO2e figure is a cut in annual emissions (tonnes per year), counted once, in the year it took effect, not tonnes avoided over the period${
          avoided === null
            ? ''
            : `; if every cut stays in force, ${avoided} tonnes were avoided up to and including ${lastYear}`
        }.`,
      noYears: 'no records',
      attribution: 'Attribution',
      noShared: 'no record is shared by several partners, so partner rows add up exactly to the totals.',
      split: (shared: string) =>
        `a record shared by several partners (${shared} ${plural(shared, 'record', 'records')}) is split equally among them, to 0.01 job, 1 øre and 1 kg CO2e, so partner rows add up exactly to the totals.`,
      full: (shared: string) =>
        `each partner is credited in full for a shared record (${shared} ${plural(shared, 'record', 'records')}), so partner rows overlap and add up to more than the totals.`,
      basis: 'Basis',
      oneBasis: (basis: Basis) =>
        basis === 'realised'
          ? 'every figure rests on realised records.'
          : `every figure rests on ${basis} records, none on realised ones.`,
      basisPart: (basis: Basis, figures: readonly string[]) =>
        `${basis === 'potential' ? 'potential (not yet realised)' : basis} ${figures.join(', ')}`,
      basisMix: (parts: readonly string[]) => `${parts.join('; ')}.`,
      basisFigures: (jobs: string | null, savings: string | null, co2e: string | null): string[] =>
        [
          jobs === null ? null : `${jobs} ${plural(jobs, 'job', 'jobs')}`,
          savings === null ? null : `${savings} kroner`,
          co2e === null ? null : `${co2e} t CO2e/yr`,
        ].filter((part): part is string => part !== null),
      prices: 'Prices',
      nominal: "nominal kroner: each year's savings in that year's kroner, not adjusted for inflation.",
      real: (basis: string, year: number) =>
        `${basis}: each year's savings × index ${year} / index of that year, rounded to øre.`,
      priceBasis: (year: number, index: string) => `${year} kroner, ${index}`,
      selection: 'Selection',
      filterYears: (from: number | null, to: number | null) =>
        from !== null && from === to
          ? `year ${from}`
          : from !== null && to !== null
            ? `years ${from}–${to}`
            : from !== null
              ? `from ${from}`
              : `up to ${to}`,
      filterPartners: (names: readonly string[]) =>
        `${plural(names.length, 'partner', 'partners')} ${names.join(', ')}`,
      filterCategories: (names: readonly string[]) =>
        `${plural(names.length, 'category', 'categories')} ${names.join(', ')}`,
      filterBases: (bases: readonly Basis[]) => `basis ${bases.join(', ')}`,
      skipped: 'Left out',
      skippedText: (skipped: string) =>
        `${skipped} invalid ${plural(skipped, 'record was', 'records were')} skipped (--skip-invalid); the figures leave ${plural(skipped, 'it', 'them')} out.`,
      input: 'Input',
      inputFile: (path: string, records: string) => `${path} (${records} ${plural(records, 'record', 'records')})`,
      date: 'Date',
      rounding: 'Rounding',
      roundingText:
        'in the headline, "nearly" means at most 1 % below the figure and "more than" at most 1 % above it; a figure without either is exact, and counts are always exact. The tables give every figure exactly.',
      tool: (name: string, version: string) => `Made with ${name} ${version}.`,
    },
    keyFigures: {
      title: 'Key figures',
      labels: ['New jobs (FTE)', 'Public savings (NOK)', 'Annual CO2e cut (t/yr)'] as Measure3<string>,
      realLabel: (year: number) => `Public savings (${year} NOK)`,
      notReported: 'not reported',
    },
    sections: {
      overTime: 'Year by year',
      runningTotals: 'Running totals',
      partners: 'Partners',
      tables: 'Tables',
      contents: 'Contents',
    },
    charts: {
      perYear: ['New jobs per year', 'Public savings per year', 'CO2e cuts taking effect per year'] as Measure3<string>,
      toDate: ['Jobs created to date', 'Savings to date', 'Annual CO2e cut in force'] as Measure3<string>,
      ranked: [
        'Partners ranked by jobs',
        'Partners ranked by savings',
        'Partners ranked by CO2e cut',
      ] as Measure3<string>,
      units: ['FTE', 'NOK', 't CO2e per year'] as Measure3<string>,
      unitsInMillions: 'million NOK',
      realUnits: (year: number, millions: boolean) => `${millions ? 'million ' : ''}${year} NOK`,
      year: 'Year',
      partner: 'Partner',
      value: 'Value',
      estimatedLegend: 'includes estimated or potential figures',
      realisedLegend: 'realised records only',
      notReported: 'not reported',
      barSummary: (count: number, first: string, last: string) =>
        `Bar chart of ${count} ${plural(count, 'year', 'years')}, ${first === last ? first : `${first} to ${last}`}.`,
      lineSummary: (first: string, last: string, from: string, to: string) =>
        `Line chart from ${first} to ${last}, from ${from} to ${to}.`,
      rankedSummary: (count: number) => `Bar chart of ${count} ${plural(count, 'partner', 'partners')}, largest first.`,
      highest: (key: string, value: string) => `Highest: ${value} (${key}).`,
      lowest: (key: string, value: string) => `Lowest: ${value} (${key}).`,
      missing: (keys: readonly string[]) => `Not reported: ${keys.join(', ')}.`,
      leftOut: (count: number) =>
        `${count} ${plural(count, 'partner', 'partners')} did not report this measure and ${plural(count, 'is', 'are')} not shown.`,
      empty: 'No figures to draw.',
      showData: 'Show the figures',
    },
  },
  reportCommand: {
    wrote: (files: readonly string[], directory: string) => `wrote ${listWith('and')(files)} to ${directory}`,
    upToDate: (count: number, directory: string) => `${directory} is up to date (${count} files)`,
    differs: (path: string, line: number | null) => `${path}: differs${line === null ? '' : ` from line ${line}`}`,
    missing: (path: string) => `${path}: missing`,
    notAFile: (path: string) => `${path}: not a file`,
    outOfDate: (count: number, total: number, directory: string) =>
      `${count} of ${total} report files in ${directory} ${plural(count, 'is', 'are')} not what the report command would write now; rerun it without --check to update them`,
    outIsFile: (directory: string) => `--out ${directory}: it is a file, not a directory`,
    cannotCreate: (directory: string, reason: string) => `--out ${directory}: cannot create the directory (${reason})`,
    cannotWrite: (directory: string, reason: string) => `--out ${directory}: cannot write there (${reason})`,
    targetIsDirectory: (path: string) => `cannot write ${path}: a directory of that name is in the way`,
    locked: (directory: string, pid: string) =>
      `--out ${directory}: another lup-impact run (process ${pid}) is still writing there; nothing was written (wait for it, or remove ${directory}/.lup-impact.lock if no such run is left)`,
    partlyWritten: (replaced: readonly string[], kept: readonly string[], reason: string) =>
      `writing the report failed while moving the files into place (${reason}): replaced ${replaced.join(', ') || 'none'}; left as they were ${kept.join(', ')}`,
    /** An operating-system error code, as a person would say it. */
    reason: (code: string) =>
      ({
        ENOENT: 'no such file or directory',
        EACCES: 'permission denied',
        EPERM: 'not permitted',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on the device',
        EDQUOT: 'disk quota exceeded',
        ENOTDIR: 'not a directory',
        EISDIR: 'is a directory',
        EEXIST: 'already exists',
      })[code] ?? code,
    badDate: (value: string) => `--date ${value}: expected a calendar date as YYYY-MM-DD, such as 2024-05-31`,
    badEpoch: (value: string) =>
      `SOURCE_DATE_EPOCH=${value}: expected whole seconds since 1970-01-01 UTC, such as 1717113600`,
  },
  check: {
    title: (inputs: string, against: string | null) =>
      `Check of ${inputs}${against === null ? '' : ` against ${against}`}`,
    source: (parts: readonly string[]) => `Targets as published by ${parts.join(', ')}.`,
    heads: { metric: 'Metric', expected: 'Expected', actual: 'Actual', status: 'Status', target: 'Target' },
    status: { met: 'ok', missed: 'MISSED', notReported: 'not reported' },
    tolerance: (percent: string) => `± ${percent} %`,
    allMet: (count: number) => (count === 1 ? 'The target is met.' : `All ${count} targets are met.`),
    missed: (missed: number, total: number) => `${missed} of ${total} ${plural(total, 'target', 'targets')} missed`,
    notReportedNote: 'A measure nobody in the selection reported is not 0: a target on it is missed.',
    noTargets: 'nothing to check: give --expect METRIC=VALUE (repeatable) or --against TARGETS.json',
    malformed: (text: string) =>
      `--expect "${text}": expected METRIC=VALUE, METRIC>=VALUE or METRIC<=VALUE (also < and >), such as jobs>=350`,
    unknownMetric: (metric: string, suggestion: string | null, known: readonly string[]) =>
      `unknown metric "${metric}"${suggestion === null ? '' : ` (did you mean "${suggestion}"?)`}; metrics are ${known.join(', ')}`,
    badValue: (text: string, reason: string) => `value "${text}": ${reason}`,
    notANumber: 'not a number (write it plainly, such as 334000000 or 2987.4)',
    ambiguousNumber:
      'ambiguous: a single comma or dot group could mark thousands or decimals; write the number without grouping, such as 1234 or 1.234',
    badTolerance: (text: string) => `--tolerance ${text}: expected a percentage of 0 or more, such as 1 or 0.5`,
    toleranceWithoutEquals: '--tolerance applies to = targets only, and there is none',
    targets: {
      notFound: (path: string) => `--against ${path}: no such file`,
      unreadable: (path: string) => `--against ${path}: cannot read it`,
      tooLarge: (path: string, mebibytes: number) =>
        `--against ${path}: larger than ${mebibytes} MiB, which no targets file is; nothing checked`,
      invalid: (path: string, count: number) =>
        `${count} ${plural(count, 'problem', 'problems')} in the targets file ${path}; nothing checked`,
      notJson: (reason: string) => `not valid JSON: ${reason}`,
      notObject: 'expected an object with "schema_version", "source" and "targets"',
      schemaVersion: (found: string) => `"schema_version" must be 1 (found ${found})`,
      targetsArray: '"targets" must be a non-empty array of {"metric", "op", "value", "text"}',
      targetObject: 'must be an object with "metric", "op", "value" and optionally "text"',
      unknownKey: (key: string) => `unknown key "${key}" (a target has "metric", "op", "value" and "text")`,
      op: (found: string) => `"op" must be one of =, >=, <=, >, < (found ${found})`,
      valueType:
        '"value" must be a string holding a plain decimal number, such as "334000000" or "2987.4", so that it stays exact',
      valueNumber: (found: string) => `"value" ${found} is not a plain decimal number, such as "334000000" or "2987.4"`,
      text: '"text" must be a string',
      source: '"source" must be an object (publisher, date, title, quote…)',
      metric: '"metric" must be a string',
    },
  },
  init: {
    wrote: (file: string, description: string) =>
      `wrote ${file}: ${description}; replace the two example rows with your records, then check them with: lup-impact validate ${file}`,
    description: 'English column names, comma-delimited, dot decimals, UTF-8',
    exists: (file: string) => `${file} already exists; pass --force to overwrite it`,
    isDirectory: (file: string) => `${file} is a directory; name a file to write the template to`,
    noDirectory: (file: string) => `cannot write ${file}: no such directory`,
    cannotWrite: (file: string) => `cannot write ${file}: permission denied`,
    example: {
      projects: ['EXAMPLE-1', 'EXAMPLE-2'],
      names: ['Example: electric ferry (replace this row)', 'Example: digital home care (replace this row)'],
      partners: ['Example municipality', 'Example municipality|Example county'],
      categories: ['Zero-emission ferries', 'Health and welfare tech'],
      bases: ['realised', 'estimated'],
    },
  },
  help: {
    reportDescription: 'write summary.json, summary.csv, report.md and a self-contained report.html into a directory',
    checkDescription: 'compare the totals with targets (--expect or a targets file); exit 1 on any miss',
    initDescription: 'write a template CSV with the column names and two example rows',
    files: 'CSV files, read as one data set ("-" reads standard input)',
    out: 'the directory to write the report into (created if missing)',
    checkOut: 'write nothing; exit 1 listing the files in --out that differ from what would be written',
    date: 'print this date (YYYY-MM-DD) in the report (default: SOURCE_DATE_EPOCH if set, else no date)',
    lang: 'language of the report: nb or en (default: from the locale)',
    expect: 'a target such as jobs=350, co2e_tonnes>=2900 or partners>35 (repeatable)',
    against: 'a targets file in the format of seeds/lup-2020.json',
    tolerance: 'relative tolerance in per cent for = targets (default 0: exact)',
    checkFormat: 'table, or json for scripts',
    checkLang: 'language of the table: nb or en (default: from the locale)',
    initFile: 'the file to write, or "-" for standard output',
    initLang:
      'en: canonical column names, "," and dot decimals; nb: Norwegian column names, ";" and decimal commas, as Norwegian Excel writes',
    force: 'overwrite FILE if it exists',
  },
}

export type ReportMessages = typeof en

export const nb: ReportMessages = {
  language: 'nb',
  list: listWith('og'),
  report: {
    title: 'LUP-effektrapport',
    headline: {
      qualifier: { exact: '', nearly: 'nesten ', over: 'over ' },
      period: (first, last) => (first === last ? `I ${first}` : `Fra ${first} til ${last}`),
      actors: (projects, partners) =>
        `${projects} ${plural(projects, 'prosjekt', 'prosjekter')} med ${partners} ${plural(partners, 'partner', 'partnere')}`,
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
      nothingReported: (period, actors) =>
        `${period} har ${actors} ikke rapportert arbeidsplasser, besparelser eller CO2e-kutt.`,
      noRecords: 'Utvalget har ingen poster, så rapporten har ingen tall.',
    },
    notes: {
      timeBasis: 'Tidsgrunnlag',
      timeBasisText: (years, avoided, lastYear) =>
        `hvert tall telles i året effekten ble realisert (${years}). CO2e-tallet er et kutt i årlige utslipp (tonn per år), talt én gang, i året kuttet trådte i kraft, ikke tonn unngått over hele perioden${
          avoided === null ? '' : `; om hvert kutt varer, er ${avoided} tonn unngått til og med ${lastYear}`
        }.`,
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
      filterYears: (from, to) =>
        from !== null && from === to
          ? `år ${from}`
          : from !== null && to !== null
            ? `årene ${from}–${to}`
            : from !== null
              ? `fra ${from}`
              : `til og med ${to}`,
      filterPartners: names => `${plural(names.length, 'partner', 'partnere')} ${names.join(', ')}`,
      filterCategories: names => `${plural(names.length, 'kategori', 'kategorier')} ${names.join(', ')}`,
      filterBases: bases =>
        `grunnlag ${bases.map(basis => (basis === 'realised' ? 'realisert' : basis === 'estimated' ? 'estimert' : 'potensielt')).join(', ')}`,
      skipped: 'Utelatt',
      skippedText: skipped =>
        `${skipped} ugyldige ${plural(skipped, 'post', 'poster')} er hoppet over (--skip-invalid) og er ikke med i tallene.`,
      input: 'Data',
      inputFile: (path, records) => `${path} (${records} ${plural(records, 'post', 'poster')})`,
      date: 'Dato',
      rounding: 'Avrunding',
      roundingText:
        'i innledningen betyr «nesten» høyst 1 % under tallet og «over» høyst 1 % over det; et tall uten slike ord er eksakt, og antall er alltid eksakte. Tabellene gir alle tall eksakt.',
      tool: (name, version) => `Laget med ${name} ${version}.`,
    },
    keyFigures: {
      title: 'Nøkkeltall',
      labels: ['Nye arbeidsplasser (årsverk)', 'Offentlige besparelser (kr)', 'Årlig CO2e-kutt (tonn/år)'],
      realLabel: year => `Offentlige besparelser (${year}-kroner)`,
      notReported: 'ikke rapportert',
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
      highest: (key, value) => `Høyest: ${value} (${key}).`,
      lowest: (key, value) => `Lavest: ${value} (${key}).`,
      missing: keys => `Ikke rapportert: ${keys.join(', ')}.`,
      leftOut: count => `${count} ${plural(count, 'partner', 'partnere')} har ikke rapportert dette og vises ikke.`,
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
    outIsFile: directory => `--out ${directory}: er en fil, ikke en mappe`,
    cannotCreate: (directory, reason) => `--out ${directory}: kan ikke opprette mappen (${reason})`,
    cannotWrite: (directory, reason) => `--out ${directory}: kan ikke skrive der (${reason})`,
    targetIsDirectory: path => `kan ikke skrive ${path}: en mappe med det navnet står i veien`,
    locked: (directory, pid) =>
      `--out ${directory}: en annen kjøring av lup-impact (prosess ${pid}) skriver der fortsatt; ingenting ble skrevet (vent på den, eller fjern ${directory}/.lup-impact.lock om ingen slik kjøring finnes)`,
    partlyWritten: (replaced, kept, reason) =>
      `skrivingen av rapporten feilet mens filene ble flyttet på plass (${reason}): erstattet ${replaced.join(', ') || 'ingen'}; uendret ${kept.join(', ')}`,
    reason: code =>
      ({
        ENOENT: 'finnes ikke',
        EACCES: 'ingen tilgang',
        EPERM: 'ikke tillatt',
        EROFS: 'skrivebeskyttet filsystem',
        ENOSPC: 'ikke mer plass på disken',
        EDQUOT: 'diskkvoten er brukt opp',
        ENOTDIR: 'ikke en mappe',
        EISDIR: 'er en mappe',
        EEXIST: 'finnes allerede',
      })[code] ?? code,
    badDate: value => `--date ${value}: forventet en dato som ÅÅÅÅ-MM-DD, for eksempel 2024-05-31`,
    badEpoch: value =>
      `SOURCE_DATE_EPOCH=${value}: forventet hele sekunder siden 1970-01-01 UTC, for eksempel 1717113600`,
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
  help: {
    reportDescription: 'skriv summary.json, summary.csv, report.md og en selvstendig report.html til en mappe',
    checkDescription: 'sammenlign totalene med mål (--expect eller en målfil); avslutt med 1 om et mål ikke er nådd',
    initDescription: 'skriv en CSV-mal med kolonnenavnene og to eksempelrader',
    files: 'CSV-filer, lest som ett datasett ("-" leser standard inn)',
    out: 'mappen rapporten skrives til (opprettes om den mangler)',
    checkOut: 'skriv ingenting; avslutt med 1 og list filene i --out som avviker fra det som ville blitt skrevet',
    date: 'skriv denne datoen (ÅÅÅÅ-MM-DD) i rapporten (standard: SOURCE_DATE_EPOCH om satt, ellers ingen dato)',
    lang: 'rapportens språk: nb eller en (standard: fra locale)',
    expect: 'et mål som jobs=350, co2e_tonnes>=2900 eller partners>35 (kan gjentas)',
    against: 'en målfil i formatet til seeds/lup-2020.json',
    tolerance: 'relativ toleranse i prosent for =-mål (standard 0: eksakt)',
    checkFormat: 'table, eller json for skript',
    checkLang: 'tabellens språk: nb eller en (standard: fra locale)',
    initFile: 'filen som skrives, eller "-" for standard ut',
    initLang:
      'en: kanoniske kolonnenavn, "," og desimalpunktum; nb: norske kolonnenavn, ";" og desimalkomma, slik norsk Excel skriver',
    force: 'skriv over FIL om den finnes',
  },
}

export const REPORT_MESSAGES: Record<Language, ReportMessages> = { en, nb }
