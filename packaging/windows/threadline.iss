; Inno Setup script for Threadline on Windows. Build on Windows after PyInstaller:
;   pyinstaller --noconfirm --distpath packaging\out\dist packaging\threadline.spec
;   iscc /DAppVersion=<version> packaging\windows\threadline.iss
; (packaging\windows\build.ps1 does both and passes threadline.__version__;
; packaging\windows\smoke-test.ps1 installs it silently, starts it and uninstalls it.)
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (build.ps1 reads it from threadline/__init__.py)
#endif
#define AppId "org.threadline.Threadline"

[Setup]
AppId={{6F1D2C43-8B7E-4E43-9C2B-2F1E3B7A9D10}
AppName=Threadline
AppVersion={#AppVersion}
AppPublisher=The Threadline team
AppPublisherURL=https://threadline.org/
DefaultDirName={autopf}\Threadline
DefaultGroupName=Threadline
DisableProgramGroupPage=yes
OutputDir=..\out
OutputBaseFilename=threadline-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\threadline.ico
UninstallDisplayIcon={app}\threadline.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Files]
Source: "..\out\dist\threadline\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Threadline"; Filename: "{app}\threadline.exe"; IconFilename: "{app}\threadline.exe"; AppUserModelID: "{#AppId}"
Name: "{group}\Uninstall Threadline"; Filename: "{uninstallexe}"

[Registry]
; Offer Threadline as a mailto: handler (Settings > Default apps).
Root: HKA; Subkey: "Software\Classes\Threadline.mailto"; ValueType: string; ValueData: "URL:MailTo Protocol"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Threadline.mailto\DefaultIcon"; ValueType: string; ValueData: "{app}\threadline.exe,0"
Root: HKA; Subkey: "Software\Classes\Threadline.mailto\shell\open\command"; ValueType: string; ValueData: """{app}\threadline.exe"" ""%1"""
Root: HKA; Subkey: "Software\Threadline"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Threadline\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "Threadline"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Threadline\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Mail that lands in the right conversation"
Root: HKA; Subkey: "Software\Threadline\Capabilities\URLAssociations"; ValueType: string; ValueName: "mailto"; ValueData: "Threadline.mailto"
Root: HKA; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "Threadline"; ValueData: "Software\Threadline\Capabilities"; Flags: uninsdeletevalue

[Run]
Filename: "{app}\threadline.exe"; Description: "Start Threadline"; Flags: nowait postinstall skipifsilent
