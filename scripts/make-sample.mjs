#!/usr/bin/env node
// make-sample.mjs — generates data/lup-sample.csv, an ILLUSTRATIVE, SYNTHETIC
// data set for lup-impact. Nothing in it is real project data: every partner
// and project name is invented. Only the grand totals are taken from a
// published source (KS, July 2020): 350 jobs, NOK 334 million in public
// savings and "nesten 3000 tonn" of annual CO2e cuts.
//
//   node scripts/make-sample.mjs > data/lup-sample.csv
//
// Deterministic: a seeded PRNG (mulberry32), no Date, no Math.random, and all
// amounts are integers (jobs in tenths, savings in øre, CO2e in tenths of a
// tonne) held as BigInt. Same script, same bytes.

// ---------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------

const SEED = 202007

// Exact grand totals over all records, in integer units.
const TOTAL_JOBS_TENTHS = 3500n //      350.0 jobs
const TOTAL_SAVINGS_ORE = 33_400_000_000n // 334 000 000.00 NOK
const TOTAL_CO2E_TENTHS = 29_874n //   2987.4 t CO2e per year

const HEADER = [
  'project_id',
  'year',
  'partner',
  'category',
  'project_name',
  'jobs',
  'savings_nok',
  'co2e_tonnes',
  'basis',
]

// Fictional public bodies. None of these is a real Norwegian municipality,
// county, state agency or health trust.
const PARTNERS = [
  // municipalities
  'Fjordvik kommune',
  'Østre Fjordvik kommune',
  'Nærøyvik kommune',
  'Lindvåg kommune',
  'Indre Lindvåg kommune',
  'Storvåg kommune',
  'Kvitsand kommune',
  'Skjærvik kommune',
  'Ravnholm kommune',
  'Åsmark kommune',
  'Granholt kommune',
  'Mølleby kommune',
  'Tindefjell kommune',
  'Elvestrand kommune',
  'Sølvnes kommune',
  'Havbakken kommune',
  'Kobbervik kommune',
  'Nordre Havlia kommune',
  'Vindnes kommune',
  'Bjørkvang kommune',
  'Fagerøy kommune',
  'Lyngmo kommune',
  'Gråsteinvik kommune',
  'Måkeøy kommune',
  'Solbrekka kommune',
  // counties
  'Vestkyst fylkeskommune',
  'Midtfjell fylkeskommune',
  'Nordhav fylkeskommune',
  'Austdal fylkeskommune',
  'Sørvidda fylkeskommune',
  // health trusts
  'Helse Vestkyst HF',
  'Helse Midtfjell HF',
  'Helse Nordhav HF',
  'Helse Austdal HF',
  // state agencies
  'Statens vegbyrå',
  'Statens ferjeverk',
  'Statens eiendomsbyrå',
  'Direktoratet for grønn sjøfart',
  'Direktoratet for velferdsteknologi',
  'Direktoratet for tjenestedigitalisering',
]

// Category -> integer ranges for the raw (pre-balancing) weights per record.
// jobs: tenths of a job; savings: kroner; co2e: tenths of a tonne per year,
// drawn once per project, and only for projects that name a `co2e` year
// (null = projects in this category never report CO2e). The balancing step
// rescales these weights, so only their proportions matter.
const CATEGORIES = {
  'Zero-emission ferries': { jobs: [30, 90], savings: [4_000_000, 12_000_000], co2e: [3500, 7000] },
  'Zero-emission fast boats': { jobs: [20, 70], savings: [2_000_000, 7_000_000], co2e: [1200, 3000] },
  'Zero-emission construction': { jobs: [10, 40], savings: [800_000, 4_000_000], co2e: [200, 1200] },
  'Health and welfare tech': { jobs: [10, 50], savings: [1_000_000, 6_000_000], co2e: null },
  'Autonomous transport': { jobs: [10, 50], savings: [200_000, 2_000_000], co2e: [50, 400] },
  'Digital services': { jobs: [0, 30], savings: [500_000, 5_000_000], co2e: [100, 300] },
}

const span = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

// Projects. id = LUP-<start year>-<sequence>; years = years in which effects
// were realised; co2e = the year the annual emission cut took effect (the
// cut is entered once, in that year's record; projects without `co2e` leave
// the column empty). `from` lets a project change its partner set from a
// given year on.
const PROJECTS = [
  {
    id: 'LUP-2010-01',
    cat: 'Zero-emission ferries',
    name: 'Batteriferje Fjordvik–Nærøyvik',
    partners: ['Statens ferjeverk'],
    years: span(2012, 2017),
    co2e: 2013,
  },
  {
    id: 'LUP-2010-02',
    cat: 'Health and welfare tech',
    name: 'Trygghetsalarm over mobilnett',
    partners: ['Fjordvik kommune'],
    years: span(2010, 2014),
  },
  {
    id: 'LUP-2010-03',
    cat: 'Digital services',
    name: 'Papirløs saksbehandling',
    partners: ['Østre Fjordvik kommune'],
    years: span(2010, 2012),
  },
  {
    id: 'LUP-2011-01',
    cat: 'Zero-emission construction',
    name: 'Fossilfri anleggsplass på Granholt',
    partners: ['Granholt kommune'],
    years: span(2011, 2013),
    co2e: 2012,
  },
  {
    id: 'LUP-2011-02',
    cat: 'Zero-emission ferries',
    name: 'Hybridferje for Lindvågsambandet',
    partners: ['Lindvåg kommune'],
    years: span(2014, 2019),
    co2e: 2015,
    from: { 2017: ['Lindvåg kommune', 'Vestkyst fylkeskommune'] },
  },
  {
    id: 'LUP-2011-03',
    cat: 'Health and welfare tech',
    name: 'Medisindispenser med varsling',
    partners: ['Mølleby kommune'],
    years: [2011, 2012, 2014, 2015],
  },
  {
    id: 'LUP-2012-01',
    cat: 'Zero-emission fast boats',
    name: 'Utslippsfri hurtigbåt Skjærvik',
    partners: ['Skjærvik kommune'],
    years: span(2014, 2018),
    co2e: 2015,
  },
  {
    id: 'LUP-2012-02',
    cat: 'Digital services',
    name: 'Digital byggesøknad',
    partners: ['Åsmark kommune', 'Ravnholm kommune'],
    years: span(2012, 2016),
  },
  {
    id: 'LUP-2012-03',
    cat: 'Health and welfare tech',
    name: 'Sensor-based fall detection',
    partners: ['Helse Vestkyst HF'],
    years: span(2013, 2017),
  },
  {
    id: 'LUP-2012-04',
    cat: 'Autonomous transport',
    name: 'Selvkjørende buss i Elvestrand',
    partners: ['Elvestrand kommune', 'Statens vegbyrå'],
    years: span(2015, 2019),
    co2e: 2016,
  },
  {
    id: 'LUP-2013-01',
    cat: 'Zero-emission ferries',
    name: 'Elektrisk ferjesamband Storvåg–Kvitsand',
    partners: ['Nordhav fylkeskommune', 'Storvåg kommune', 'Kvitsand kommune'],
    years: span(2015, 2019),
    co2e: 2016,
  },
  {
    id: 'LUP-2013-02',
    cat: 'Zero-emission construction',
    name: 'Utslippsfri byggeplass, Tindefjell skole',
    partners: ['Tindefjell kommune'],
    years: span(2014, 2016),
    co2e: 2015,
  },
  {
    id: 'LUP-2013-03',
    cat: 'Health and welfare tech',
    name: 'Digitalt tilsyn i hjemmetjenesten',
    partners: ['Sølvnes kommune'],
    years: span(2014, 2019),
  },
  {
    id: 'LUP-2013-04',
    cat: 'Digital services',
    name: 'Chatbot for innbyggerservice',
    partners: ['Kobbervik kommune'],
    years: [2014, 2015, 2017],
  },
  {
    id: 'LUP-2014-01',
    cat: 'Zero-emission fast boats',
    name: 'Hydrogen fast boat pilot',
    partners: ['Direktoratet for grønn sjøfart', 'Sørvidda fylkeskommune'],
    years: span(2016, 2019),
    co2e: 2017,
  },
  {
    id: 'LUP-2014-02',
    cat: 'Zero-emission construction',
    name: 'Elektriske gravemaskiner på kommunale anlegg',
    partners: ['Nordre Havlia kommune'],
    years: span(2015, 2019),
    co2e: 2016,
  },
  {
    id: 'LUP-2014-03',
    cat: 'Health and welfare tech',
    name: 'Avstandsoppfølging av kronisk syke',
    partners: ['Helse Midtfjell HF', 'Vindnes kommune'],
    years: span(2015, 2019),
  },
  {
    id: 'LUP-2014-04',
    cat: 'Digital services',
    name: 'Heldigitalt velferdskontor',
    partners: ['Direktoratet for tjenestedigitalisering'],
    years: span(2015, 2018),
  },
  {
    id: 'LUP-2015-01',
    cat: 'Zero-emission fast boats',
    name: 'Elektrisk pendelbåt over Fagerøysundet',
    partners: ['Fagerøy kommune'],
    years: span(2017, 2019),
    co2e: 2017,
  },
  {
    id: 'LUP-2015-02',
    cat: 'Zero-emission ferries',
    name: 'Zero-emission ferry tender, Austdal',
    partners: ['Austdal fylkeskommune'],
    years: span(2017, 2019),
    co2e: 2018,
  },
  {
    id: 'LUP-2015-03',
    cat: 'Zero-emission construction',
    name: 'Fossil-free construction machinery',
    partners: ['Statens eiendomsbyrå'],
    years: span(2016, 2019),
    co2e: 2017,
  },
  {
    id: 'LUP-2015-04',
    cat: 'Health and welfare tech',
    name: 'Velferdsteknologi i Lyngmo omsorgssenter',
    partners: ['Lyngmo kommune'],
    years: span(2016, 2019),
  },
  {
    id: 'LUP-2015-05',
    cat: 'Autonomous transport',
    name: 'Autonomous shuttle test arena',
    partners: ['Gråsteinvik kommune'],
    years: span(2017, 2019),
    co2e: 2018,
  },
  {
    id: 'LUP-2016-01',
    cat: 'Zero-emission ferries',
    name: 'Ladestasjoner for ferjekaier',
    partners: ['Vestkyst fylkeskommune'],
    years: span(2018, 2019),
    co2e: 2019,
  },
  {
    id: 'LUP-2016-02',
    cat: 'Digital services',
    name: 'Sensorbasert avfallshenting',
    partners: ['Solbrekka kommune'],
    years: span(2017, 2019),
    co2e: 2018,
  },
  {
    id: 'LUP-2016-03',
    cat: 'Health and welfare tech',
    name: 'Rehabilitering med skjermbesøk',
    partners: ['Helse Nordhav HF'],
    years: span(2017, 2019),
  },
  {
    id: 'LUP-2016-04',
    cat: 'Zero-emission fast boats',
    name: 'Hurtigbåt med batteridrift, Måkeøy',
    partners: ['Måkeøy kommune', 'Midtfjell fylkeskommune'],
    years: span(2018, 2019),
    co2e: 2019,
  },
  {
    id: 'LUP-2017-01',
    cat: 'Zero-emission construction',
    name: 'Byggeplass uten diesel – Indre Lindvåg',
    partners: ['Indre Lindvåg kommune'],
    years: span(2017, 2019),
    co2e: 2018,
  },
  {
    id: 'LUP-2017-02',
    cat: 'Autonomous transport',
    name: 'Førerløs skyttel til sykehuset',
    partners: ['Helse Austdal HF', 'Austdal fylkeskommune'],
    years: span(2018, 2019),
    co2e: 2019,
  },
  {
    id: 'LUP-2017-03',
    cat: 'Health and welfare tech',
    name: 'Elektroniske dørlåser i hjemmetjenesten',
    partners: ['Direktoratet for velferdsteknologi'],
    years: span(2018, 2019),
  },
  {
    id: 'LUP-2017-04',
    cat: 'Digital services',
    name: 'Digitale innbyggerdialoger',
    partners: ['Bjørkvang kommune'],
    years: span(2018, 2019),
  },
  {
    id: 'LUP-2018-01',
    cat: 'Autonomous transport',
    name: 'Autonome snøryddere',
    partners: ['Havbakken kommune'],
    years: [2019],
  },
  {
    id: 'LUP-2018-02',
    cat: 'Zero-emission construction',
    name: 'Utslippsfri rehabilitering av Nærøyvik rådhus',
    partners: ['Nærøyvik kommune'],
    years: [2019],
    co2e: 2019,
  },
  {
    id: 'LUP-2018-03',
    cat: 'Digital services',
    name: 'Digital skoleskyss',
    partners: ['Sørvidda fylkeskommune'],
    years: [2019],
  },
]

// Per-record exceptions, keyed "project_id year".
//   jobs / savings: null = not reported (left empty, excluded from balancing)
//   savingsFixed: a fixed (negative) savings figure in kroner, kept as is
//   basis: 'estimated' or 'potential' (default: empty = realised)
const QUIRKS = {
  'LUP-2010-03 2010': { savings: null },
  'LUP-2011-03 2011': { jobs: null },
  'LUP-2012-03 2013': { jobs: null },
  'LUP-2013-04 2014': { savings: null },
  'LUP-2014-04 2015': { jobs: null },
  'LUP-2016-03 2017': { savings: null },
  'LUP-2017-04 2018': { jobs: null },
  'LUP-2013-01 2015': { savingsFixed: -1_850_000n }, // first year of the new connection cost more
  'LUP-2015-05 2017': { savingsFixed: -412_350n }, // test arena set-up year
  'LUP-2013-01 2019': { basis: 'estimated' },
  'LUP-2014-01 2019': { basis: 'estimated' },
  'LUP-2015-02 2019': { basis: 'estimated' },
  'LUP-2015-04 2019': { basis: 'estimated' },
  'LUP-2016-01 2019': { basis: 'estimated' },
  'LUP-2016-04 2019': { basis: 'estimated' },
  'LUP-2017-02 2019': { basis: 'estimated' },
  'LUP-2017-04 2019': { basis: 'estimated' },
  'LUP-2018-01 2019': { basis: 'potential' },
  'LUP-2018-02 2019': { basis: 'potential' },
}

// How many records get a fractional job count / an øre amount. Each is done
// as a zero-sum pair (+x on one record, -x on another), so totals stay exact.
const JOB_FRACTION_PAIRS = [5n, 5n, 3n] // tenths of a job
const ORE_PAIRS = 2

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0 // uint32
  }
}

const next = mulberry32(SEED)
// Integer in [lo, hi] from the raw uint32 (no floating point involved).
const randInt = (lo, hi) => lo + (next() % (hi - lo + 1))
const pick = list => list[next() % list.length]

const knownPartners = new Set(PARTNERS)
const categoryNames = new Set(Object.keys(CATEGORIES))

// One record per project and year.
const records = []
for (const p of PROJECTS) {
  if (!categoryNames.has(p.cat)) throw new Error(`unknown category ${p.cat}`)
  const spec = CATEGORIES[p.cat]
  if (p.co2e !== undefined && (!spec.co2e || !p.years.includes(p.co2e))) throw new Error(`bad co2e year for ${p.id}`)
  let partners = p.partners
  for (const year of p.years) {
    if (p.from?.[year]) partners = p.from[year]
    for (const name of partners) {
      if (!knownPartners.has(name)) throw new Error(`unknown partner ${name}`)
    }
    const q = QUIRKS[`${p.id} ${year}`] ?? {}
    records.push({
      id: p.id,
      year,
      partners,
      cat: p.cat,
      name: p.name,
      // raw weights (integers); null = not reported
      jobsRaw: q.jobs === null ? null : BigInt(randInt(...spec.jobs)),
      savingsRaw: q.savings === null || q.savingsFixed !== undefined ? null : BigInt(randInt(...spec.savings)),
      savingsFixed: q.savingsFixed ?? null,
      savingsReported: q.savings !== null,
      co2eRaw: p.co2e === year ? BigInt(randInt(...spec.co2e)) : null,
      basis: q.basis ?? '',
    })
  }
}
for (const key of Object.keys(QUIRKS)) {
  const [id, year] = key.split(' ')
  if (!records.some(r => r.id === id && r.year === Number(year))) throw new Error(`quirk for missing record ${key}`)
}

// Rows sorted by year, then project_id.
records.sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

// ---------------------------------------------------------------------------
// Exact balancing
// ---------------------------------------------------------------------------

// Largest-remainder apportionment: split `total` (integer units) over the
// non-null `weights` in proportion, so that the parts sum to `total` exactly.
// Ties in the remainder go to the earlier record.
function apportion(weights, total) {
  const idx = weights.map((w, i) => (w === null ? -1 : i)).filter(i => i >= 0)
  const sum = idx.reduce((s, i) => s + weights[i], 0n)
  const out = weights.map(() => null)
  const rems = []
  let given = 0n
  for (const i of idx) {
    out[i] = (weights[i] * total) / sum // BigInt division = floor for >= 0
    rems.push({ i, rem: (weights[i] * total) % sum })
    given += out[i]
  }
  rems.sort((a, b) => (a.rem > b.rem ? -1 : a.rem < b.rem ? 1 : a.i - b.i))
  for (let k = 0n; k < total - given; k++) out[rems[Number(k)].i] += 1n
  return out
}

// Jobs: whole jobs first (units of 10 tenths) ...
const jobWhole = apportion(
  records.map(r => r.jobsRaw),
  TOTAL_JOBS_TENTHS / 10n,
)
const jobs = jobWhole.map(v => (v === null ? null : v * 10n))
// ... then a few zero-sum fractional shifts, e.g. +0.5 on one record and -0.5
// on another that has at least one whole job.
for (const shift of JOB_FRACTION_PAIRS) {
  const untouched = i => jobs[i] !== null && jobs[i] % 10n === 0n
  const up = pick(records.map((_, i) => i).filter(untouched))
  const down = pick(records.map((_, i) => i).filter(i => i !== up && untouched(i) && jobs[i] >= 10n))
  jobs[up] += shift
  jobs[down] -= shift
}

// Savings: fixed (negative) records are kept; the rest of the total is
// apportioned in whole kroner, then a few zero-sum øre shifts.
const fixedOre = records.reduce((s, r) => s + (r.savingsFixed ?? 0n) * 100n, 0n)
const kroner = apportion(
  records.map(r => r.savingsRaw),
  (TOTAL_SAVINGS_ORE - fixedOre) / 100n,
)
const savings = records.map((r, i) =>
  r.savingsFixed !== null ? r.savingsFixed * 100n : kroner[i] === null ? null : kroner[i] * 100n,
)
for (let k = 0; k < ORE_PAIRS; k++) {
  const whole = i => savings[i] !== null && savings[i] > 0n && savings[i] % 100n === 0n
  const up = pick(records.map((_, i) => i).filter(whole))
  const down = pick(records.map((_, i) => i).filter(i => i !== up && whole(i)))
  const ore = BigInt(randInt(1, 99))
  savings[up] += ore
  savings[down] -= ore
}

// CO2e: one annual rate per emission-cutting project, in tenths of a tonne.
const co2e = apportion(
  records.map(r => r.co2eRaw),
  TOTAL_CO2E_TENTHS,
)

// ---------------------------------------------------------------------------
// Self-check (throws rather than emit a file that breaks the constraints)
// ---------------------------------------------------------------------------

const sum = xs => xs.reduce((s, x) => s + (x ?? 0n), 0n)
function check(cond, msg) {
  if (!cond) throw new Error(`self-check failed: ${msg}`)
}
check(sum(jobs) === TOTAL_JOBS_TENTHS, 'jobs total')
check(sum(savings) === TOTAL_SAVINGS_ORE, 'savings total')
check(sum(co2e) === TOTAL_CO2E_TENTHS, 'co2e total')
check(
  jobs.every(j => j === null || j >= 0n),
  'jobs >= 0',
)
check(records.length >= 100 && records.length <= 140, `record count ${records.length}`)
check(PROJECTS.length >= 30 && PROJECTS.length <= 40, 'project count')
const used = new Set(records.flatMap(r => r.partners))
check(PARTNERS.every(p => used.has(p)) && used.size >= 38, 'every partner used')
const keys = new Set(records.map(r => `${r.id}|${r.year}|${r.partners.join('|')}`))
check(keys.size === records.length, 'duplicate keys')

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

// Integer amount in units of 10^-scale -> plain decimal string (dot, no
// thousands separator). A zero fraction is left out ("4", "67", "2149681");
// a non-zero one is written with all `scale` digits ("2.5", "1153643.53").
function fmt(v, scale) {
  if (v === null) return ''
  const unit = 10n ** BigInt(scale)
  const sign = v < 0n ? '-' : ''
  const a = v < 0n ? -v : v
  const whole = a / unit
  const frac = a % unit
  return frac === 0n ? `${sign}${whole}` : `${sign}${whole}.${frac.toString().padStart(scale, '0')}`
}

function csvField(s) {
  const str = String(s)
  return /[",\r\n]/.test(str) ? `"${str.replace(/"/g, '""')}"` : str
}

const lines = [HEADER.join(',')]
records.forEach((r, i) => {
  lines.push(
    [r.id, r.year, r.partners.join('|'), r.cat, r.name, fmt(jobs[i], 1), fmt(savings[i], 2), fmt(co2e[i], 1), r.basis]
      .map(csvField)
      .join(','),
  )
})
process.stdout.write(`${lines.join('\n')}\n`)
