; Inno Setup script: a per-user CarerHelp installer (no administrator password needed).
; Build on Windows after PyInstaller:  iscc packaging\windows\carerhelp.iss
; (another version: iscc /DAppVersion=0.2.0 packaging\windows\carerhelp.iss)
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0C7D53-9F0B-4B83-8F5C-2C1F3C0A7A11}
AppName=CarerHelp
AppVersion={#AppVersion}
AppPublisher=CarerHelp
DefaultDirName={localappdata}\Programs\CarerHelp
DefaultGroupName=CarerHelp
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=CarerHelp-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\carerhelp.ico
UninstallDisplayIcon={app}\CarerHelp.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DisableProgramGroupPage=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Messages]
WelcomeLabel2=This will put CarerHelp on your computer.%n%nCarerHelp helps you find the rights and money you may have as a carer, and writes a letter to your council. Nothing you type is sent anywhere.
FinishedLabel=CarerHelp is ready. You can start it from the Start menu.

[Tasks]
Name: "desktopicon"; Description: "Put a CarerHelp icon on the desktop"; GroupDescription: "Shortcuts:"

[Files]
Source: "..\dist\CarerHelp\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\CarerHelp"; Filename: "{app}\CarerHelp.exe"
Name: "{userdesktop}\CarerHelp"; Filename: "{app}\CarerHelp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CarerHelp.exe"; Description: "Start CarerHelp now"; Flags: nowait postinstall skipifsilent

[Code]
// Carers' answers live in %LOCALAPPDATA%\CarerHelp. Uninstalling keeps them unless the person asks
// (a silent uninstall always keeps them).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\CarerHelp');
    if DirExists(DataDir) then
      if SuppressibleMsgBox('Do you also want to delete your saved answers and letters?' + #13#10 + #13#10 +
                'They are in ' + DataDir + '. If you say No, they stay there and CarerHelp finds them if you install it again.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
