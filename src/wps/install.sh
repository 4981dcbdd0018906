#!/bin/sh
# Installs the SelfEval WPS spreadsheet (ET) add-in for this user (WPS Office for Linux).
# scripts/build-wps.js fills in @FOLDER@ and @VERSION@. POSIX sh, sed and awk only: the desktop may
# have no Node or Python.
#
# publish.xml and jsplugins.xml may list other add-ins, in any line layout (one line, CRLF, an
# element over several lines). They are read as XML elements, not lines: every element inside
# <jsplugins> is kept byte for byte except the one named "selfeval", ours is added last, the
# file's own XML declaration is kept (its encoding names the other entries' bytes), the previous
# file is kept as <file>.bak and the new one is written beside it and moved into place.
set -e
here=$(cd "$(dirname "$0")" && pwd)
dest="${XDG_DATA_HOME:-$HOME/.local/share}/Kingsoft/wps/jsaddons"
case $dest in
  *'
'*)
    printf 'SelfEval: the folder name %s holds a line break; not installed. 文件夹名称含换行符，未安装。\n' "$dest" >&2
    exit 1
    ;;
esac
mkdir -p "$dest"
rm -rf "$dest/@FOLDER@"
cp -R "$here/jsaddons/@FOLDER@" "$dest/"

# The folder's URL as an XML attribute value: the path is sed's input, never its replacement text.
url=$(printf 'file://%s/@FOLDER@/' "$dest" |
  sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' -e "s/'/\\&apos;/g")
entry="<jsplugin name=\"selfeval\" type=\"et\" url=\"$url\" version=\"@VERSION@\" enable=\"enable\" install=\"null\"/>"

# Reads an add-in list on stdin and writes it back with our entry (from the environment, so no
# character of the path means anything to awk; LC_ALL=C: bytes, whatever the file's encoding).
# Each record is what follows one '<': a tag up to its first '>' outside quotes, then text, which
# is dropped between elements.
merge() {
  entry="$entry" LC_ALL=C awk -v q="'" '
    function tag_end(s,   i, c, quote) {
      quote = ""
      for (i = 1; i <= length(s); i++) {
        c = substr(s, i, 1)
        if (quote != "") { if (c == quote) quote = "" }
        else if (c == "\"" || c == q) quote = c
        else if (c == ">") return i
      }
      return 0
    }
    function is_ours(t) {
      return t ~ ("^[^ \t\r\n/>]+[ \t\r\n]([^>]*[ \t\r\n])?name[ \t\r\n]*=[ \t\r\n]*(\"selfeval\"|" q "selfeval" q ")")
    }
    BEGIN { RS = "<"; inside = 0; comment = 0; skip = ""; n = 0 }
    NR == 1 { next }
    comment { if (index($0, "-->")) comment = 0; next }
    substr($0, 1, 3) == "!--" { if (!index(substr($0, 4), "-->")) comment = 1; next }
    {
      end = tag_end($0)
      if (!end) next
      t = substr($0, 1, end)
      if (substr(t, 1, 5) == "?xml " || substr(t, 1, 5) == "?xml\t") { if (declaration == "") declaration = "<" t; next }
      if (t ~ /^jsplugins[ \t\r\n]*\/>/) next
      if (t ~ /^jsplugins[ \t\r\n>]/) { inside = 1; next }
      if (t ~ /^\/jsplugins[ \t\r\n>]/) { inside = 0; next }
      if (!inside || substr(t, 1, 1) == "?" || substr(t, 1, 1) == "!") next
      if (skip != "") { if (t ~ ("^/" skip "[ \t\r\n>]")) skip = ""; next }
      if (is_ours(t)) {
        if (t !~ /\/>$/) { skip = t; sub(/[ \t\r\n\/>].*/, "", skip) }
        next
      }
      kept[++n] = "<" t
    }
    END {
      print (declaration != "" ? declaration : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
      print "<jsplugins>"
      for (i = 1; i <= n; i++) print "  " kept[i]
      print "  " ENVIRON["entry"]
      print "</jsplugins>"
    }
  '
}

new=
trap '[ -z "$new" ] || rm -f "$new"' EXIT
for list in publish.xml jsplugins.xml; do
  file="$dest/$list"
  new="$dest/.$list.selfeval-new"
  if [ -f "$file" ]; then
    cp "$file" "$file.bak"
    merge <"$file" >"$new"
  else
    merge </dev/null >"$new"
  fi
  mv "$new" "$file"
done
printf 'SelfEval installed in %s; restart WPS. 已安装，请重新启动 WPS 表格。\n' "$dest/@FOLDER@"
