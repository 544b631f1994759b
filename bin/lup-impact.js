#!/usr/bin/env node
import { loadCli } from '../dist/load-cli.js'

process.exitCode = await (await loadCli()).main(process.argv.slice(2))
