# Build the Windows installer: PyInstaller bundle, then Inno Setup (iscc on PATH).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$version = & python -c "import sys; sys.path.insert(0, 'app'); import threadline; print(threadline.__version__)"
python -m PyInstaller --noconfirm --distpath packaging\out\dist --workpath packaging\out\build packaging\threadline.spec
iscc "/DAppVersion=$version" packaging\windows\threadline.iss
Write-Host "Built packaging\out\threadline-$version-setup.exe"
