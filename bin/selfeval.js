#!/usr/bin/env node
// The `selfeval` command: runs the compiled CLI (npm install / npm test build it into dist/).
// A closed pipe (`selfeval check … | head`) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
