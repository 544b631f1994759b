// `init`: a template CSV to start from. English: the canonical column names, "," and dot decimals,
// UTF-8 and LF, like data/lup-sample.csv. Norwegian: Norwegian column names, ";" and decimal commas,
// as Norwegian Excel writes them, in UTF-8 with a byte-order mark and CRLF line ends (Excel's
// "CSV UTF-8", which Norwegian Excel opens with æ, ø and å intact). Two example rows show a shared
// record, an estimated one and an empty cell (not reported); both pass `lup-impact validate`.
import { stringify } from 'csv-stringify/sync'
import type { Language } from './messages/index.js'
import type { Messages } from './messages/index.js'

const HEADERS: Record<Language, string[]> = {
  en: ['project_id', 'year', 'partner', 'category', 'project_name', 'jobs', 'savings_nok', 'co2e_tonnes', 'basis'],
  nb: [
    'prosjekt_id',
    'år',
    'partner',
    'kategori',
    'prosjektnavn',
    'arbeidsplasser',
    'besparelse_nok',
    'co2e_tonn',
    'grunnlag',
  ],
}

/** The measures of the two rows, as plain decimals; the second row leaves CO2e empty (not reported). */
const MEASURES = [
  ['2.5', '1250000.50', '120.5'],
  ['1', '480000', ''],
]

export function templateCsv(language: Language, messages: Messages): string {
  const example = messages.init.example
  const decimal = (value: string): string => (language === 'nb' ? value.replace('.', ',') : value)
  const rows = [0, 1].map(row => [
    example.projects[row] as string,
    '2024',
    example.partners[row] as string,
    example.categories[row] as string,
    example.names[row] as string,
    ...(MEASURES[row] as string[]).map(decimal),
    example.bases[row] as string,
  ])
  const text = stringify([HEADERS[language], ...rows], {
    delimiter: language === 'nb' ? ';' : ',',
    record_delimiter: language === 'nb' ? 'windows' : 'unix',
  })
  return language === 'nb' ? `\uFEFF${text}` : text
}
