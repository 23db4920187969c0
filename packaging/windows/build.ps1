# Windows build: PyInstaller folder, then a per-user MSI with WiX Toolset 3.14 (heat, candle,
# light on PATH; `dotnet tool install --global wix` users: run `wix convert` on the .wxs first).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-CertThumbprint <sha1>]
#
# Output: build\packages\IngramDesk-<version>-x64.msi. With -CertThumbprint the two .exe files are
# signed before they are packed and the MSI after (see SIGNING.md).
param([string]$CertThumbprint = "")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = (Select-String -Path ingram_desk\__init__.py -Pattern '^__version__ = "(.*)"').Matches[0].Groups[1].Value
$app = "build\dist\ingram-desk"
New-Item -ItemType Directory -Force build\wix, build\packages | Out-Null

uv run pyinstaller --noconfirm --clean --distpath build\dist --workpath build\pyinstaller packaging\pyinstaller\ingram-desk.spec
if ($LASTEXITCODE -ne 0) { throw "pyinstaller failed" }

function Sign($files) {
    if ($CertThumbprint) {
        signtool sign /sha1 $CertThumbprint /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 $files
        if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
    }
}
Sign @("$app\IngramDesk.exe", "$app\ingram-desk.exe")

# the frozen app must pass its own selftest before it is packed
& "$app\ingram-desk.exe" selftest
if ($LASTEXITCODE -ne 0) { throw "selftest of the frozen app failed" }

heat dir $app -nologo -cg AppFiles -dr INSTALLDIR -srd -sreg -ag -var var.AppDir -out build\wix\files.wxs
candle -nologo -arch x64 -ext WixUtilExtension "-dVersion=$version" "-dAppDir=$app" `
    "-dIconFile=resources\icons\ingram-desk.ico" -out build\wix\ `
    packaging\windows\ingram-desk.wxs packaging\windows\remove-user-data.wxs build\wix\files.wxs
if ($LASTEXITCODE -ne 0) { throw "candle failed" }
# ICE38/ICE64/ICE91: harvested files in a per-user folder have file key paths; accepted for a
# per-user package (the folder is removed by InstallDirCleanup).
$msi = "build\packages\IngramDesk-$version-x64.msi"
light -nologo -ext WixUtilExtension -sice:ICE38 -sice:ICE64 -sice:ICE91 -out $msi build\wix\*.wixobj
if ($LASTEXITCODE -ne 0) { throw "light failed" }
Sign @($msi)
Write-Output $msi
