# Build the Windows installer: PyInstaller bundle, then Inno Setup 6.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Run from a Python that has Threadline and PyInstaller installed (pip install ".[package]").
# The version is threadline.__version__ and nothing else. Output:
#   packaging\out\threadline-<version>-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

# A native command's failure does not stop PowerShell by itself: check each exit code.
function Invoke-Checked([string]$what, [scriptblock]$command) {
    & $command
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" }
}

$version = (& python -c "import sys; sys.path.insert(0, 'app'); import threadline; print(threadline.__version__)")
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "could not read threadline.__version__" }
$version = $version.Trim()

# Inno Setup's compiler: on PATH, or where its installer (or choco install innosetup) puts it.
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
        Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw "Inno Setup 6 is not installed (https://jrsoftware.org/isdl.php, or: choco install innosetup)" }

Remove-Item -Recurse -Force packaging\out\dist, packaging\out\build -ErrorAction SilentlyContinue
Invoke-Checked "PyInstaller" {
    python -m PyInstaller --noconfirm --log-level WARN --distpath packaging\out\dist --workpath packaging\out\build packaging\threadline.spec
}
Invoke-Checked "Inno Setup" { & $iscc /Q "/DAppVersion=$version" packaging\windows\threadline.iss }
$setup = "packaging\out\threadline-$version-setup.exe"
if (-not (Test-Path $setup)) { throw "Inno Setup did not write $setup" }
Write-Host "Built $setup"
