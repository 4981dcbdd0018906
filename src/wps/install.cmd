@echo off
rem Installs the SelfEval WPS spreadsheet (ET) add-in for this user (WPS Office for Windows).
rem scripts/build-wps.js fills in @FOLDER@ and @VERSION@ and writes the file with CRLF line ends.
rem ASCII only: cmd reads a batch file in the console's code page, and after "chcp 65001" some
rem Windows 7 consoles stop running the file.
rem
rem publish.xml and jsplugins.xml: written where missing. Replaced (the old file kept as .bak)
rem where it can only be a list this script wrote: one tag a line, every line the declaration,
rem <jsplugins>, </jsplugins> or SelfEval's entry of any version; so a reinstall or an upgrade
rem moves the entry. A list that may name other add-ins is left as it is, and the line to add
rem is printed instead (install.sh merges; cmd has no safe way to).
setlocal EnableExtensions DisableDelayedExpansion
set "dest=%APPDATA%\kingsoft\wps\jsaddons"
set "url=file:///%APPDATA:\=/%/kingsoft/wps/jsaddons/@FOLDER@/"
if not exist "%dest%" mkdir "%dest%"
if exist "%dest%\@FOLDER@" rmdir /s /q "%dest%\@FOLDER@"
xcopy /e /i /q /y "%~dp0jsaddons\@FOLDER@" "%dest%\@FOLDER@" >nul
rem From here the path is expanded late (!dest!, !url!), so & ( ) in it mean nothing to cmd.
setlocal EnableDelayedExpansion
set "url=!url:&=&amp;!"
for %%L in (publish.xml jsplugins.xml) do (
  set "list=!dest!\%%L"
  set "ours=yes"
  if exist "!list!" (
    findstr /r /c:"<.*<" "!list!" >nul && set "ours="
    findstr /v /r /c:"^<?xml " /c:"^ *<jsplugins>" /c:"^ *<jsplugins/>" /c:"^ *</jsplugins>" /c:"^ *<jsplugin name=\"selfeval\" " "!list!" >nul && set "ours="
  )
  if defined ours (
    if exist "!list!" copy /y "!list!" "!list!.bak" >nul
    > "!list!.new" echo ^<?xml version="1.0" encoding="UTF-8"?^>
    >> "!list!.new" echo ^<jsplugins^>
    >> "!list!.new" echo   ^<jsplugin name="selfeval" type="et" url="!url!" version="@VERSION@" enable="enable" install="null"/^>
    >> "!list!.new" echo ^</jsplugins^>
    move /y "!list!.new" "!list!" >nul
  ) else (
    echo !list! lists other add-ins: add this line inside its ^<jsplugins^> element, in place of any older SelfEval line:
    echo   ^<jsplugin name="selfeval" type="et" url="!url!" version="@VERSION@" enable="enable" install="null"/^>
  )
)
echo SelfEval installed in !dest!\@FOLDER@; restart WPS.
