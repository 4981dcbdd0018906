#!/usr/bin/env node
// The `selfeval` command: runs the compiled CLI (npm install / npm test build it into dist/).
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
