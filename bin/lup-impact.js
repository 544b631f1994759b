#!/usr/bin/env node
import { loadCli } from '../dist/load-cli.js'

const { cli } = await loadCli()
process.exitCode = await cli.main(process.argv.slice(2))
