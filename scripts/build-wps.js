// npm run build:wps: the WPS 表格 add-in packed for offline installation, in dist/wps (or --out DIR):
//
//   jsaddons/selfeval_<version>/   the add-in (ribbon.xml, main.js, taskpane.html, images)
//   jsaddons/publish.xml           the entry WPS reads from its jsaddons folder
//   jsaddons/jsplugins.xml         the same entry, for desktops whose oem.ini names a jsplugins.xml
//   install.sh / install.cmd       copy jsaddons/ into the user's WPS folder (Linux / Windows) and
//                                  point the entry at it (src/wps/install.sh merges it into other
//                                  add-ins' lists; src/wps/install.cmd replaces a list of its own
//                                  and prints the line to add to any other)
//
// Nothing here reaches the network: WPS reads the add-in from disk.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const config = require('../webpack.wps.config.js');
const { version } = require('../package.json');

const NAME = 'selfeval';

function argument(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The entry for the add-in at `url` (a folder URL ending in '/'). */
function entry(url) {
  return `<jsplugin name="${NAME}" type="et" url="${url}" version="${version}" enable="enable" install="null"/>`;
}

function listXml(url) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${entry(url)}\n</jsplugins>\n`;
}

const FOLDER = `${NAME}_${version}`;

/** An install script of src/wps with the add-in's folder and version filled in. */
function installScript(file) {
  return fs
    .readFileSync(path.join(__dirname, '..', 'src', 'wps', file), 'utf8')
    .replace(/@FOLDER@/g, FOLDER)
    .replace(/@VERSION@/g, version);
}

async function main() {
  const out = path.resolve(argument('--out') || path.join(__dirname, '..', 'dist', 'wps'));
  const jsaddons = path.join(out, 'jsaddons');
  fs.rmSync(out, { recursive: true, force: true });
  const stats = await new Promise((resolve, reject) =>
    webpack(config({ out: path.join(jsaddons, FOLDER) }), (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  // As shipped, the entries point at the folder beside them; the install scripts make the URL absolute.
  fs.writeFileSync(path.join(jsaddons, 'publish.xml'), listXml(`${FOLDER}/`));
  fs.writeFileSync(path.join(jsaddons, 'jsplugins.xml'), listXml(`${FOLDER}/`));
  fs.writeFileSync(path.join(out, 'install.sh'), installScript('install.sh'), { mode: 0o755 });
  fs.writeFileSync(path.join(out, 'install.cmd'), installScript('install.cmd').replace(/\n/g, '\r\n'));
  console.log(`WPS add-in: ${out}`);
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
