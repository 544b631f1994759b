// Benchmark data as Excel writes it: a CSV from generate.mjs → an .xlsx workbook with shared strings
// (one table of the distinct texts, as Excel keeps it), number cells for the numbers, one sheet.
// Written with exceljs's streaming writer (a devDependency), row by row.
//   node bench/make-xlsx.mjs in.csv out.xlsx
import { createReadStream } from 'node:fs'
import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'

const [input, output] = process.argv.slice(2)
const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useSharedStrings: true, useStyles: false })
const sheet = workbook.addWorksheet('Ark1')
let header
for await (const record of createReadStream(input).pipe(parse({ relax_column_count: true }))) {
  if (header === undefined) {
    header = record
    sheet.addRow(record).commit()
    continue
  }
  // Numbers as numbers (as a spreadsheet holds them); everything else, and empty cells, as text.
  const cells = record.map((cell, column) =>
    cell !== '' && /^(year|jobs|savings_nok|co2e_tonnes)$/.test(header[column]) && /^-?\d+(\.\d+)?$/.test(cell)
      ? Number(cell)
      : cell === ''
        ? null
        : cell,
  )
  sheet.addRow(cells).commit()
}
sheet.commit()
await workbook.commit()
