// Deterministic benchmark data: realistic impact records at scale.
//   node bench/generate.mjs ROWS comma|semicolon > file.csv
// Each project reports for ten consecutive years, credited to one or two
// partners; CO2e only in the year the cut took effect; some cells empty; some
// names quoted. "semicolon" writes the Norwegian Excel dialect (";", decimal
// commas, NBSP thousands, Norwegian headers).
import { createWriteStream } from 'node:fs'

const rows = Number(process.argv[2] ?? 100_000)
const dialect = process.argv[3] ?? 'comma'
const out = process.argv[4] === undefined ? process.stdout : createWriteStream(process.argv[4])

let state = 0x2545f491
const next = () => {
  state ^= state << 13
  state ^= state >>> 17
  state ^= state << 5
  return (state >>> 0) / 2 ** 32
}

const STEMS = [
  'Fjord',
  'Nær',
  'Øst',
  'Vest',
  'Sør',
  'Nord',
  'Ås',
  'Lind',
  'Berg',
  'Dal',
  'Holm',
  'Vik',
  'Strand',
  'Haug',
  'Mo',
  'Nes',
  'Rød',
  'Sand',
  'Skog',
  'Våg',
]
const ENDS = ['vik', 'øy', 'dal', 'berg', 'nes', 'heim', 'by', 'stad', 'land', 'fjord']
const KINDS = ['kommune', 'kommune', 'kommune', 'fylkeskommune', 'HF']
const PARTNERS = []
for (const stem of STEMS)
  for (const end of ENDS) PARTNERS.push(`${stem}${end} ${KINDS[PARTNERS.length % KINDS.length]}`)
const CATEGORIES = [
  'Zero-emission ferries',
  'Zero-emission fast boats',
  'Zero-emission construction',
  'Health and welfare tech',
  'Autonomous transport',
  'Digital services',
]

const semicolon = dialect === 'semicolon'
const separator = semicolon ? ';' : ','
const header = semicolon
  ? 'Prosjekt-ID;År;Partnere;Kategori;Prosjektnavn;Arbeidsplasser;Besparelse (NOK);Klimagasskutt (tonn)'
  : 'project_id,year,partner,category,project_name,jobs,savings_nok,co2e_tonnes'

function number(units, scale) {
  const negative = units < 0
  const digits = String(Math.abs(units)).padStart(scale + 1, '0')
  let integer = digits.slice(0, digits.length - scale)
  const fraction = scale > 0 ? digits.slice(digits.length - scale) : ''
  if (semicolon) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')
  const mark = semicolon ? ',' : '.'
  return `${negative ? '-' : ''}${integer}${fraction ? mark + fraction : ''}`
}

const quote = text => (text.includes(separator) || text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text)

let buffer = `${header}\n`
const YEARS = 10
for (let row = 0; row < rows; row++) {
  const project = Math.floor(row / YEARS)
  const year = 2010 + (project % 6) + (row % YEARS)
  if (row % YEARS === 0) {
    state ^= project * 2654435761
    next()
  }
  const projectState = (project * 2654435761) >>> 0
  const first = PARTNERS[projectState % PARTNERS.length]
  const second = projectState % 10 < 3 ? PARTNERS[(projectState >>> 8) % PARTNERS.length] : undefined
  const partners = second !== undefined && second !== first ? `${first}|${second}` : first
  const category = CATEGORIES[projectState % CATEGORIES.length]
  const name = projectState % 7 === 0 ? `Prosjekt ${project}, fase ${1 + (projectState % 3)}` : `Prosjekt ${project}`
  const jobs = next() < 0.05 ? '' : number(Math.floor(next() * 120), 1)
  const savings = next() < 0.05 ? '' : number(Math.floor((next() - 0.05) * 5e8), next() < 0.2 ? 2 : 0)
  const co2e = row % YEARS === 0 && projectState % 2 === 0 ? number(Math.floor(next() * 5e5), 1) : ''
  const fields = [`LUP-${project}`, year, quote(partners), quote(category), quote(name), jobs, savings, co2e]
  buffer += `${fields.join(separator)}\n`
  if (buffer.length > 1 << 20) {
    if (!out.write(buffer)) await new Promise(resolve => out.once('drain', resolve))
    buffer = ''
  }
}
out.end(buffer)
