# Install the built installer silently for the current user, start the installed app with
# --smoke-test (main window shown, then quit), check the mailto: registration, uninstall
# silently and check that nothing is left.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\smoke-test.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = (& python -c "import sys; sys.path.insert(0, 'app'); import threadline; print(threadline.__version__)").Trim()
$setup = Resolve-Path "packaging\out\threadline-$version-setup.exe"
$dir = Join-Path $env:RUNNER_TEMP "Threadline-smoke"
if (-not $env:RUNNER_TEMP) { $dir = Join-Path $env:TEMP "Threadline-smoke" }
$profileDir = Join-Path $dir "profile"

# Start-Process -Wait: setup.exe and the app are GUI programs, which & does not wait for.
function Start-Checked([string]$what, [string]$file, [string[]]$arguments) {
    $process = Start-Process -FilePath $file -ArgumentList $arguments -Wait -PassThru
    if ($process.ExitCode -ne 0) { throw "$what failed (exit code $($process.ExitCode))" }
}

Start-Checked "silent install" $setup @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER",
    "/DIR=`"$dir\app`"", "/LOG=`"$dir\install.log`"")
$exe = Join-Path $dir "app\threadline.exe"
if (-not (Test-Path $exe)) { throw "the installer did not put threadline.exe in $dir\app" }
if (-not (Test-Path "HKCU:\Software\Classes\Threadline.mailto\shell\open\command")) {
    throw "the installer did not register the mailto: handler"
}

Start-Checked "threadline --smoke-test" $exe @("--profile", "`"$profileDir`"", "--smoke-test")
if (-not (Test-Path $profileDir)) { throw "the installed app did not create its profile" }
Write-Host "installed Threadline $version started and quit"

Start-Checked "silent uninstall" (Join-Path $dir "app\unins000.exe") @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
# The uninstaller finishes from a copy of itself in %TEMP%: wait for the files to go.
for ($i = 0; $i -lt 30 -and (Test-Path $exe); $i++) { Start-Sleep -Seconds 1 }
if (Test-Path $exe) { throw "the uninstaller left $exe" }
if (Test-Path "HKCU:\Software\Classes\Threadline.mailto") { throw "the uninstaller left the mailto: registration" }
Write-Host "smoke test passed: install, start, uninstall"
