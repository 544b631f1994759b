// report --check reads back the language and date a report was written with from its report.md.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { settingsOfReport } from '../../src/commands/report-settings.js'
import { ROOT } from '../helpers/run-cli.js'

const written = (path: string): string => readFileSync(join(ROOT, 'test/cases/report', path), 'utf8')

describe('settingsOfReport', () => {
  it.each([
    ['sample-nb-source-date-epoch/written-rapport/report.md', { language: 'nb', date: '2020-07-01' }],
    ['sample-real-2020-realised/written-report/report.md', { language: 'en', date: '2021-03-01' }],
    ['sample/written-report/report.md', { language: 'en', date: null }],
  ])('%s → %j', (path, settings) => expect(settingsOfReport(written(path))).toEqual(settings))

  it.each([
    ['', null],
    ['# Some other report\n\n- **Date:** 2020-01-01\n', null],
    ['# LUP impact report', { language: 'en', date: null }],
    ['# LUP-effektrapport\n\n- **Date:** 1 January 2020\n', { language: 'nb', date: null }], // the label is the language's
    ['# LUP-effektrapport\n\n- **Dato:** 1\\. januar 2020x\n', { language: 'nb', date: null }],
    ['# LUP-effektrapport\n\n- **Dato:** 31\\. desember 2019\n', { language: 'nb', date: '2019-12-31' }],
    ['# LUP impact report\n\n- **Date:** 9 March 2021\n', { language: 'en', date: '2021-03-09' }],
  ])('%j → %j', (markdown, settings) => expect(settingsOfReport(markdown)).toEqual(settings))
})
