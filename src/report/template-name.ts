/** The file `init` writes when not given a name (here, apart from the template's csv-stringify, for start-up). */
export const DEFAULT_TEMPLATE_FILE = 'impact-records.csv'
