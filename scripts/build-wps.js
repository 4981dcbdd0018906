// npm run build:wps: the WPS 表格 add-in packed for offline installation, in dist/wps (or --out DIR):
//
//   jsaddons/selfeval_<version>/   the add-in (ribbon.xml, main.js, taskpane.html, images)
//   jsaddons/publish.xml           the entry WPS reads from its jsaddons folder
//   jsaddons/jsplugins.xml         the same entry, for desktops whose oem.ini names a jsplugins.xml
//   install.sh / install.cmd       copy jsaddons/ into the user's WPS folder (Linux / Windows) and
//                                  point the entry at it, keeping other add-ins' entries
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

const INSTALL_SH = `#!/bin/sh
# Installs the SelfEval WPS 表格 add-in for this user (WPS Office for Linux).
set -e
here=$(cd "$(dirname "$0")" && pwd)
dest="\${XDG_DATA_HOME:-$HOME/.local/share}/Kingsoft/wps/jsaddons"
mkdir -p "$dest"
rm -rf "$dest/${FOLDER}"
cp -R "$here/jsaddons/${FOLDER}" "$dest/"
line='  ${entry('file://DEST/' + FOLDER + '/')}'
line=$(printf '%s' "$line" | sed "s#file://DEST#file://$dest#")
for list in publish.xml jsplugins.xml; do
  if [ -f "$dest/$list" ] && grep -q '<jsplugins' "$dest/$list"; then
    grep -v 'name="${NAME}"' "$dest/$list" | sed "s#</jsplugins>#$line\\n</jsplugins>#" > "$dest/$list.new"
    mv "$dest/$list.new" "$dest/$list"
  else
    printf '<?xml version="1.0" encoding="UTF-8"?>\\n<jsplugins>\\n%s\\n</jsplugins>\\n' "$line" > "$dest/$list"
  fi
done
echo "SelfEval installed in $dest/${FOLDER}; restart WPS 表格. 已安装，请重新启动 WPS 表格。"
`;

const INSTALL_CMD = `@echo off
rem Installs the SelfEval WPS 表格 add-in for this user (WPS Office for Windows).
chcp 65001 >nul
set "dest=%APPDATA%\\kingsoft\\wps\\jsaddons"
if not exist "%dest%" mkdir "%dest%"
if exist "%dest%\\${FOLDER}" rmdir /s /q "%dest%\\${FOLDER}"
xcopy /e /i /q /y "%~dp0jsaddons\\${FOLDER}" "%dest%\\${FOLDER}" >nul
set "url=file:///%APPDATA:\\=/%/kingsoft/wps/jsaddons/${FOLDER}/"
for %%L in (publish.xml jsplugins.xml) do (
  if exist "%dest%\\%%L" (
    echo %dest%\\%%L exists: add this line inside its ^<jsplugins^> element, or replace the old SelfEval line:
    echo   ${entry('%url%').replace(/</g, '^<').replace(/>/g, '^>')}
  ) else (
    > "%dest%\\%%L" echo ^<?xml version="1.0" encoding="UTF-8"?^>
    >> "%dest%\\%%L" echo ^<jsplugins^>
    >> "%dest%\\%%L" echo   ${entry('%url%').replace(/</g, '^<').replace(/>/g, '^>')}
    >> "%dest%\\%%L" echo ^</jsplugins^>
  )
)
echo SelfEval installed in %dest%\\${FOLDER}; restart WPS. 已安装，请重新启动 WPS 表格。
`;

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
  fs.writeFileSync(path.join(out, 'install.sh'), INSTALL_SH, { mode: 0o755 });
  fs.writeFileSync(path.join(out, 'install.cmd'), INSTALL_CMD.replace(/\n/g, '\r\n'));
  console.log(`WPS add-in: ${out}`);
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
