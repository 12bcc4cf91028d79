# Builds the Windows installer (.msi) of Helpline Logbook with jpackage and a jlink runtime of only the needed
# JDK modules (installer/app.env). Run from the repository root in PowerShell on Windows 10/11 (x64):
#
#   mvn -B -DskipTests package
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Needs: JDK 17 (jlink, jpackage; JAVA_HOME set or on PATH) and the WiX Toolset 3.x (candle.exe, light.exe on PATH;
# jpackage 17 does not support WiX 4+). Output: target\installer\Helpline Logbook-<version>.msi
#
# The .msi installs for all users into C:\Program Files\Helpline Logbook (needs an administrator), adds a Start
# menu entry and a desktop shortcut, and upgrades an older version in place: the upgrade code below must never
# change, or Windows would install a second copy instead of replacing the first. Uninstall: Settings > Apps.
# Code signing (recommended, so SmartScreen does not warn): signtool sign /fd SHA256 /a /tr <timestamp URL>
# "target\installer\Helpline Logbook-<version>.msi" with the organisation's certificate.
$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '..\..')
Set-Location $root

$cfg = @{}
Get-Content (Join-Path $root 'installer\app.env') | Where-Object { $_ -match '^[A-Z_]+=' } | ForEach-Object {
    $k, $v = $_ -split '=', 2; $cfg[$k] = $v
}
[xml]$pom = Get-Content (Join-Path $root 'pom.xml')
$version = ($pom.project.version -split '-')[0]          # 0.1.0-SNAPSHOT -> 0.1.0
$bin = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin' } else { Split-Path (Get-Command jpackage).Source }
$out = Join-Path $root 'target\installer'
$jar = Join-Path $root "target\$($cfg.MAIN_JAR)"
if (-not (Test-Path $jar)) { throw "missing $jar : run mvn -B -DskipTests package first" }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) { throw 'WiX 3 (candle.exe, light.exe) is not on PATH' }
New-Item -ItemType Directory -Force $out | Out-Null

# 1. Runtime with only the needed modules.
$runtime = Join-Path $out 'runtime'
if (Test-Path $runtime) { Remove-Item -Recurse -Force $runtime }
& (Join-Path $bin 'jlink.exe') --add-modules $cfg.MODULES --include-locales=$($cfg.LOCALES) --strip-debug `
    --no-header-files --no-man-pages --generate-cds-archive --output $runtime
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

# 2. Input: the jar, plus the AppCDS class list if one was recorded (installer/linux/record-classlist.sh, or the
#    same java -XX:DumpLoadedClassList run on Windows). The archive is not made at install time on Windows yet
#    (see docs/installing.md); without it the JVM ignores -XX:SharedArchiveFile and starts normally.
$inputDir = Join-Path $out 'input'
if (Test-Path $inputDir) { Remove-Item -Recurse -Force $inputDir }
New-Item -ItemType Directory $inputDir | Out-Null
Copy-Item $jar $inputDir
$classlist = Join-Path $out $cfg.CDS_CLASSLIST
if (Test-Path $classlist) { Copy-Item $classlist $inputDir }

# 3. The .msi.
& (Join-Path $bin 'jpackage.exe') --type msi --name $cfg.APP_NAME --app-version $version `
    --vendor $cfg.VENDOR --description $cfg.DESCRIPTION --copyright $cfg.COPYRIGHT `
    --icon (Join-Path $root 'installer\icon\helpline-logbook.ico') `
    --input $inputDir --main-jar $cfg.MAIN_JAR --main-class $cfg.MAIN_CLASS --runtime-image $runtime `
    --java-options "-XX:SharedArchiveFile=`$APPDIR\$($cfg.CDS_ARCHIVE)" --java-options '-Xshare:auto' `
    --java-options '-XX:+UseSerialGC' --java-options '-XX:TieredStopAtLevel=1' `
    --java-options '-Xms384m' --java-options '-Xmn160m' `
    --win-menu --win-menu-group $cfg.APP_NAME --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid 'b7d7a3c2-5f0e-4d71-9a43-2f6c1e8d4a17' `
    --dest $out
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem (Join-Path $out '*.msi')
