<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandCatalog</name>
    <message>
        <location filename="../core/investigate/CommandCatalog.cpp" line="+86"/>
        <source>Upload a file&apos;s content (base64) from the host.</source>
        <translation>Den Inhalt einer Datei (base64) vom Host hochladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size, attributes and times of a file.</source>
        <translation>Größe, Attribute und Zeitstempel einer Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 and signature of a file.</source>
        <translation>SHA-256 und Signatur einer Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a file.</source>
        <translation>Eine Datei löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move or rename a file.</source>
        <translation>Eine Datei verschieben oder umbenennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List a directory, optionally recursively.</source>
        <translation>Ein Verzeichnis auflisten, wahlweise rekursiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find files with a given SHA-256 under a directory.</source>
        <translation>Dateien mit einem bestimmten SHA-256 unterhalb eines Verzeichnisses finden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Memory map of a process.</source>
        <translation>Speicherabbild (Memory Map) eines Prozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read process memory (base64).</source>
        <translation>Prozessspeicher lesen (base64).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open handles of a process (0 = all).</source>
        <translation>Offene Handles eines Prozesses (0 = alle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strings in a process&apos;s memory.</source>
        <translation>Zeichenketten im Speicher eines Prozesses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search process memory for strings (pid 0 = all).</source>
        <translation>Prozessspeicher nach Zeichenketten durchsuchen (PID 0 = alle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find processes holding a matching handle.</source>
        <translation>Prozesse finden, die ein passendes Handle halten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services and their state.</source>
        <translation>Dienste und ihr Zustand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded drivers.</source>
        <translation>Geladene Treiber.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed packages.</source>
        <translation>Installierte Pakete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kill a process.</source>
        <translation>Einen Prozess beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend a process or thread.</source>
        <translation>Einen Prozess oder Thread anhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume a suspended process or thread.</source>
        <translation>Einen angehaltenen Prozess oder Thread fortsetzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running processes.</source>
        <translation>Laufende Prozesse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programs started automatically.</source>
        <translation>Automatisch gestartete Programme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system version.</source>
        <translation>Version des Betriebssystems.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User accounts.</source>
        <translation>Benutzerkonten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subkeys and values of a registry key.</source>
        <translation>Unterschlüssel und Werte eines Registrierungsschlüssels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look for hidden modules in a process (-1 = all).</source>
        <translation>Nach versteckten Modulen in einem Prozess suchen (-1 = alle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send an event type to the cloud for a while.</source>
        <translation>Einen Ereignistyp eine Zeit lang an die Cloud senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop sending an event type.</source>
        <translation>Einen Ereignistyp nicht mehr senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event types currently sent.</source>
        <translation>Derzeit gesendete Ereignistypen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events cached on the sensor.</source>
        <translation>Auf dem Sensor zwischengespeicherte Ereignisse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch performance mode.</source>
        <translation>Leistungsmodus umschalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the sensor.</source>
        <translation>Den Sensor neu starten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uninstall the sensor.</source>
        <translation>Den Sensor deinstallieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch files or registry keys for changes.</source>
        <translation>Dateien oder Registrierungsschlüssel auf Änderungen überwachen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop watching patterns.</source>
        <translation>Überwachung von Mustern beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watched patterns.</source>
        <translation>Überwachte Muster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the sensor&apos;s YARA rules.</source>
        <translation>Die YARA-Regeln des Sensors ersetzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan a file, a process or the whole host with a YARA rule.</source>
        <translation>Eine Datei, einen Prozess oder den ganzen Host mit einer YARA-Regel scannen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents cached by the sensor.</source>
        <translation>Vom Sensor zwischengespeicherte Dokumente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kill a process tree and keep it from running.</source>
        <translation>Einen Prozessbaum beenden und seine erneute Ausführung verhindern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut the host off the network (until rejoin or reboot).</source>
        <translation>Den Host vom Netzwerk trennen (bis zur Wiederaufnahme oder zum Neustart).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let a segregated host back on the network.</source>
        <translation>Einen isolierten Host wieder ins Netzwerk lassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network connections.</source>
        <translation>Netzwerkverbindungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve a domain name from the host.</source>
        <translation>Einen Domainnamen vom Host aus auflösen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upload a log or artifact to the cloud.</source>
        <translation>Ein Protokoll oder Artefakt in die Cloud hochladen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run a payload or a shell command.</source>
        <translation>Eine Nutzlast oder einen Shell-Befehl ausführen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network interfaces available for capture.</source>
        <translation>Für Mitschnitte verfügbare Netzwerkschnittstellen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be hexadecimal, not &quot;%2&quot;</source>
        <translation>%1 muss hexadezimal sein, nicht „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a SHA-256: 64 hexadecimal characters</source>
        <translation>%1 muss ein SHA-256 sein: 64 hexadezimale Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must start with hkcr, hkcc, hkcu, hklm or hku: the sensor takes the short names (hklm for HKEY_LOCAL_MACHINE)</source>
        <translation>%1 muss mit hkcr, hkcc, hkcu, hklm oder hku beginnen: Der Sensor erwartet die Kurznamen (hklm für HKEY_LOCAL_MACHINE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must start with hkcr, hkcc, hkcu, hklm or hku, then a backslash</source>
        <translation>%1 muss mit hkcr, hkcc, hkcu, hklm oder hku beginnen, gefolgt von einem Backslash</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chrome OS</source>
        <translation>Chrome OS</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Platforms: %1</source>
        <translation>Plattformen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes the host: asks for confirmation.</source>
        <translation>Verändert den Host: fragt nach einer Bestätigung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The command holds control characters (a line break or a tab?).</source>
        <translation>Der Befehl enthält Steuerzeichen (einen Zeilenumbruch oder einen Tabulator?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a command, for example os_version.</source>
        <translation>Einen Befehl eingeben, zum Beispiel os_version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote is not closed.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not supported on this sensor&apos;s platform (only %2).</source>
        <translation>%1 wird auf der Plattform dieses Sensors nicht unterstützt (nur %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no option %2. Usage: %3</source>
        <translation>%1 hat keine Option %2. Aufruf: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is given twice.</source>
        <translation>%1 ist zweimal angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a value (%2).</source>
        <translation>%1 braucht einen Wert (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too many arguments. Usage: %1</source>
        <translation>Zu viele Argumente. Aufruf: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dir_find_hash needs a SHA-256 to look for. Usage: %1</source>
        <translation>dir_find_hash braucht einen SHA-256, nach dem gesucht wird. Aufruf: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is missing. Usage: %2</source>
        <translation>%1 fehlt. Aufruf: %2</translation>
    </message>
</context>
<context>
    <name>ConfigDiagnostic</name>
    <message>
        <location filename="../core/sync/ConfigDiagnostic.cpp" line="+19"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../core/sync/ConfigLoader.cpp" line="+140"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the folder holds no .yaml or .yml file</source>
        <translation>der Ordner enthält keine .yaml- oder .yml-Datei</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+72"/>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the file is empty; a rule file holds detect and respond</source>
        <translation>die Datei ist leer; eine Regeldatei enthält detect und respond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a rule: a rule file is a mapping with detect and respond (or a config with a version)</source>
        <translation>keine Regel: Eine Regeldatei ist ein Mapping mit detect und respond (oder eine Konfiguration mit version)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>include cycle: %1</source>
        <translation>Einbindungszyklus: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read the included file %1: %2</source>
        <translation>die eingebundene Datei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no version key (the file is empty or only comments)</source>
        <translation>%1 hat keinen Schlüssel version (die Datei ist leer oder enthält nur Kommentare)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a config is a mapping with a version key, not a single value or list</source>
        <translation>eine Konfiguration ist ein Mapping mit dem Schlüssel version, kein einzelner Wert und keine Liste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no version key (1, 2 or 3)</source>
        <translation>kein Schlüssel version (1, 2 oder 3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>version %1 is not known; LC Desk reads versions 1, 2 and 3</source>
        <translation>Version %1 ist unbekannt; LC Desk liest die Versionen 1, 2 und 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>hives is a mapping of hive names</source>
        <translation>hives ist ein Mapping von Hive-Namen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the section %1 is not synced by LC Desk and was left out</source>
        <translation>der Abschnitt %1 wird von LC Desk nicht synchronisiert und wurde ausgelassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>include takes a path or a list of paths</source>
        <translation>include erwartet einen Pfad oder eine Liste von Pfaden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the included file %1 does not exist</source>
        <translation>die eingebundene Datei %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the include pattern %1 matches no file</source>
        <translation>das include-Muster %1 passt auf keine Datei</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rules is a mapping of rule names to rules</source>
        <translation>rules ist ein Mapping von Regelnamen auf Regeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <source>the rule %1 has no detect section</source>
        <translation>die Regel %1 hat keinen Abschnitt detect</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the hive %1 is not synced by LC Desk and was left out</source>
        <translation>der Hive %1 wird von LC Desk nicht synchronisiert und wurde ausgelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the hive %1 is a mapping of record names to records</source>
        <translation>der Hive %1 ist ein Mapping von Datensatznamen auf Datensätze</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the record %1 in %2 has no data mapping</source>
        <translation>der Datensatz %1 in %2 hat kein data-Mapping</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>outputs is a mapping of output names to outputs</source>
        <translation>outputs ist ein Mapping von Ausgabenamen auf Ausgaben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the output %1 has no module</source>
        <translation>die Ausgabe %1 hat kein module</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; cannot be a name</source>
        <translation>„%1“ kann kein Name sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name %1 holds an invisible or control character</source>
        <translation>der Name %1 enthält ein unsichtbares oder ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule %1: names starting with __ belong to the service</source>
        <translation>die Regel %1: Namen, die mit __ beginnen, gehören dem Dienst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rule %1: the namespace %2 does not exist (general, managed or service)</source>
        <translation>die Regel %1: Der Namensraum %2 existiert nicht (general, managed oder service)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rule %1: detect must be a mapping</source>
        <translation>die Regel %1: detect muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rule %1: respond must be a list of actions</source>
        <translation>die Regel %1: respond muss eine Liste von Aktionen sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule %1: is_enabled must be true or false, not %2</source>
        <translation>die Regel %1: is_enabled muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>false-positive rule %1</source>
        <translation>Fehlalarm-Regel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 defined in %2 (line %3) and %4 (line %5)</source>
        <translation>%1 ist in %2 (Zeile %3) und in %4 (Zeile %5) definiert</translation>
    </message>
</context>
<context>
    <name>ConfigWriter</name>
    <message>
        <location filename="../core/sync/ConfigWriter.cpp" line="+256"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+28"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The folder %1 holds YAML files fetch did not write (%2); fetch into an empty folder or one written by fetch.</source>
        <translation>Der Ordner %1 enthält YAML-Dateien, die nicht von fetch geschrieben wurden (%2); fetch in einen leeren oder von fetch geschriebenen Ordner ausführen.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <location filename="../core/investigate/Indicator.cpp" line="+108"/>
        <source>YARA rule file %1 cannot be read: %2</source>
        <translation>Die YARA-Regeldatei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YARA rule file %1 is empty</source>
        <translation>Die YARA-Regeldatei %1 ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registry key</source>
        <translation>Registrierungsschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registry value</source>
        <translation>Registrierungswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YARA</source>
        <translation>YARA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 in %2 (depth %3)</source>
        <translation>%1 in %2 (Tiefe %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2 %3 (depth %4)</source>
        <translation>%1 in %2 %3 (Tiefe %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on processes %2</source>
        <translation>%1 auf den Prozessen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 in %3 (depth %4)</source>
        <translation>%1 auf %2 in %3 (Tiefe %4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 indicator &quot;%2&quot; rejected: %3</source>
        <translation>%1-Indikator „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds control characters (a line break or a tab?)</source>
        <translation>er enthält Steuerzeichen (einen Zeilenumbruch oder einen Tabulator?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a SHA-256 has 64 hexadecimal characters, this has %1</source>
        <translation>ein SHA-256 hat 64 hexadezimale Zeichen, dieser hat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not 64 hex characters, contains &apos;%1&apos;</source>
        <translation>nicht 64 Hex-Zeichen, enthält „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the directory is empty</source>
        <translation>das Verzeichnis ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name pattern is empty (use * for all files)</source>
        <translation>das Dateinamensmuster ist leer (* für alle Dateien verwenden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the depth cannot be negative</source>
        <translation>die Tiefe kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value name is empty</source>
        <translation>der Wertname ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a registry key starts with hkcr, hkcc, hkcu, hklm or hku (or their HKEY_ names), then a backslash</source>
        <translation>ein Registrierungsschlüssel beginnt mit hkcr, hkcc, hkcu, hklm oder hku (oder deren HKEY_-Namen), gefolgt von einem Backslash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no rule file or URL</source>
        <translation>keine Regeldatei oder URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule URL must be https://</source>
        <translation>eine Regel-URL muss mit https:// beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no process expression</source>
        <translation>kein Prozessausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files need a directory, a name pattern and a depth</source>
        <translation>Dateien brauchen ein Verzeichnis, ein Namensmuster und eine Tiefe</translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <location filename="../core/sync/SyncPlan.cpp" line="+111"/>
        <source>the %1 namespace belongs to the service and cannot be changed</source>
        <translation>der Namensraum %1 gehört dem Dienst und kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key lacks the permission %1</source>
        <translation>dem Schlüssel fehlt die Berechtigung %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Rules in the %1 namespace could not be read, so none is removed there.</source>
        <translation>Die Regeln im Namensraum %1 konnten nicht gelesen werden, daher wird dort keine entfernt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 unchanged, %2 to add, %3 to change, %4 to move, %5 to remove</source>
        <translation>%1 unverändert, %2 hinzuzufügen, %3 zu ändern, %4 zu verschieben, %5 zu entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>; %n blocked</source>
        <translation>
            <numerusform>; %n blockiert</numerusform>
            <numerusform>; %n blockiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>every D&amp;R rule in %1 (%2)</source>
        <translation>jede D&amp;R-Regel in %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every false-positive rule (%1)</source>
        <translation>jede Fehlalarm-Regel (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every output (%1)</source>
        <translation>jede Ausgabe (%1)</translation>
    </message>
</context>
<context>
    <name>YamlParseGuard</name>
    <message>
        <location filename="../core/yaml/YamlParseGuard.cpp" line="+101"/>
        <source>YAML cannot be read on from here (a stray &apos;,&apos; or &apos;?&apos; outside [ ] or { }?); quote the value that holds it</source>
        <translation>YAML lässt sich ab hier nicht weiterlesen (ein einzelnes &apos;,&apos; oder &apos;?&apos; außerhalb von [ ] oder { }?); setzen Sie den Wert, der es enthält, in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>YamlPrecheck</name>
    <message>
        <location filename="../core/yaml/YamlPrecheck.cpp" line="+322"/>
        <source>a comma outside [ ] or { }; quote the value that holds it</source>
        <translation>ein Komma außerhalb von [ ] oder { }; setzen Sie den Wert, der es enthält, in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text after a closing quote or bracket; quote the whole value</source>
        <translation>Text nach einem schließenden Anführungszeichen oder einer schließenden Klammer; setzen Sie den ganzen Wert in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this quote is never closed</source>
        <translation>dieses Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../core/sync/YamlReader.cpp" line="+186"/>
        <source>nesting deeper than %1 levels (an alias that refers to itself?)</source>
        <translation>Verschachtelung tiefer als %1 Ebenen (ein Alias, der auf sich selbst verweist?)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file expands to more than %1 values (aliases repeated within aliases?)</source>
        <translation>die Datei ergibt mehr als %1 Werte (Aliase, die in Aliasen wiederholt werden?)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (in %1)</source>
        <translation> (in %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a mapping key must be plain text%1</source>
        <translation>ein Mapping-Schlüssel muss einfacher Text sein%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings%1</source>
        <translation>ein Merge-Schlüssel (&lt;&lt;) erwartet ein Mapping oder eine Liste von Mappings%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicate key %1 at lines %2 and %3%4</source>
        <translation>doppelter Schlüssel %1 in den Zeilen %2 und %3%4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 is read as the boolean %3 (YAML 1.1); quote the value, e.g. %1: &quot;%2&quot;, if the text is meant</source>
        <translation>%1: %2 wird als Boolescher Wert %3 gelesen (YAML 1.1); den Wert in Anführungszeichen setzen, z. B. %1: &quot;%2&quot;, wenn der Text gemeint ist</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the tag %1 is not understood; the value is read as text%2</source>
        <translation>das Tag %1 wird nicht verstanden; der Wert wird als Text gelesen%2</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+51"/>
        <source>%1: the number %2 does not fit 64 bits; quote it if the text is meant</source>
        <translation>%1: die Zahl %2 passt nicht in 64 Bit; in Anführungszeichen setzen, wenn der Text gemeint ist</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>%1: %2 is read as the number %3 (YAML 1.1); quote the value, e.g. %1: &quot;%2&quot;, if the text is meant</source>
        <translation>%1: %2 wird als die Zahl %3 gelesen (YAML 1.1); den Wert in Anführungszeichen setzen, z. B. %1: &quot;%2&quot;, wenn der Text gemeint ist</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+73"/>
        <source>%1: %2 is not a number JSON can carry; quote it if the text is meant</source>
        <translation>%1: %2 ist keine Zahl, die JSON darstellen kann; in Anführungszeichen setzen, wenn der Text gemeint ist</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1: a number of %2 digits is more than JSON readers take (at most %3); quote it if the text is meant</source>
        <translation>%1: eine Zahl mit %2 Ziffern ist mehr, als JSON-Leser annehmen (höchstens %3); setzen Sie sie in Anführungszeichen, wenn der Text gemeint ist</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: %2 is read as a date, which a rule cannot hold; quote the value, e.g. %1: &quot;%2&quot;</source>
        <translation>%1: %2 wird als Datum gelesen, das eine Regel nicht enthalten kann; den Wert in Anführungszeichen setzen, z. B. %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is read as the text &quot;%2&quot; here, but other YAML readers take it for a number or boolean; quote the value, e.g. %1: &quot;%2&quot;</source>
        <translation>%1: %2 wird hier als der Text &quot;%2&quot; gelesen, andere YAML-Leser halten ihn aber für eine Zahl oder einen Booleschen Wert; den Wert in Anführungszeichen setzen, z. B. %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>tab character used for indentation; indent with spaces</source>
        <translation>Tabulatorzeichen zur Einrückung verwendet; mit Leerzeichen einrücken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not UTF-8 text, or a control character; YAML is printable text</source>
        <translation>kein UTF-8-Text oder ein Steuerzeichen; YAML ist druckbarer Text</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the file holds more than one YAML document (a second one starts here); a config is one document</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument (hier beginnt ein zweites); eine Konfiguration ist ein einziges Dokument</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 uses the alias %2, whose anchor is not defined in that file (anchors do not cross files)</source>
        <translation>%1 verwendet den Alias %2, dessen Anker in dieser Datei nicht definiert ist (Anker gelten nicht dateiübergreifend)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>lc::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+45"/>
        <source>About LC Desk</source>
        <translation>Über LC Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h2&gt;LC Desk %1&lt;/h2&gt;&lt;p&gt;The desktop console for the LimaCharlie.io EDR cloud.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LC Desk %1&lt;/h2&gt;&lt;p&gt;Die Desktop-Konsole für die EDR-Cloud LimaCharlie.io.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;LC Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; for details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LC Desk ist freie Software: Sie darf unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergegeben und/oder verändert werden, entweder gemäß Version 3 der Lizenz oder (nach Wahl) jeder späteren Version (GPL-3.0-or-later). Sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt. Einzelheiten stehen in der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;b&gt;Bundled data.&lt;/b&gt; The demo organisation starts with community rules from &lt;a href=&quot;https://github.com/refractionPOINT/sigma-limacharlie&quot;&gt;sigma-limacharlie&lt;/a&gt;: Sigma rules of the &lt;a href=&quot;https://github.com/SigmaHQ/sigma&quot;&gt;SigmaHQ&lt;/a&gt; project converted to LimaCharlie D&amp;amp;R rules, distributed under the &lt;a href=&quot;https://github.com/SigmaHQ/Detection-Rule-License&quot;&gt;Detection Rule License (DRL) 1.1&lt;/a&gt;. Each rule names its authors and references in its metadata.&lt;/p&gt;&lt;p&gt;lcdesk-emulator, the demo organisation&apos;s server, includes &lt;a href=&quot;https://github.com/nlohmann/json&quot;&gt;JSON for Modern C++&lt;/a&gt; by Niels Lohmann (MIT License).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mitgelieferte Daten.&lt;/b&gt; Die Demo-Organisation startet mit Community-Regeln aus &lt;a href=&quot;https://github.com/refractionPOINT/sigma-limacharlie&quot;&gt;sigma-limacharlie&lt;/a&gt;: Sigma-Regeln des Projekts &lt;a href=&quot;https://github.com/SigmaHQ/sigma&quot;&gt;SigmaHQ&lt;/a&gt;, in D&amp;R-Regeln für LimaCharlie umgewandelt und unter der &lt;a href=&quot;https://github.com/SigmaHQ/Detection-Rule-License&quot;&gt;Detection Rule License (DRL) 1.1&lt;/a&gt; verbreitet. Jede Regel nennt ihre Autoren und Quellen in ihren Metadaten.&lt;/p&gt;&lt;p&gt;lcdesk-emulator, der Server der Demo-Organisation, enthält &lt;a href=&quot;https://github.com/nlohmann/json&quot;&gt;JSON for Modern C++&lt;/a&gt; von Niels Lohmann (MIT-Lizenz).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;The licence texts are in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Lizenztexte liegen in %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>lc::ApiPath</name>
    <message>
        <location filename="../core/api/ApiPath.cpp" line="+26"/>
        <source>The name &quot;%1&quot; cannot be used in a request path; rename it.</source>
        <translation>Der Name „%1“ kann nicht in einem Anfragepfad verwendet werden; bitte umbenennen.</translation>
    </message>
</context>
<context>
    <name>lc::ApiRequest</name>
    <message>
        <location filename="../core/api/ApiRequest.cpp" line="+121"/>
        <location line="+94"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 did not answer in time. Check the network and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Netzwerk prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>LimaCharlie refused the session even after renewing it. The API key may lack access to this organisation; log in again.</source>
        <translation>LimaCharlie hat die Sitzung auch nach der Erneuerung abgelehnt. Möglicherweise hat der API-Schlüssel keinen Zugriff auf diese Organisation; erneut anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LimaCharlie refused the session token and there is no API key to renew it. Log in again with an API key.</source>
        <translation>LimaCharlie hat das Sitzungstoken abgelehnt, und es gibt keinen API-Schlüssel, um es zu erneuern. Erneut mit einem API-Schlüssel anmelden.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Rate limited by LimaCharlie, which asks to wait %n s before the next request; try again later.</source>
        <translation>
            <numerusform>Von LimaCharlie gedrosselt: Vor der nächsten Anfrage soll %n Sekunde gewartet werden; später erneut versuchen.</numerusform>
            <numerusform>Von LimaCharlie gedrosselt: Vor der nächsten Anfrage sollen %n Sekunden gewartet werden; später erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rate limited</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>server error %1</source>
        <translation>Serverfehler %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The answer from %1 is not valid JSON (%2 at byte %3).</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Refused a redirect from https to %1 (%2). Nothing was sent there.</source>
        <translation>Eine Umleitung von https auf %1 (%2) wurde abgelehnt. Dorthin wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused an unexpected redirect to %1. Credentials were not sent there.</source>
        <translation>Eine unerwartete Umleitung auf %1 wurde abgelehnt. Die Zugangsdaten wurden nicht dorthin gesendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server redirected %1 to %2 instead of doing it; nothing was changed. Check the API URL.</source>
        <translation>Der Server hat %1 auf %2 umgeleitet, statt die Anfrage auszuführen; es wurde nichts geändert. Die API-URL prüfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused a redirect to %1.</source>
        <translation>Eine Umleitung auf %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sensor is not connected, so it cannot receive this.</source>
        <translation>Der Sensor ist nicht verbunden und kann dies daher nicht empfangen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LimaCharlie refused the request %1.</source>
        <translation>LimaCharlie hat die Anfrage %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is not allowed to do this (%1). Use a key with the needed permission.</source>
        <translation>Der API-Schlüssel darf das nicht (%1). Einen Schlüssel mit der nötigen Berechtigung verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found: %1.</source>
        <translation>Nicht gefunden: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request %1 was too large for the server.</source>
        <translation>Die Anfrage %1 war zu groß für den Server.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Rate limited by LimaCharlie; retrying stopped after %n tries.</source>
        <translation>
            <numerusform>Von LimaCharlie gedrosselt; die Wiederholungen wurden nach %n Versuch beendet.</numerusform>
            <numerusform>Von LimaCharlie gedrosselt; die Wiederholungen wurden nach %n Versuchen beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Rate limited by LimaCharlie (quota %1 per %2 s); retrying stopped after %n tries.</source>
        <translation>
            <numerusform>Von LimaCharlie gedrosselt (Kontingent %1 pro %2 s); die Wiederholungen wurden nach %n Versuch beendet.</numerusform>
            <numerusform>Von LimaCharlie gedrosselt (Kontingent %1 pro %2 s); die Wiederholungen wurden nach %n Versuchen beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>LimaCharlie answered %1 with a server error (HTTP %2) after %n tries; try again later.</source>
        <translation>
            <numerusform>LimaCharlie hat %1 nach %n Versuch mit einem Serverfehler (HTTP %2) beantwortet; später erneut versuchen.</numerusform>
            <numerusform>LimaCharlie hat %1 nach %n Versuchen mit einem Serverfehler (HTTP %2) beantwortet; später erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected answer to %1 (HTTP %2).</source>
        <translation>Unerwartete Antwort auf %1 (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>lc::Application</name>
    <message>
        <location filename="../app/Application.cpp" line="+39"/>
        <source>unknown command &quot;%1&quot;; run &apos;lcdesk help&apos; for the list.</source>
        <translation>unbekannter Befehl „%1“; &apos;lcdesk help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Commands such as &apos;lcdesk sensors&apos; need none; &apos;lcdesk help&apos; lists them.</source>
        <translation>keine Anzeige, auf der sich das Fenster öffnen ließe (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Befehle wie &apos;lcdesk sensors&apos; brauchen keine; &apos;lcdesk help&apos; listet sie auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Qt %1 (built with Qt %2)
</source>
        <translation>Qt %1 (erstellt mit Qt %2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.
</source>
        <translation>Lizenz GPL-3.0-or-later: GNU GPL Version 3 oder neuer &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
Dies ist freie Software: Sie darf verändert und weitergegeben werden. Es gibt KEINE GEWÄHRLEISTUNG, soweit gesetzlich zulässig.
</translation>
    </message>
</context>
<context>
    <name>lc::BannerArea</name>
    <message>
        <location filename="../ui/widgets/BannerArea.cpp" line="+14"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>lc::BatchResultModel</name>
    <message>
        <location filename="../models/BatchResultModel.cpp" line="+42"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor ID</source>
        <translation>Sensor-ID</translation>
    </message>
</context>
<context>
    <name>lc::BatchResultsDialog</name>
    <message>
        <location filename="../ui/sensors/BatchResultsDialog.cpp" line="+26"/>
        <source>Cancel Remaining</source>
        <translation>Restliche abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results per sensor</source>
        <translation>Ergebnisse pro Sensor</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%1 of %n sensor(s) done…</source>
        <translation>
            <numerusform>%1 von %n Sensor erledigt …</numerusform>
            <numerusform>%1 von %n Sensoren erledigt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done for all %n sensor(s).</source>
        <translation>
            <numerusform>Für %n Sensor erledigt.</numerusform>
            <numerusform>Für alle %n Sensoren erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Done: %1 succeeded, %n failed.</source>
        <translation>
            <numerusform>Erledigt: %1 erfolgreich, %n fehlgeschlagen.</numerusform>
            <numerusform>Erledigt: %1 erfolgreich, %n fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::CliCommands</name>
    <message>
        <location filename="../app/CliCommands.cpp" line="+154"/>
        <source>Usage: lcdesk [--demo] [--env NAME]              open the desktop console
       lcdesk &lt;command&gt; [options]                run without a display

Commands:
  login      store an API key in the OS keychain for an environment
  use [NAME] list environments, or print the export line for one
  sensors    list sensors (filters, --json)
  tag        tag sensors:   lcdesk tag SENSOR... --tag T [--ttl SECONDS]
  untag      untag sensors: lcdesk untag SENSOR... --tag T
  task       send a task:   lcdesk task COMMAND SENSOR... [--investigation-id ID]
  isolate    isolate sensors from the network: lcdesk isolate SENSOR...
  rejoin     end isolation: lcdesk rejoin SENSOR...
  spout      print the live stream: lcdesk spout TYPE [--tag T] [--cat C] [--sid S]
             [--inv-id I] [--count N] [--timeout SEC]
  firehose   receive the pushed stream over TLS: lcdesk firehose IFACE:PORT TYPE
             [-n NAME] [-t TAG] [-c CAT] [-s SID] [-i INV_ID] [--public-dest H:P]
             [--cert FILE --key FILE] [--count N] [--timeout SEC]
  sync       rules as code: lcdesk sync fetch|push [--dry-run] [--force]
             [--no-rules] [--no-fp] [--no-outputs] [--config FILE|DIR] [--json]
  spotcheck  look for indicators on every sensor: lcdesk spotcheck -f PATH...
             [-n N] [--tags +vip,-lab] [--recheck SEC] [--offline-wait SEC] [--json]
  shell      interactive shell for one sensor: lcdesk shell [SENSOR] [--inv-id ID]
             [--yes] [--json] [--timeout SEC]

SENSOR is a sensor id or an exact hostname. TYPE is event, detect, audit,
deployment or billing (billing: spout only); records print as one JSON line each.
&apos;lcdesk &lt;command&gt; --help&apos; for more.
Credentials: LC_OID/LC_UID/LC_API_KEY, else LC_CREDS_FILE or ~/.limacharlie with
environment LC_CURRENT_ENV, else the keychain; --demo uses the demo organisation.
</source>
        <translation>Aufruf: lcdesk [--demo] [--env NAME]              öffnet die Desktop-Konsole
       lcdesk &lt;Befehl&gt; [Optionen]                läuft ohne Bildschirm

Befehle:
  login      einen API-Schlüssel für eine Umgebung im Schlüsselbund des Systems ablegen
  use [NAME] Umgebungen auflisten oder die Export-Zeile für eine ausgeben
  sensors    Sensoren auflisten (Filter, --json)
  tag        Sensoren taggen:       lcdesk tag SENSOR... --tag T [--ttl SEKUNDEN]
  untag      Tags entfernen:        lcdesk untag SENSOR... --tag T
  task       Auftrag senden:        lcdesk task BEFEHL SENSOR... [--investigation-id ID]
  isolate    Sensoren vom Netzwerk isolieren: lcdesk isolate SENSOR...
  rejoin     Isolierung beenden:    lcdesk rejoin SENSOR...
  spout      den Live-Stream ausgeben: lcdesk spout TYP [--tag T] [--cat C] [--sid S]
             [--inv-id I] [--count N] [--timeout SEK]
  firehose   den gepushten Stream über TLS empfangen: lcdesk firehose IFACE:PORT TYP
             [-n NAME] [-t TAG] [-c CAT] [-s SID] [-i INV_ID] [--public-dest H:P]
             [--cert DATEI --key DATEI] [--count N] [--timeout SEK]
  sync       Regeln als Code: lcdesk sync fetch|push [--dry-run] [--force]
             [--no-rules] [--no-fp] [--no-outputs] [--config DATEI|ORDNER] [--json]
  spotcheck  auf jedem Sensor nach Indikatoren suchen: lcdesk spotcheck -f PFAD...
             [-n N] [--tags +vip,-lab] [--recheck SEK] [--offline-wait SEK] [--json]
  shell      interaktive Shell für einen Sensor: lcdesk shell [SENSOR] [--inv-id ID]
             [--yes] [--json] [--timeout SEK]

SENSOR ist eine Sensor-ID oder ein exakter Hostname. TYP ist event, detect, audit,
deployment oder billing (billing: nur spout); jeder Datensatz wird als eine JSON-Zeile ausgegeben.
&apos;lcdesk &lt;Befehl&gt; --help&apos; zeigt mehr.
Zugangsdaten: LC_OID/LC_UID/LC_API_KEY, sonst LC_CREDS_FILE oder ~/.limacharlie mit
der Umgebung LC_CURRENT_ENV, sonst der Schlüsselbund; --demo nutzt die Demo-Organisation.
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Only sensors online now.</source>
        <translation>Nur Sensoren, die gerade online sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname prefix (server side).</source>
        <translation>Präfix des Hostnamens (serverseitig).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal or external IP (server side).</source>
        <translation>Interne oder externe IP (serverseitig).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ip</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor selector expression.</source>
        <translation>Ausdruck zur Sensorauswahl.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only sensors with this tag.</source>
        <translation>Nur Sensoren mit diesem Tag.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+90"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Only this platform (windows, linux, ...).</source>
        <translation>Nur diese Plattform (windows, linux, ...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text that the hostname, an IP, the platform or a tag must contain.</source>
        <translation>Text, den der Hostname, eine IP, die Plattform oder ein Tag enthalten muss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip online state and tags (one request per page only).</source>
        <translation>Online-Status und Tags auslassen (nur eine Anfrage pro Seite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the sensors of the organisation.</source>
        <translation>Die Sensoren der Organisation auflisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown platform &quot;%1&quot;; use a name such as windows, linux, macos or chromeos.</source>
        <translation>Unbekannte Plattform „%1“; einen Namen wie windows, linux, macos oder chromeos verwenden.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n sensor(s)</source>
        <translation>
            <numerusform>%n Sensor</numerusform>
            <numerusform>%n Sensoren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag to add or remove (repeatable).</source>
        <translation>Hinzuzufügendes oder zu entfernendes Tag (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the tag again after this many seconds (default: never).</source>
        <translation>Das Tag nach so vielen Sekunden wieder entfernen (Standard: nie).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <location line="+28"/>
        <source>Sensor ids or hostnames.</source>
        <translation>Sensor-IDs oder Hostnamen.</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+38"/>
        <location line="+28"/>
        <source>SENSOR...</source>
        <translation>SENSOR...</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Tag sensors.</source>
        <translation>Sensoren taggen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove tags from sensors.</source>
        <translation>Tags von Sensoren entfernen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A --tag cannot be empty.</source>
        <translation>Ein --tag darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one --tag and one sensor.</source>
        <translation>Mindestens ein --tag und einen Sensor angeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--ttl takes a number of seconds.</source>
        <translation>--ttl erwartet eine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tagged</source>
        <translation>getaggt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>untagged</source>
        <translation>Tag entfernt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Investigation id echoed by the sensor in its responses.</source>
        <translation>Untersuchungs-ID, die der Sensor in seinen Antworten zurückgibt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sensor command line, e.g. &quot;os_processes&quot;.</source>
        <translation>Die Befehlszeile für den Sensor, z. B. „os_processes“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a task to sensors.</source>
        <translation>Einen Auftrag an Sensoren senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command cannot be empty.</source>
        <translation>Der Befehl darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a command and at least one sensor.</source>
        <translation>Einen Befehl und mindestens einen Sensor angeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Isolate sensors from the network (they keep talking to LimaCharlie).</source>
        <translation>Sensoren vom Netzwerk isolieren (sie bleiben mit LimaCharlie verbunden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the network isolation of sensors.</source>
        <translation>Die Netzwerkisolierung von Sensoren beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name at least one sensor.</source>
        <translation>Mindestens einen Sensor angeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>isolation requested</source>
        <translation>Isolierung angefordert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejoin requested</source>
        <translation>Wiederaufnahme angefordert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List environments, or print the line that selects one: . &lt;(lcdesk use NAME)</source>
        <translation>Umgebungen auflisten oder die Zeile ausgeben, die eine auswählt: . &lt;(lcdesk use NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment to select.</source>
        <translation>Auszuwählende Umgebung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[NAME]</source>
        <translation>[NAME]</translation>
    </message>
</context>
<context>
    <name>lc::CliContext</name>
    <message>
        <location filename="../app/CliContext.cpp" line="+30"/>
        <source>Use environment &lt;name&gt; of the credentials file instead of LC_CURRENT_ENV.</source>
        <translation>Umgebung &lt;Name&gt; der Zugangsdatendatei statt LC_CURRENT_ENV verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the embedded demo organisation (starts the local emulator).</source>
        <translation>Die eingebettete Demo-Organisation verwenden (startet den lokalen Emulator).</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>rate limited by LimaCharlie; retrying in %n s</source>
        <translation>
            <numerusform>von LimaCharlie gedrosselt; neuer Versuch in %n s</numerusform>
            <numerusform>von LimaCharlie gedrosselt; neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>rate limited by LimaCharlie (quota %1 per %2 s); retrying in %n s</source>
        <translation>
            <numerusform>von LimaCharlie gedrosselt (Kontingent %1 pro %2 s); neuer Versuch in %n s</numerusform>
            <numerusform>von LimaCharlie gedrosselt (Kontingent %1 pro %2 s); neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No credentials found. Set LC_OID and LC_API_KEY, run &apos;lcdesk login&apos;, or use --demo.</source>
        <translation>Keine Zugangsdaten gefunden. LC_OID und LC_API_KEY setzen, &apos;lcdesk login&apos; ausführen oder --demo verwenden.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>No sensor has the hostname &quot;%1&quot;.</source>
        <translation>Kein Sensor hat den Hostnamen „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sensors have the hostname &quot;%2&quot;; name them by sid: %3</source>
        <translation>%1 Sensoren haben den Hostnamen „%2“; über die SID angeben: %3</translation>
    </message>
</context>
<context>
    <name>lc::CliFirehose</name>
    <message>
        <location filename="../app/CliFirehose.cpp" line="+18"/>
        <source>Listen for LimaCharlie&apos;s pushed stream over TLS and print one JSON record per line until interrupted (Ctrl-C). With a name, the output tmp_live_NAME is created to point here and deleted on exit.</source>
        <translation>Auf den von LimaCharlie über TLS gepushten Stream lauschen und bis zur Unterbrechung (Strg+C) einen JSON-Datensatz pro Zeile ausgeben. Mit einem Namen wird die Ausgabe tmp_live_NAME angelegt, die hierher zeigt, und beim Beenden gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface and port: ip:port, :port (all interfaces), ip (port 443) or [v6]:port.</source>
        <translation>Schnittstelle und Port: ip:port, :port (alle Schnittstellen), ip (Port 443) oder [v6]:port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IFACE:PORT</source>
        <translation>IFACE:PORT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream type: %1.</source>
        <translation>Stream-Typ: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the output tmp_live_&lt;name&gt; pointing here (deleted on exit).</source>
        <translation>Die Ausgabe tmp_live_&lt;name&gt; anlegen, die hierher zeigt (beim Beenden gelöscht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only sensors with this tag.</source>
        <translation>Nur Sensoren mit diesem Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only detections of this category.</source>
        <translation>Nur Erkennungen dieser Kategorie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cat</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this sensor.</source>
        <translation>Nur dieser Sensor.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sid</source>
        <translation>SID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only records of this investigation id (the part before &apos;/&apos;).</source>
        <translation>Nur Datensätze dieser Untersuchungs-ID (der Teil vor &apos;/&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host:port LimaCharlie connects to (default: the listen address).</source>
        <translation>host:port, mit dem sich LimaCharlie verbindet (Standard: die Adresse, auf der gelauscht wird).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS certificate (PEM); with --key, the output checks it (is_strict_tls). Default: a generated self-signed one.</source>
        <translation>TLS-Zertifikat (PEM); mit --key prüft die Ausgabe es (is_strict_tls). Standard: ein erzeugtes selbstsigniertes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key of --cert (PEM, unencrypted).</source>
        <translation>Privater Schlüssel zu --cert (PEM, unverschlüsselt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If tmp_live_&lt;name&gt; already exists (left by a crash), delete and recreate it.</source>
        <translation>Wenn tmp_live_&lt;name&gt; bereits existiert (nach einem Absturz übrig), löschen und neu anlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If tmp_live_&lt;name&gt; already exists, use it as it is.</source>
        <translation>Wenn tmp_live_&lt;name&gt; bereits existiert, unverändert verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the address to listen on and the stream type, e.g. lcdesk firehose 10.0.0.5:4443 event -n mine (or :4443 with --public-dest HOST:4443).</source>
        <translation>Die Adresse zum Lauschen und den Stream-Typ angeben, z. B. lcdesk firehose 10.0.0.5:4443 event -n mine (oder :4443 mit --public-dest HOST:4443).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown stream type &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter Stream-Typ „%1“; einen von %2 verwenden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give --cert and --key together, or neither.</source>
        <translation>--cert und --key gemeinsam angeben oder keines von beiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one of --remove-leftover and --keep-leftover.</source>
        <translation>Nur eines von --remove-leftover und --keep-leftover wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--public-dest takes host:port.</source>
        <translation>--public-dest erwartet host:port.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The output %1 already exists (pointing at %2), perhaps left by a firehose that did not stop cleanly. Run again with --remove-leftover to replace it or --keep-leftover to use it.</source>
        <translation>Die Ausgabe %1 existiert bereits (zeigt auf %2), vielleicht von einem Firehose übrig, der nicht sauber beendet wurde. Erneut mit --remove-leftover ausführen, um sie zu ersetzen, oder mit --keep-leftover, um sie zu verwenden.</translation>
    </message>
</context>
<context>
    <name>lc::CliLogin</name>
    <message>
        <location filename="../app/CliLogin.cpp" line="+54"/>
        <source>Cannot read the API key from %1: %2</source>
        <translation>Der API-Schlüssel kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This user has no organisations.</source>
        <translation>Dieser Benutzer hat keine Organisationen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisation (number or OID): </source>
        <translation>Organisation (Nummer oder OID): </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Store an API key for an environment in the OS keychain. Missing values are asked for; the key is read without echo.</source>
        <translation>Einen API-Schlüssel für eine Umgebung im Schlüsselbund des Systems ablegen. Fehlende Werte werden abgefragt; der Schlüssel wird ohne Echo gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation id.</source>
        <translation>Organisations-ID.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oid</source>
        <translation>OID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User id (user-scoped keys only).</source>
        <translation>Benutzer-ID (nur für benutzerbezogene Schlüssel).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>uid</source>
        <translation>UID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment name (default: &quot;default&quot;).</source>
        <translation>Name der Umgebung (Standard: „default“).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the API key from this file, or from standard input with -.</source>
        <translation>Den API-Schlüssel aus dieser Datei lesen oder mit - von der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of the keychain, write the key in plaintext (mode 0600) into the official CLI&apos;s credentials file.</source>
        <translation>Statt in den Schlüsselbund den Schlüssel im Klartext (Modus 0600) in die Zugangsdatendatei des offiziellen CLI schreiben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+32"/>
        <source>API key: </source>
        <translation>API-Schlüssel: </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Organisation id (OID): </source>
        <translation>Organisations-ID (OID): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid OID: it must be a UUID.</source>
        <translation>Ungültige OID: Sie muss eine UUID sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User id (empty for an organisation key): </source>
        <translation>Benutzer-ID (leer für einen Organisationsschlüssel): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment name (empty for default): </source>
        <translation>Name der Umgebung (leer für default): </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No API key was given.</source>
        <translation>Es wurde kein API-Schlüssel angegeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote environment &quot;%1&quot; with its API key in plaintext to %2 (mode 0600).</source>
        <translation>Umgebung „%1“ mit ihrem API-Schlüssel im Klartext nach %2 geschrieben (Modus 0600).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To write the key in plaintext for the official CLI instead, run again with --plaintext-for-official-cli.</source>
        <translation>Um den Schlüssel stattdessen im Klartext für das offizielle CLI zu schreiben, erneut mit --plaintext-for-official-cli ausführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored the API key of environment &quot;%1&quot; in the keychain.</source>
        <translation>Der API-Schlüssel der Umgebung „%1“ wurde im Schlüsselbund abgelegt.</translation>
    </message>
</context>
<context>
    <name>lc::CliShell</name>
    <message>
        <location filename="../app/CliShell.cpp" line="+16"/>
        <source>Interactive shell bound to one sensor: type sensor commands (Tab completes), see replies as they arrive. Built-ins: sensor, inv, status, history, help, quit.</source>
        <translation>Interaktive Shell für einen Sensor: Sensorbefehle eingeben (Tab vervollständigt), Antworten erscheinen, sobald sie eintreffen. Eingebaute Befehle: sensor, inv, status, history, help, quit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor id or exact hostname.</source>
        <translation>Sensor-ID oder exakter Hostname.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SENSOR]</source>
        <translation>[SENSOR]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigation id the replies are tracked under (default: a new one).</source>
        <translation>Untersuchungs-ID, unter der die Antworten verfolgt werden (Standard: eine neue).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send commands that change the host without asking (for scripts).</source>
        <translation>Befehle, die den Host verändern, ohne Rückfrage senden (für Skripte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print each reply as one raw JSON line.</source>
        <translation>Jede Antwort als eine rohe JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for each command (default: per command, 30 s for most).</source>
        <translation>Wartezeit in Sekunden für jeden Befehl (Standard: je nach Befehl, meist 30 s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give one sensor; switch later with: sensor SID|HOSTNAME</source>
        <translation>Einen Sensor angeben; später wechseln mit: sensor SID|HOSTNAME</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--timeout takes seconds: more than 0, at most 86400.</source>
        <translation>--timeout erwartet Sekunden: mehr als 0, höchstens 86400.</translation>
    </message>
</context>
<context>
    <name>lc::CliSpotCheck</name>
    <message>
        <location filename="../app/CliSpotCheck.cpp" line="+109"/>
        <source>%1: %2 takes a whole number from %3 to %4, not &quot;%5&quot;.</source>
        <translation>%1: %2 erwartet eine ganze Zahl von %3 bis %4, nicht „%5“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: lcdesk spotcheck INDICATOR... [options]

Look for indicators of compromise on every sensor of the organisation. Offline
sensors are asked again every --recheck seconds until --offline-wait runs out.

Indicators (each repeatable, at least one):
  -f, --file PATH                      a file exists (then its SHA-256)
  -fp, --file-pattern DIR PATTERN DEPTH
                                       files matching PATTERN under DIR
  -fh, --file-hash DIR PATTERN DEPTH SHA256
                                       files with this SHA-256 under DIR
  -rk, --registry-key KEY              a registry key exists (Windows)
  -rv, --registry-value KEY VALUE      a registry key holds a value (Windows)
  -y, --yara RULEFILE|URL              YARA scan of the whole host
  -yf, --yara-file RULEFILE|URL DIR PATTERN DEPTH
                                       YARA scan of the files found under DIR
  -yp, --yara-process RULEFILE|URL PROCEXPR
                                       YARA scan of matching processes
  A rule URL must be https:// (the sensor fetches it); a rule file is sent.

Which sensors:
  --no-windows, --no-linux, --no-macos, --no-chrome
                                       leave a platform out
  --tags TAGS                          +tag: any of them lets a sensor in;
                                       -tag: any of them keeps it out;
                                       tag: all of them needed (e.g. +vip,-lab)

How:
  -n, --n-concurrent N                 sensors checked at once (default 1)
  --timeout SEC                        budget per sensor (default 120)
  --recheck SEC                        ask offline sensors again (default 60)
  --offline-wait SEC                   stop waiting for them (default 3600)
  --no-wait-offline                    report offline sensors at once
  -t, --tag TAG                        tag sensors with a hit...
  --tag-ttl SEC                        ...for this long (default 604800)

Output:
  &gt; (sid / host)          the sensor&apos;s turn starts (online check, then tasks)
  ! (sid / host): {json}  a hit, with the sensor&apos;s replies behind it
  X (sid / host): error   the sensor could not be checked
  ? (sid / host)          offline (asked again later, or given up on)
  . (sid / host)          checked
  then a summary. Ctrl-C stops and still prints the summary.
  --json                               one JSON report on stdout at the end
                                       (the lines above go to stderr)
  --csv FILE                           write the hits as CSV
  --report FILE                        write the JSON report

  --env NAME                           environment of the credentials file
  --demo                               the embedded demo organisation

Exit codes: 0 finished without hits, 4 hits found, 1 failures (or stopped, or a
file not written) without hits, 2 usage error or no usable indicator,
3 no credentials.
</source>
        <translation>Aufruf: lcdesk spotcheck INDIKATOR... [Optionen]

Auf jedem Sensor der Organisation nach Indikatoren einer Kompromittierung suchen. Offline-
Sensoren werden alle --recheck Sekunden erneut gefragt, bis --offline-wait abgelaufen ist.

Indikatoren (jeder wiederholbar, mindestens einer):
  -f, --file PFAD                      eine Datei existiert (dann ihr SHA-256)
  -fp, --file-pattern VERZ MUSTER TIEFE
                                       Dateien unter VERZ, die auf MUSTER passen
  -fh, --file-hash VERZ MUSTER TIEFE SHA256
                                       Dateien mit diesem SHA-256 unter VERZ
  -rk, --registry-key SCHLÜSSEL        ein Registrierungsschlüssel existiert (Windows)
  -rv, --registry-value SCHLÜSSEL WERT ein Registrierungsschlüssel enthält einen Wert (Windows)
  -y, --yara REGELDATEI|URL            YARA-Scan des ganzen Hosts
  -yf, --yara-file REGELDATEI|URL VERZ MUSTER TIEFE
                                       YARA-Scan der unter VERZ gefundenen Dateien
  -yp, --yara-process REGELDATEI|URL PROZESSAUSDRUCK
                                       YARA-Scan passender Prozesse
  Eine Regel-URL muss mit https:// beginnen (der Sensor lädt sie); eine Regeldatei wird gesendet.

Welche Sensoren:
  --no-windows, --no-linux, --no-macos, --no-chrome
                                       eine Plattform auslassen
  --tags TAGS                          +tag: jedes davon lässt einen Sensor zu;
                                       -tag: jedes davon schließt ihn aus;
                                       tag: alle davon nötig (z. B. +vip,-lab)

Wie:
  -n, --n-concurrent N                 gleichzeitig geprüfte Sensoren (Standard 1)
  --timeout SEK                        Zeitbudget pro Sensor (Standard 120)
  --recheck SEK                        Offline-Sensoren erneut fragen (Standard 60)
  --offline-wait SEK                   nicht länger auf sie warten (Standard 3600)
  --no-wait-offline                    Offline-Sensoren sofort melden
  -t, --tag TAG                        Sensoren mit Treffer taggen ...
  --tag-ttl SEK                        ... für diese Dauer (Standard 604800)

Ausgabe:
  &gt; (sid / host)          der Sensor ist an der Reihe (Online-Prüfung, dann Aufträge)
  ! (sid / host): {json}  ein Treffer, gefolgt von den Antworten des Sensors
  X (sid / host): Fehler  der Sensor konnte nicht geprüft werden
  ? (sid / host)          offline (später erneut gefragt oder aufgegeben)
  . (sid / host)          geprüft
  danach eine Zusammenfassung. Strg+C hält an und gibt trotzdem die Zusammenfassung aus.
  --json                               am Ende ein JSON-Bericht auf stdout
                                       (die Zeilen oben gehen nach stderr)
  --csv DATEI                          die Treffer als CSV schreiben
  --report DATEI                       den JSON-Bericht schreiben

  --env NAME                           Umgebung der Zugangsdatendatei
  --demo                               die eingebettete Demo-Organisation

Exit-Codes: 0 ohne Treffer abgeschlossen, 4 Treffer gefunden, 1 Fehler (oder angehalten oder
eine Datei nicht geschrieben) ohne Treffer, 2 Aufruffehler oder kein verwendbarer Indikator,
3 keine Zugangsdaten.
</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected argument &quot;%1&quot;: indicators are given with options such as -f PATH.</source>
        <translation>Unerwartetes Argument „%1“: Indikatoren werden mit Optionen wie -f PFAD angegeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes no value.</source>
        <translation>%1 erwartet keinen Wert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes %2: give them after it, separated by spaces.</source>
        <translation>%1 erwartet %2: nach der Option angeben, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes %2; %3 is missing.</source>
        <translation>%1 erwartet %2; %3 fehlt.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>See &apos;lcdesk spotcheck --help&apos;.</source>
        <translation>Siehe &apos;lcdesk spotcheck --help&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give at least one indicator, such as -f PATH. See &apos;lcdesk spotcheck --help&apos;.</source>
        <translation>Mindestens einen Indikator angeben, etwa -f PFAD. Siehe &apos;lcdesk spotcheck --help&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No usable indicator is left; nothing was sent.</source>
        <translation>Es ist kein verwendbarer Indikator übrig; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>going on with the other indicators (%1 left)</source>
        <translation>es geht mit den anderen Indikatoren weiter (%1 übrig)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>stopping…</source>
        <translation>wird angehalten …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped before any sensor was checked.</source>
        <translation>Angehalten, bevor ein Sensor geprüft wurde.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>the platform and tag filters left no sensor to check (%n sensor(s) in the organisation)</source>
        <translation>
            <numerusform>die Plattform- und Tag-Filter lassen keinen Sensor zum Prüfen übrig (%n Sensor in der Organisation)</numerusform>
            <numerusform>die Plattform- und Tag-Filter lassen keinen Sensor zum Prüfen übrig (%n Sensoren in der Organisation)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SpotCheck stopped after %1 s</source>
        <translation>SpotCheck nach %1 s angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpotCheck finished in %1 s</source>
        <translation>SpotCheck in %1 s abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked %1, hits %2, failed %3, never online %4</source>
        <translation>geprüft %1, Treffer %2, fehlgeschlagen %3, nie online %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not checked (stopped) %1</source>
        <translation>nicht geprüft (angehalten) %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hits on: %1</source>
        <translation>Treffer auf: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never online: %1</source>
        <translation>nie online: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left out by the platform and tag filters (or no indicator for their platform): %1 of %2 sensors</source>
        <translation>von den Plattform- und Tag-Filtern ausgelassen (oder kein Indikator für ihre Plattform): %1 von %2 Sensoren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>indicators rejected (see above): %1</source>
        <translation>abgelehnte Indikatoren (siehe oben): %1</translation>
    </message>
</context>
<context>
    <name>lc::CliSpout</name>
    <message>
        <location filename="../app/CliSpout.cpp" line="+17"/>
        <source>Print the organisation&apos;s live stream, one JSON record per line, until interrupted (Ctrl-C). States and errors go to stderr.</source>
        <translation>Den Live-Stream der Organisation bis zur Unterbrechung (Strg+C) ausgeben, ein JSON-Datensatz pro Zeile. Zustände und Fehler gehen nach stderr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream type: %1.</source>
        <translation>Stream-Typ: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only sensors with this tag.</source>
        <translation>Nur Sensoren mit diesem Tag.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only detections of this category.</source>
        <translation>Nur Erkennungen dieser Kategorie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cat</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this sensor.</source>
        <translation>Nur dieser Sensor.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sid</source>
        <translation>SID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only records of this investigation id (the part before &apos;/&apos;).</source>
        <translation>Nur Datensätze dieser Untersuchungs-ID (der Teil vor &apos;/&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give one stream type (%1).</source>
        <translation>Einen Stream-Typ angeben (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown stream type &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter Stream-Typ „%1“; einen von %2 verwenden.</translation>
    </message>
</context>
<context>
    <name>lc::CliStream</name>
    <message>
        <location filename="../app/CliStream.cpp" line="+72"/>
        <source>Stop after &lt;n&gt; records.</source>
        <translation>Nach &lt;n&gt; Datensätzen aufhören.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after &lt;seconds&gt;; with --count, not reaching it in time is a failure.</source>
        <translation>Nach &lt;Sekunden&gt; aufhören; mit --count ist es ein Fehler, die Anzahl nicht rechtzeitig zu erreichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--count takes a positive number of records.</source>
        <translation>--count erwartet eine positive Anzahl von Datensätzen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timeout takes a number of seconds from 1 to %1.</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden von 1 bis %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>the server dropped %n record(s) so far (the reader was too slow)</source>
        <translation>
            <numerusform>der Server hat bisher %n Datensatz verworfen (der Leser war zu langsam)</numerusform>
            <numerusform>der Server hat bisher %n Datensätze verworfen (der Leser war zu langsam)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>standard output was closed; stopping.</source>
        <translation>die Standardausgabe wurde geschlossen; wird beendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>timed out after %n s with %1 of %2 records.</source>
        <translation>
            <numerusform>Zeitüberschreitung nach %n s mit %1 von %2 Datensätzen.</numerusform>
            <numerusform>Zeitüberschreitung nach %n s mit %1 von %2 Datensätzen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>interrupted; stopping.</source>
        <translation>unterbrochen; wird beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted again; exiting without waiting.</source>
        <translation>erneut unterbrochen; Beenden ohne zu warten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>standard output is not being read; records still queued are lost.</source>
        <translation>die Standardausgabe wird nicht gelesen; noch wartende Datensätze gehen verloren.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) printed</source>
        <translation>
            <numerusform>%n Datensatz ausgegeben</numerusform>
            <numerusform>%n Datensätze ausgegeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 dropped by the server</source>
        <translation>%1 vom Server verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 malformed or truncated lines skipped</source>
        <translation>%1 fehlerhafte oder abgeschnittene Zeilen übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not printed (standard output too slow or closed)</source>
        <translation>%1 nicht ausgegeben (Standardausgabe zu langsam oder geschlossen)</translation>
    </message>
</context>
<context>
    <name>lc::CliSync</name>
    <message>
        <location filename="../app/CliSync.cpp" line="+81"/>
        <source>Keep D&amp;R rules, false-positive rules and outputs as code.
  fetch  write what the organisation holds to the config (a file, or a folder with one file per rule when the path is a folder or ends with /)
  push   make the organisation hold what the config says (--dry-run: only show what would change)
Exit codes: 0 nothing to change, 4 changes listed or applied, 1 failure, 2 usage error, 3 no credentials.</source>
        <translation>D&amp;R-Regeln, Fehlalarm-Regeln und Ausgaben als Code pflegen.
  fetch  den Bestand der Organisation in die Konfiguration schreiben (eine Datei oder ein Ordner mit einer Datei pro Regel, wenn der Pfad ein Ordner ist oder auf / endet)
  push   die Organisation auf den Stand der Konfiguration bringen (--dry-run: nur zeigen, was sich ändern würde)
Exit-Codes: 0 nichts zu ändern, 4 Änderungen aufgelistet oder angewendet, 1 Fehler, 2 Aufruffehler, 3 keine Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>fetch or push.</source>
        <translation>fetch oder push.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fetch|push</source>
        <translation>fetch|push</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what push would change; change nothing.</source>
        <translation>Zeigen, was push ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also remove what the organisation holds and the config does not, in the sections and namespaces the config manages.</source>
        <translation>Auch entfernen, was die Organisation enthält und die Konfiguration nicht, in den Abschnitten und Namensräumen, die die Konfiguration verwaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave D&amp;R rules alone.</source>
        <translation>D&amp;R-Regeln unverändert lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave false-positive rules alone.</source>
        <translation>Fehlalarm-Regeln unverändert lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave outputs alone.</source>
        <translation>Ausgaben unverändert lassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The config file or folder (default lc_conf.yaml).</source>
        <translation>Die Konfigurationsdatei oder der Konfigurationsordner (Standard lc_conf.yaml).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the API key from this file, or from stdin with -.</source>
        <translation>Den API-Schlüssel aus dieser Datei lesen oder mit - von stdin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow a forced push that removes every D&amp;R rule of the organisation.</source>
        <translation>Einen erzwungenen push erlauben, der jede D&amp;R-Regel der Organisation entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes sent at once (default 8).</source>
        <translation>Gleichzeitig gesendete Änderungen (Standard 8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say fetch or push: lcdesk sync fetch|push [options].</source>
        <translation>fetch oder push angeben: lcdesk sync fetch|push [Optionen].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 applies to push; fetch writes everything the organisation holds.</source>
        <translation>--%1 gilt für push; fetch schreibt alles, was die Organisation enthält.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was sent: fix the config first.</source>
        <translation>Es wurde nichts gesendet: zuerst die Konfiguration korrigieren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No API key in %1.</source>
        <translation>Kein API-Schlüssel in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Using API Key from STDIN</source>
        <translation>API-Schlüssel von STDIN wird verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using API Key in: %1</source>
        <translation>API-Schlüssel aus %1 wird verwendet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&amp;R rules</source>
        <translation>D&amp;R-Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>false-positive rules</source>
        <translation>Fehlalarm-Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written: the key could not read the organisation&apos;s %1 (see above).</source>
        <translation>Es wurde nichts geschrieben: Der Schlüssel konnte die %1 der Organisation nicht lesen (siehe oben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Managed rules could not be read with this key; the file holds none.</source>
        <translation>Verwaltete Regeln (managed) konnten mit diesem Schlüssel nicht gelesen werden; die Datei enthält keine.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote %1 rules, %2 false-positive rules and %3 outputs to %4.</source>
        <translation>%1 Regeln, %2 Fehlalarm-Regeln und %3 Ausgaben nach %4 geschrieben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refused: this push would delete %1 and keep none. Check the config; if that is what you want, add --confirm-remove-all.</source>
        <translation>Abgelehnt: Dieser push würde %1 löschen und nichts behalten. Die Konfiguration prüfen; falls das gewollt ist, --confirm-remove-all hinzufügen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>applied %1 of %2</source>
        <translation>%1 von %2 angewendet</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(from %1)</source>
        <translation>(aus %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[blocked: %1]</source>
        <translation>[blockiert: %1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[FAILED: %1]</source>
        <translation>[FEHLGESCHLAGEN: %1]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A real push of this plan needs --confirm-remove-all: it deletes %1.</source>
        <translation>Ein echter push dieses Plans braucht --confirm-remove-all: Er löscht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changes were not applied: the key lacks the permissions named above.</source>
        <translation>%1 Änderungen wurden nicht angewendet: Dem Schlüssel fehlen die oben genannten Berechtigungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied %1 of %2 changes; %3 failed.</source>
        <translation>%1 von %2 Änderungen angewendet; %3 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>lc::CommandLineEdit</name>
    <message>
        <location filename="../ui/console/CommandLineEdit.cpp" line="+47"/>
        <source>Completions</source>
        <translation>Vervollständigungen</translation>
    </message>
</context>
<context>
    <name>lc::CommandPalette</name>
    <message>
        <location filename="../ui/palette/CommandPalette.cpp" line="+23"/>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Befehlspalette …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List every command with its shortcut and run one</source>
        <translation>Jeden Befehl mit seinem Tastenkürzel auflisten und einen ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to find a command</source>
        <translation>Tippen, um einen Befehl zu finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a command</source>
        <translation>Einen Befehl finden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Command note</source>
        <translation>Hinweis zum Befehl</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is not available now.</source>
        <translation>%1 ist gerade nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not available: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No command matches.</source>
        <translation>Kein Befehl passt.</translation>
    </message>
</context>
<context>
    <name>lc::CommandPaletteModel</name>
    <message>
        <location filename="../ui/palette/CommandPaletteModel.cpp" line="+138"/>
        <source>Only on the %1 tab.</source>
        <translation>Nur im Reiter „%1“.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Not available now.</source>
        <translation>Gerade nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>lc::ConnectionIndicator</name>
    <message>
        <location filename="../ui/auth/ConnectionIndicator.cpp" line="+25"/>
        <source>list sensors</source>
        <translation>Sensoren auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read details</source>
        <translation>Details lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task and isolate</source>
        <translation>Aufträge senden und isolieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key permissions</source>
        <translation>Berechtigungen des Schlüssels</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+13"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting to %1%2…</source>
        <translation>Verbindung zu %1%2 wird hergestellt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1%2</source>
        <translation>Verbunden mit %1%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected to %1: %2</source>
        <translation>Nicht verbunden mit %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key has no permissions in this organisation</source>
        <translation>Der Schlüssel hat keine Berechtigungen in dieser Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key can: none of the sensor actions</source>
        <translation>Der Schlüssel erlaubt: keine der Sensoraktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key can: %1</source>
        <translation>Der Schlüssel erlaubt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Key %1 (%2)
%n permission(s) in this organisation:
%3</source>
        <translation>
            <numerusform>Schlüssel %1 (%2)
%n Berechtigung in dieser Organisation:
%3</numerusform>
            <numerusform>Schlüssel %1 (%2)
%n Berechtigungen in dieser Organisation:
%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user key</source>
        <translation>Benutzerschlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>organisation key</source>
        <translation>Organisationsschlüssel</translation>
    </message>
</context>
<context>
    <name>lc::ConsolePage</name>
    <message>
        <location filename="../ui/console/ConsolePage.cpp" line="+42"/>
        <source>Sensor consoles</source>
        <translation>Sensorkonsolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No console is open.

Select one or more sensors in the Sensors tab (Ctrl+1) and press Ctrl+Shift+O or Return, or right-click them and choose Open Console. A console for several sensors sends each command to all of them.</source>
        <translation>Keine Konsole geöffnet.

Einen oder mehrere Sensoren im Reiter „Sensoren“ (Strg+1) auswählen und Strg+Umschalt+O oder die Eingabetaste drücken, oder sie mit der rechten Maustaste anklicken und „Konsole öffnen“ wählen. Eine Konsole für mehrere Sensoren sendet jeden Befehl an alle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No console open</source>
        <translation>Keine Konsole geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consoles</source>
        <translation>Konsolen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+171"/>
        <source>&amp;Close Console</source>
        <translation>Konsole &amp;schließen</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Close the console in front (asks while requests wait)</source>
        <translation>Die vorderste Konsole schließen (fragt nach, solange Anfragen warten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Replies…</source>
        <translation>Antworten &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the selected request&apos;s replies to a JSON or CSV file</source>
        <translation>Die Antworten der ausgewählten Anfrage in eine JSON- oder CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Filter Replies</source>
        <translation>Antworten &amp;filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the rows of the reply table</source>
        <translation>Die Zeilen der Antworttabelle filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command &amp;Line</source>
        <translation>&amp;Befehlszeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the console&apos;s command line</source>
        <translation>Zur Befehlszeile der Konsole wechseln</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1 (%2 waiting)</source>
        <translation>%1 (%2 wartend)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Close Console</source>
        <translation>Konsole schließen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n request(s) still waiting for replies. Close the console anyway?</source>
        <translation>
            <numerusform>%1: %n Anfrage wartet noch auf Antworten. Die Konsole trotzdem schließen?</numerusform>
            <numerusform>%1: %n Anfragen warten noch auf Antworten. Die Konsole trotzdem schließen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their replies will not be shown. Tasks already sent still run on the sensors.</source>
        <translation>Ihre Antworten werden nicht angezeigt. Bereits gesendete Aufträge laufen auf den Sensoren weiter.</translation>
    </message>
</context>
<context>
    <name>lc::ConsoleTab</name>
    <message>
        <location filename="../ui/console/ConsoleTab.cpp" line="+88"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Console of %1</source>
        <translation>Konsole von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply stream failed: %1</source>
        <translation>Der Antwort-Stream ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <location line="+631"/>
        <source>%n sensor(s)</source>
        <translation>
            <numerusform>%n Sensor</numerusform>
            <numerusform>%n Sensoren</numerusform>
        </translation>
    </message>
    <message>
        <location line="-603"/>
        <source>Process &amp;Tree</source>
        <translation>Prozess&amp;baum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancestors and children of the selected process (from the latest process list, or a new one)</source>
        <translation>Vorfahren und Kinder des ausgewählten Prozesses (aus der letzten Prozessliste oder einer neuen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kill Process…</source>
        <translation>Prozess b&amp;eenden …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kill the selected process (asks first)</source>
        <translation>Den ausgewählten Prozess beenden (fragt vorher nach)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YARA Scan &amp;Process…</source>
        <translation>YARA-Scan des &amp;Prozesses …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the selected process&apos;s memory with a YARA rule</source>
        <translation>Den Speicher des ausgewählten Prozesses mit einer YARA-Regel scannen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File &amp;Hash</source>
        <translation>Datei-&amp;Hash</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 and signature of the selected file</source>
        <translation>SHA-256 und Signatur der ausgewählten Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Get File…</source>
        <translation>Datei &amp;laden …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fetch the selected file and save it on this computer</source>
        <translation>Die ausgewählte Datei abrufen und auf diesem Computer speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YARA Scan &amp;File…</source>
        <translation>YARA-Scan der &amp;Datei …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan the selected file with a YARA rule</source>
        <translation>Die ausgewählte Datei mit einer YARA-Regel scannen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel Request</source>
        <translation>Anfrage abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop waiting for the selected request&apos;s replies</source>
        <translation>Nicht mehr auf die Antworten der ausgewählten Anfrage warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every reply of the selected request, with its routing, to a JSON file (Ctrl+S)</source>
        <translation>Jede Antwort der ausgewählten Anfrage mit ihrem Routing in eine JSON-Datei schreiben (Strg+S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>Als CS&amp;V exportieren …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the rows shown (filtered and sorted) to a CSV file</source>
        <translation>Die angezeigten Zeilen (gefiltert und sortiert) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save File…</source>
        <translation>Datei &amp;speichern …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the content file_get brought back on this computer</source>
        <translation>Den von file_get gelieferten Inhalt auf diesem Computer speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+968"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="-966"/>
        <location line="+968"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-959"/>
        <source>Sensors of this console</source>
        <translation>Sensoren dieser Konsole</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n sensor(s): </source>
        <translation>
            <numerusform>%n Sensor: </numerusform>
            <numerusform>%n Sensoren: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+274"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="-269"/>
        <source>&amp;Investigation:</source>
        <translation>&amp;Untersuchung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investigation id</source>
        <translation>Untersuchungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies come back over a stream of this investigation id. It can change between requests (no &apos;/&apos;, spaces or leading __).</source>
        <translation>Antworten kommen über einen Stream dieser Untersuchungs-ID zurück. Sie kann sich zwischen Anfragen ändern (kein &apos;/&apos;, keine Leerzeichen und kein führendes __).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert the investigation id</source>
        <translation>Die Untersuchungs-ID zurücksetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply stream state</source>
        <translation>Zustand des Antwort-Streams</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Investigation id problem</source>
        <translation>Problem mit der Untersuchungs-ID</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sensor command</source>
        <translation>Sensorbefehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor command, e.g. os_processes — Tab completes, help lists them, Return sends, Up/Down: history</source>
        <translation>Sensorbefehl, z. B. os_processes – Tab vervollständigt, help listet sie auf, Eingabe sendet, Auf/Ab: Verlauf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Command help</source>
        <translation>Hilfe zum Befehl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command problem</source>
        <translation>Problem mit dem Befehl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Reply actions</source>
        <translation>Antwortaktionen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Type a sensor command; Tab completes names and flags, &quot;help&quot; lists every command, Return sends, Up and Down walk this console&apos;s history.</source>
        <translation>Einen Sensorbefehl eingeben; Tab vervollständigt Namen und Schalter, „help“ listet alle Befehle auf, die Eingabetaste sendet, Auf und Ab blättern durch den Verlauf dieser Konsole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>help lists the commands; help COMMAND shows one command&apos;s arguments. Nothing is sent.</source>
        <translation>help listet die Befehle auf; help BEFEHL zeigt die Argumente eines Befehls. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No command starts with &quot;%1&quot;. Type help for the list.</source>
        <translation>Kein Befehl beginnt mit „%1“. help zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tab completes: %1</source>
        <translation>Tab vervollständigt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &quot;%1&quot;: Return asks whether to send it anyway.</source>
        <translation>Unbekannter Befehl „%1“: Die Eingabetaste fragt, ob er trotzdem gesendet werden soll.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not supported on %1: it goes to the other sensors only.</source>
        <translation>Auf %1 nicht unterstützt: Er geht nur an die anderen Sensoren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sensor commands (help COMMAND for one command&apos;s arguments):</source>
        <translation>Sensorbefehle (help BEFEHL zeigt die Argumente eines Befehls):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[changes the host]</source>
        <translation>[verändert den Host]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown command &quot;%1&quot;. Type help for the list.</source>
        <translation>Unbekannter Befehl „%1“. help zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown Command</source>
        <translation>Unbekannter Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a command this console knows. Newer sensors may know it. Send it anyway?</source>
        <translation>„%1“ ist kein Befehl, den diese Konsole kennt. Neuere Sensoren kennen ihn vielleicht. Trotzdem senden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;Anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not Supported Everywhere</source>
        <translation>Nicht überall unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not supported on %2: it goes to the other sensors only.</source>
        <translation>%1 wird auf %2 nicht unterstützt: Er geht nur an die anderen Sensoren.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+8"/>
        <source>&amp;Send to %n sensor(s)</source>
        <translation>
            <numerusform>An %n Sensor &amp;senden</numerusform>
            <numerusform>An %n Sensoren &amp;senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changes the host. Send it to %2?</source>
        <translation>%1 verändert den Host. An %2 senden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send %1</source>
        <translation>%1 &amp;senden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 is offline: the task was not sent. Send it again once the sensor is back online.</source>
        <translation>%1 ist offline: Der Auftrag wurde nicht gesendet. Erneut senden, sobald der Sensor wieder online ist.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Tracking id: %1</source>
        <translation>Tracking-ID: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 von %n erledigt</numerusform>
            <numerusform>%1 von %n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reply(s) so far</source>
        <translation>
            <numerusform>bisher %n Antwort</numerusform>
            <numerusform>bisher %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>Alle %n erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 failed</source>
        <translation>Erledigt: %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking id(s):
%1</source>
        <translation>Tracking-ID(s):
%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The replies of the request selected above show here.</source>
        <translation>Hier erscheinen die Antworten der oben ausgewählten Anfrage.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Listing the processes of %1 for the tree…</source>
        <translation>Die Prozesse von %1 werden für den Baum aufgelistet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>os_processes</source>
        <translation>os_processes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No process tree for %1: %2</source>
        <translation>Kein Prozessbaum für %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kill process %1 on %2?</source>
        <translation>Prozess %1 auf %2 beenden?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>YARA scan</source>
        <translation>YARA-Scan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>file_hash</source>
        <translation>file_hash</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>file_get</source>
        <translation>file_get</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No file content came back from %1: %2</source>
        <translation>Von %1 kam kein Dateiinhalt zurück: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+96"/>
        <source>Select a request to export.</source>
        <translation>Eine Anfrage zum Exportieren auswählen.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The selected request has no table to export; export it as JSON.</source>
        <translation>Die ausgewählte Anfrage hat keine Tabelle zum Exportieren; als JSON exportieren.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The selected request brought back no file content.</source>
        <translation>Die ausgewählte Anfrage hat keinen Dateiinhalt geliefert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file content in the reply is not valid base64; nothing was saved.</source>
        <translation>Der Dateiinhalt in der Antwort ist kein gültiges base64; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export Replies</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save File From Sensor</source>
        <translation>Datei vom Sensor speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>Unter %1 gespeichert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Requests are still waiting for replies: change the id once they have finished (or cancel them), or their replies would be lost.</source>
        <translation>Es warten noch Anfragen auf Antworten: Die ID erst ändern, wenn sie abgeschlossen sind (oder sie abbrechen), sonst gingen ihre Antworten verloren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Investigation id of %1: %2</source>
        <translation>Untersuchungs-ID von %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replies: not connected (connects with the first command)</source>
        <translation>Antworten: nicht verbunden (verbindet sich mit dem ersten Befehl)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replies: connecting…</source>
        <translation>Antworten: Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replies: live</source>
        <translation>Antworten: live</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies: reconnecting…</source>
        <translation>Antworten: Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replies: failed</source>
        <translation>Antworten: fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>lc::CredentialManager</name>
    <message>
        <location filename="../core/credentials/CredentialManager.cpp" line="+204"/>
        <source>LC Desk has no environment &quot;%1&quot;; it has no environments yet.</source>
        <translation>LC Desk hat keine Umgebung „%1“; es gibt noch keine Umgebungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LC Desk has no environment &quot;%1&quot;. Its environments: %2.</source>
        <translation>LC Desk hat keine Umgebung „%1“. Vorhandene Umgebungen: %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The API key of environment &quot;%1&quot; is not in the keychain; enter it again.</source>
        <translation>Der API-Schlüssel der Umgebung „%1“ ist nicht im Schlüsselbund; bitte erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>lc::CredentialResolver</name>
    <message>
        <location filename="../core/credentials/CredentialResolver.cpp" line="+46"/>
        <source>LC_API_KEY is set but neither LC_OID nor LC_UID is.</source>
        <translation>LC_API_KEY ist gesetzt, aber weder LC_OID noch LC_UID.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LC_CREDS_FILE names %1, which does not exist.</source>
        <translation>LC_CREDS_FILE nennt %1, das nicht existiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No LimaCharlie credentials found: set LC_OID and LC_API_KEY, create %1 (for example with &quot;limacharlie login&quot;), or add an environment in LC Desk.</source>
        <translation>Keine LimaCharlie-Zugangsdaten gefunden: LC_OID und LC_API_KEY setzen, %1 anlegen (zum Beispiel mit „limacharlie login“) oder in LC Desk eine Umgebung hinzufügen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is not an http(s) or ws(s) URL with a host.</source>
        <translation>%1 ist keine http(s)- oder ws(s)-URL mit Host.</translation>
    </message>
</context>
<context>
    <name>lc::Credentials</name>
    <message>
        <location filename="../core/credentials/Credentials.cpp" line="+15"/>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from environment variables</source>
        <translation>aus Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>environment &quot;%1&quot;</source>
        <translation>Umgebung „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stream %1</source>
        <translation>Stream %1</translation>
    </message>
</context>
<context>
    <name>lc::CredentialsFile</name>
    <message>
        <location filename="../core/credentials/CredentialsFile.cpp" line="+98"/>
        <source>the file must be a map of keys such as oid, api_key and env.</source>
        <translation>die Datei muss eine Map mit Schlüsseln wie oid, api_key und env sein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: &quot;%2&quot; is not an http(s) or ws(s) URL with a host.</source>
        <translation>%1: „%2“ ist keine http(s)- oder ws(s)-URL mit Host.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>default environment</source>
        <translation>Standardumgebung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;env&quot; must be a map from environment names to their oid and api_key.</source>
        <translation>„env“ muss eine Map von Umgebungsnamen auf deren oid und api_key sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an environment name must be a single word.</source>
        <translation>ein Umgebungsname muss ein einzelnes Wort sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>environment &quot;%1&quot;</source>
        <translation>Umgebung „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a map with oid and api_key.</source>
        <translation>%1 muss eine Map mit oid und api_key sein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 defines no environments.</source>
        <translation>%1 definiert keine Umgebungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environments in %1: %2.</source>
        <translation>Umgebungen in %1: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has no default environment (no top-level oid and api_key); choose an environment with LC_CURRENT_ENV or in LC Desk.</source>
        <translation>%1 hat keine Standardumgebung (kein oid und api_key auf oberster Ebene); eine Umgebung mit LC_CURRENT_ENV oder in LC Desk wählen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Environment &quot;%1&quot; is not in %2.</source>
        <translation>Die Umgebung „%1“ ist nicht in %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Environment &quot;%1&quot; in %2 signs in with OAuth, which LC Desk does not support; add an api_key to it.</source>
        <translation>Die Umgebung „%1“ in %2 meldet sich mit OAuth an, was LC Desk nicht unterstützt; einen api_key hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment &quot;%1&quot; in %2 has no api_key.</source>
        <translation>Die Umgebung „%1“ in %2 hat keinen api_key.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Environment &quot;%1&quot; in %2 has neither an oid nor a uid.</source>
        <translation>Die Umgebung „%1“ in %2 hat weder oid noch uid.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Current environment: %1</source>
        <translation>Aktuelle Umgebung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available environments:</source>
        <translation>Verfügbare Umgebungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lcdesk use &lt;environment_name&gt; to change environment</source>
        <translation>lcdesk use &lt;environment_name&gt; wechselt die Umgebung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Environment not found: &quot;%1&quot;.</source>
        <translation>Umgebung nicht gefunden: „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The environment name &quot;%1&quot; contains characters that cannot be used in a shell export line; rename it in %2.</source>
        <translation>Der Umgebungsname „%1“ enthält Zeichen, die in einer Export-Zeile der Shell nicht verwendet werden können; ihn in %2 umbenennen.</translation>
    </message>
</context>
<context>
    <name>lc::DemoServer</name>
    <message>
        <location filename="../core/demo/DemoServer.cpp" line="+25"/>
        <source>The demo organisation could not start: %1</source>
        <translation>Die Demo-Organisation konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo organisation stopped while starting (exit code %1).</source>
        <translation>Die Demo-Organisation wurde beim Starten beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The demo organisation needs lcdesk-emulator, which was not found beside lcdesk or on PATH. Set LCDESK_EMULATOR to its path.</source>
        <translation>Die Demo-Organisation braucht lcdesk-emulator, der weder neben lcdesk noch im PATH gefunden wurde. LCDESK_EMULATOR auf seinen Pfad setzen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The demo organisation did not start within %1 s.</source>
        <translation>Die Demo-Organisation ist nicht innerhalb von %1 s gestartet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The demo organisation printed something unexpected instead of its address.</source>
        <translation>Die Demo-Organisation hat statt ihrer Adresse etwas Unerwartetes ausgegeben.</translation>
    </message>
</context>
<context>
    <name>lc::DesktopLauncher</name>
    <message>
        <location filename="../app/DesktopLauncher.cpp" line="+20"/>
        <source>LC Desk, the desktop console for LimaCharlie. Run &apos;lcdesk help&apos; for the command-line subcommands.</source>
        <translation>LC Desk, die Desktop-Konsole für LimaCharlie. &apos;lcdesk help&apos; zeigt die Unterbefehle der Befehlszeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the embedded demo organisation (a local emulator).</source>
        <translation>Die eingebettete Demo-Organisation öffnen (ein lokaler Emulator).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of simulated sensors in the demo organisation.</source>
        <translation>Anzahl der simulierten Sensoren in der Demo-Organisation.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this environment: an LC Desk environment, or one of the credentials file.</source>
        <translation>Diese Umgebung öffnen: eine LC-Desk-Umgebung oder eine aus der Zugangsdatendatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>lc::DiagnosticsMenu</name>
    <message>
        <location filename="../ui/diagnostics/DiagnosticsMenu.cpp" line="+37"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credentials file</source>
        <translation>Zugangsdatendatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy &amp;Diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;Level</source>
        <translation>Protokoll&amp;stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the version, platform, connection state and the last log lines (never a key) for a bug report</source>
        <translation>Version, Plattform, Verbindungszustand und die letzten Protokollzeilen (nie einen Schlüssel) für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the folder of LC Desk&apos;s log files</source>
        <translation>Den Ordner der Protokolldateien von LC Desk anzeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Debug (everything)</source>
        <translation>&amp;Debug (alles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Information</source>
        <translation>&amp;Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warnings and Errors</source>
        <translation>&amp;Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Off (no log file)</source>
        <translation>&amp;Aus (keine Protokolldatei)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log at this level from now on</source>
        <translation>Ab jetzt auf dieser Stufe protokollieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform plugin</source>
        <translation>Plattform-Plugin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Palette</source>
        <translation>Farbpalette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>light</source>
        <translation>hell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 x %2 at %3 x</source>
        <translation>%1 x %2 bei %3 x</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no organisation open</source>
        <translation>keine Organisation geöffnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials from</source>
        <translation>Zugangsdaten aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scoped to a user</source>
        <translation>An einen Benutzer gebunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token service</source>
        <translation>Token-Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors loaded</source>
        <translation>Geladene Sensoren</translation>
    </message>
</context>
<context>
    <name>lc::DiagnosticsReport</name>
    <message>
        <location filename="../core/diagnostics/DiagnosticsReport.cpp" line="+15"/>
        <source>LC Desk</source>
        <translation>LC Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>lc::EnvironmentCatalog</name>
    <message>
        <location filename="../core/session/EnvironmentCatalog.cpp" line="+19"/>
        <source>API key in the keychain</source>
        <translation>API-Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key kept for this session only</source>
        <translation>API-Schlüssel nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key missing: log in again</source>
        <translation>API-Schlüssel fehlt: erneut anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain available: log in for this session</source>
        <translation>Kein Schlüsselbund verfügbar: für diese Sitzung anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key in the keychain (not checked yet)</source>
        <translation>API-Schlüssel im Schlüsselbund (noch nicht geprüft)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>LC Desk environment, organisation %1
%2</source>
        <translation>LC-Desk-Umgebung, Organisation %1
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (credentials file)</source>
        <translation>%1 (Zugangsdatendatei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment &quot;%1&quot; of %2, the limacharlie command&apos;s credentials file</source>
        <translation>Umgebung „%1“ aus %2, der Zugangsdatendatei des Befehls limacharlie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LC_OID, LC_UID and LC_API_KEY of this process (organisation %1)</source>
        <translation>LC_OID, LC_UID und LC_API_KEY dieses Prozesses (Organisation %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo organisation</source>
        <translation>Demo-Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated sensors served on this computer; nothing leaves it</source>
        <translation>Simulierte Sensoren, bereitgestellt auf diesem Computer; nichts verlässt ihn</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no environment &quot;%1&quot; any more.</source>
        <translation>Es gibt keine Umgebung „%1“ mehr.</translation>
    </message>
</context>
<context>
    <name>lc::EnvironmentStore</name>
    <message>
        <location filename="../core/credentials/EnvironmentStore.cpp" line="+50"/>
        <source>An environment needs a name.</source>
        <translation>Eine Umgebung braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An environment name may have at most %1 characters.</source>
        <translation>Ein Umgebungsname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An environment name may not start or end with a space.</source>
        <translation>Ein Umgebungsname darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An environment name may not contain control characters.</source>
        <translation>Ein Umgebungsname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the file must be a map with &quot;environments&quot;.</source>
        <translation>die Datei muss eine Map mit „environments“ sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;environments&quot; must be a map from names to settings.</source>
        <translation>„environments“ muss eine Map von Namen auf Einstellungen sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an environment name must be text.</source>
        <translation>ein Umgebungsname muss Text sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>environment &quot;%1&quot;</source>
        <translation>Umgebung „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be a map.</source>
        <translation>%1 muss eine Map sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; is not an http(s) or ws(s) URL with a host.</source>
        <translation>%1: „%2“ ist keine http(s)- oder ws(s)-URL mit Host.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not be read, so it is not overwritten; fix or remove it first. %2</source>
        <translation>%1 konnte nicht gelesen werden und wird daher nicht überschrieben; zuerst korrigieren oder entfernen. %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>LC Desk environments. API keys are not stored here: they are kept in the system keychain.</source>
        <translation>LC-Desk-Umgebungen. API-Schlüssel werden nicht hier gespeichert, sondern im Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>lc::EnvironmentSwitcher</name>
    <message>
        <location filename="../ui/auth/EnvironmentSwitcher.cpp" line="+20"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation to open</source>
        <translation>Die zu öffnende Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an organisation…</source>
        <translation>Organisation auswählen …</translation>
    </message>
</context>
<context>
    <name>lc::EventDetailPane</name>
    <message numerus="yes">
        <location filename="../ui/live/EventDetailPane.cpp" line="+42"/>
        <source>

[… %n more character(s) not shown here; Copy Value and Copy Line copy everything]</source>
        <translation>
            <numerusform>

[… %n weiteres Zeichen hier nicht angezeigt; „Wert kopieren“ und „Zeile kopieren“ kopieren alles]</numerusform>
            <numerusform>

[… %n weitere Zeichen hier nicht angezeigt; „Wert kopieren“ und „Zeile kopieren“ kopieren alles]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>

[… %n more byte(s) not shown here; Copy Line copies the whole line]</source>
        <translation>
            <numerusform>

[… %n weiteres Byte hier nicht angezeigt; „Zeile kopieren“ kopiert die ganze Zeile]</numerusform>
            <numerusform>

[… %n weitere Bytes hier nicht angezeigt; „Zeile kopieren“ kopiert die ganze Zeile]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an event to see all of its fields.</source>
        <translation>Ein Ereignis auswählen, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Raw Line</source>
        <translation>&amp;Rohzeile anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Line</source>
        <translation>&amp;Zeile kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the line exactly as received (Ctrl+U)</source>
        <translation>Die Zeile genau so anzeigen, wie sie empfangen wurde (Strg+U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show raw line</source>
        <translation>Rohzeile anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Selected field value</source>
        <translation>Wert des ausgewählten Felds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected field&apos;s whole value</source>
        <translation>Der vollständige Wert des ausgewählten Felds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raw line</source>
        <translation>Rohzeile</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This line holds bytes that are not valid UTF-8. They are shown as &lt;U+FFFD&gt;; Copy Line and export keep the bytes as received.</source>
        <translation>Diese Zeile enthält Bytes, die kein gültiges UTF-8 sind. Sie werden als &lt;U+FFFD&gt; angezeigt; „Zeile kopieren“ und der Export behalten die Bytes wie empfangen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some text could not be decoded (for example a lone surrogate escape) and is shown as &lt;U+FFFD&gt;. The raw line keeps the original.</source>
        <translation>Ein Teil des Texts konnte nicht dekodiert werden (zum Beispiel ein einzelnes Surrogat-Escape) und wird als &lt;U+FFFD&gt; angezeigt. Die Rohzeile enthält das Original.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This line is not a JSON object: %1</source>
        <translation>Diese Zeile ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This event holds invisible or direction-changing characters; they are shown as markers such as &lt;U+202E&gt;.</source>
        <translation>Dieses Ereignis enthält unsichtbare oder richtungsändernde Zeichen; sie werden als Markierungen wie &lt;U+202E&gt; angezeigt.</translation>
    </message>
</context>
<context>
    <name>lc::EventExporter</name>
    <message>
        <location filename="../core/stream/EventExporter.cpp" line="+26"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+29"/>
        <source>The export file is not open.</source>
        <translation>Die Exportdatei ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>lc::EventJson</name>
    <message>
        <location filename="../core/stream/EventJson.cpp" line="+42"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>lc::EventJsonTree</name>
    <message>
        <location filename="../ui/live/EventJsonTree.cpp" line="+36"/>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event fields</source>
        <translation>Ereignisfelder</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>lc::FirehoseListener</name>
    <message>
        <location filename="../core/stream/FirehoseListener.cpp" line="+194"/>
        <source>Unknown stream type &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekannter Stream-Typ „%1“; einen von %2 verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listening on %1.</source>
        <translation>Lauscht auf %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The listener is on all interfaces, which LimaCharlie cannot dial; give the public destination (host:port) it should connect to.</source>
        <translation>Der Listener lauscht auf allen Schnittstellen, die LimaCharlie nicht anwählen kann; das öffentliche Ziel (host:port) angeben, mit dem es sich verbinden soll.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give both a certificate and its private key, or neither (then a self-signed certificate is made).</source>
        <translation>Ein Zertifikat und seinen privaten Schlüssel angeben oder keines von beiden (dann wird ein selbstsigniertes Zertifikat erzeugt).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No certificate could be read from %1 (PEM or DER expected).</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden (PEM oder DER erwartet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>Die Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the private key %1: %2.</source>
        <translation>Der private Schlüssel %1 ist nicht lesbar: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no unencrypted RSA, EC or DSA private key (PEM or DER).</source>
        <translation>%1 enthält keinen unverschlüsselten privaten RSA-, EC- oder DSA-Schlüssel (PEM oder DER).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The private key %1 does not belong to the certificate %2; give the key the certificate was made with.</source>
        <translation>Der private Schlüssel %1 gehört nicht zum Zertifikat %2; den Schlüssel angeben, mit dem das Zertifikat erstellt wurde.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A TLS connection from %1 failed: %2</source>
        <translation>Eine TLS-Verbindung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Another program uses this port; pick another one.</source>
        <translation> Ein anderes Programm verwendet diesen Port; einen anderen wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Ports below 1024 need privileges; pick a higher port and give the public destination.</source>
        <translation> Ports unter 1024 brauchen Sonderrechte; einen höheren Port wählen und das öffentliche Ziel angeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The address is not one of this machine&apos;s.</source>
        <translation> Die Adresse gehört nicht zu diesem Rechner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot listen on %1: %2.%3</source>
        <translation>Lauschen auf %1 nicht möglich: %2.%3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not list the organisation&apos;s outputs: %1</source>
        <translation>Die Ausgaben der Organisation konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not delete the old output %1: %2</source>
        <translation>Die alte Ausgabe %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted the old output %1.</source>
        <translation>Die alte Ausgabe %1 wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Warning: the existing output %1 sends to %2, but this firehose listens at %3, so nothing may arrive. Stop, and start again removing the old output.</source>
        <translation>Warnung: Die vorhandene Ausgabe %1 sendet an %2, dieser Firehose lauscht aber auf %3, daher kommt eventuell nichts an. Anhalten und erneut starten, wobei die alte Ausgabe entfernt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Using the existing output %1 (LimaCharlie connects to %2); it is deleted when the firehose stops.</source>
        <translation>Die vorhandene Ausgabe %1 wird verwendet (LimaCharlie verbindet sich mit %2); sie wird gelöscht, wenn der Firehose anhält.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not create the output %1: %2</source>
        <translation>Die Ausgabe %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output %1 created: LimaCharlie connects to %2.</source>
        <translation>Ausgabe %1 angelegt: LimaCharlie verbindet sich mit %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Output %1 deleted.</source>
        <translation>Ausgabe %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not delete the output %1: %2 It still sends data to %3; delete it in the LimaCharlie web app (Outputs), or start the firehose again with the same name and remove the leftover.</source>
        <translation>Die Ausgabe %1 konnte nicht gelöscht werden: %2 Sie sendet weiterhin Daten an %3; sie in der LimaCharlie-Web-App (Outputs) löschen oder den Firehose erneut mit demselben Namen starten und die Überreste entfernen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Listening on %1; looking for output %2…</source>
        <translation>Lauscht auf %1; Ausgabe %2 wird gesucht …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output %1 already exists (left by an earlier run): remove it or keep it.</source>
        <translation>Die Ausgabe %1 existiert bereits (von einem früheren Lauf übrig): entfernen oder behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting the old output %1…</source>
        <translation>Die alte Ausgabe %1 wird gelöscht …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1; creating output %2…</source>
        <translation>Lauscht auf %1; Ausgabe %2 wird angelegt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping: deleting output %1…</source>
        <translation>Wird angehalten: Ausgabe %1 wird gelöscht …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listening on %1; waiting for LimaCharlie to connect.</source>
        <translation>Lauscht auf %1; wartet darauf, dass LimaCharlie sich verbindet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Live: %n connection(s) on %1</source>
        <translation>
            <numerusform>Live: %n Verbindung auf %1</numerusform>
            <numerusform>Live: %n Verbindungen auf %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+6"/>
        <source>peer closed</source>
        <translation>Gegenstelle hat geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 connected.</source>
        <translation>%1 verbunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 after %3.</source>
        <translation>%1: %2 nach %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 after %3; its last record was truncated (%4 bytes dropped).</source>
        <translation>%1: %2 nach %3; der letzte Datensatz war abgeschnitten (%4 Bytes verworfen).</translation>
    </message>
</context>
<context>
    <name>lc::FirehoseOptions</name>
    <message>
        <location filename="../core/stream/FirehoseOptions.cpp" line="+54"/>
        <source>Cannot listen on &quot;%1&quot;: %2 Use ip:port, :port, ip or [v6]:port.</source>
        <translation>Lauschen auf „%1“ nicht möglich: %2 ip:port, :port, ip oder [v6]:port verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing given.</source>
        <translation>nichts angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the IPv6 address has no closing bracket.</source>
        <translation>die IPv6-Adresse hat keine schließende Klammer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after the IPv6 address.</source>
        <translation>unerwarteter Text nach der IPv6-Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the IPv6 address is empty.</source>
        <translation>die IPv6-Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a port number (0-65535).</source>
        <translation>„%1“ ist keine Portnummer (0-65535).</translation>
    </message>
</context>
<context>
    <name>lc::IndicatorEditor</name>
    <message>
        <location filename="../ui/spotcheck/IndicatorEditor.cpp" line="+41"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name pattern:</source>
        <translation>&amp;Namensmuster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>*.exe (* and ? wildcards)</source>
        <translation>*.exe (Platzhalter * und ?)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+170"/>
        <source>Name pattern</source>
        <translation>Namensmuster</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>&amp;Depth:</source>
        <translation>T&amp;iefe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 hexadecimal characters</source>
        <translation>64 hexadezimale Zeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+168"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>&amp;Value name:</source>
        <translation>&amp;Wertname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SvcUpdate</source>
        <translation>SvcUpdate</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+168"/>
        <source>Value name</source>
        <translation>Wertname</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>&amp;YARA rule:</source>
        <translation>&amp;YARA-Regel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule file, or an https:// URL the sensor fetches</source>
        <translation>Regeldatei oder eine https://-URL, die der Sensor lädt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>YARA rule</source>
        <translation>YARA-Regel</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files in a directory</source>
        <translation>Dateien in einem Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File hash in a directory</source>
        <translation>Datei-Hash in einem Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry key (Windows)</source>
        <translation>Registrierungsschlüssel (Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry value (Windows)</source>
        <translation>Registrierungswert (Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YARA on the host</source>
        <translation>YARA auf dem Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YARA on processes</source>
        <translation>YARA auf Prozessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YARA on files in a directory</source>
        <translation>YARA auf Dateien in einem Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator type</source>
        <translation>Indikatortyp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many folder levels below the directory to look in</source>
        <translation>Wie viele Ordnerebenen unterhalb des Verzeichnisses durchsucht werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a YARA rule file on this computer; its text is sent</source>
        <translation>Eine YARA-Regeldatei auf diesem Computer wählen; ihr Text wird gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C:\Users\Public\tool.exe or /tmp/dropper</source>
        <translation>C:\Users\Public\tool.exe oder /tmp/dropper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C:\Users or /home</source>
        <translation>C:\Users oder /home</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hklm\Software\Microsoft\Windows\CurrentVersion\Run</source>
        <translation>hklm\Software\Microsoft\Windows\CurrentVersion\Run</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Processes:</source>
        <translation>P&amp;rozesse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a process id or a name expression such as *svchost*</source>
        <translation>eine Prozess-ID oder ein Namensausdruck wie *svchost*</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is needed for this type.</source>
        <translation>Für diesen Typ wird %1 benötigt.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>YARA Rule File</source>
        <translation>YARA-Regeldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YARA rules (*.yar *.yara);;All files (*)</source>
        <translation>YARA-Regeln (*.yar *.yara);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lc::InlineBanner</name>
    <message>
        <location filename="../ui/widgets/InlineBanner.cpp" line="+76"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>lc::Investigation</name>
    <message>
        <location filename="../core/investigate/Investigation.cpp" line="+49"/>
        <source>The investigation id is empty.</source>
        <translation>Die Untersuchungs-ID ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An investigation id cannot hold &apos;/&apos;: the server matches the part before it.</source>
        <translation>Eine Untersuchungs-ID darf kein &apos;/&apos; enthalten: Der Server vergleicht den Teil davor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An investigation id cannot hold spaces or control characters.</source>
        <translation>Eine Untersuchungs-ID darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Investigation ids starting with __ are not delivered to streams.</source>
        <translation>Untersuchungs-IDs, die mit __ beginnen, werden nicht an Streams ausgeliefert.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the reply stream failed: %1</source>
        <translation>der Antwort-Stream ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the sensor is offline (host not connected)</source>
        <translation>der Sensor ist offline (Host nicht verbunden)</translation>
    </message>
</context>
<context>
    <name>lc::JsonTreeWidget</name>
    <message>
        <location filename="../ui/widgets/JsonTreeWidget.cpp" line="+22"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>lc::JwtSession</name>
    <message>
        <location filename="../core/api/JwtSession.cpp" line="+51"/>
        <source>The credentials were changed.</source>
        <translation>Die Zugangsdaten wurden geändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No API key is set for this organisation. Log in with an API key.</source>
        <translation>Für diese Organisation ist kein API-Schlüssel gesetzt. Mit einem API-Schlüssel anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session token has expired and there is no API key to renew it. Log in again with an API key.</source>
        <translation>Das Sitzungstoken ist abgelaufen, und es gibt keinen API-Schlüssel, um es zu erneuern. Erneut mit einem API-Schlüssel anmelden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>LimaCharlie refused the API key for organisation %1. It may have been revoked, or belong to another organisation or user; enter a valid key.</source>
        <translation>LimaCharlie hat den API-Schlüssel für die Organisation %1 abgelehnt. Er wurde vielleicht widerrufen oder gehört zu einer anderen Organisation oder einem anderen Benutzer; einen gültigen Schlüssel eingeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token service answered without a token.</source>
        <translation>Der Token-Dienst hat ohne Token geantwortet.</translation>
    </message>
</context>
<context>
    <name>lc::KeychainStore</name>
    <message>
        <location filename="../core/credentials/KeychainStore.cpp" line="+53"/>
        <location line="+188"/>
        <source>The keychain has no API key for environment &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund enthält keinen API-Schlüssel für die Umgebung „%1“.</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>The keychain refused access to the key of environment &quot;%1&quot; (is it locked?): %2</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den Schlüssel der Umgebung „%1“ verweigert (ist er gesperrt?): %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keychain reported an error for environment &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund hat für die Umgebung „%1“ einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No keychain service is running. Install and start gnome-keyring (Secret Service) or KWallet, or use the key for this session only.</source>
        <translation>Es läuft kein Schlüsselbunddienst. gnome-keyring (Secret Service) oder KWallet installieren und starten oder den Schlüssel nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key contains line breaks or control characters.</source>
        <translation>Der API-Schlüssel enthält Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a session token (JWT), not an API key. LC Desk keeps only API keys in the keychain.</source>
        <translation>Dies ist ein Sitzungstoken (JWT), kein API-Schlüssel. LC Desk legt nur API-Schlüssel im Schlüsselbund ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret is %1 bytes long; keychain entries are limited to %2 bytes (the Windows Credential Manager limit). Only API keys can be stored.</source>
        <translation>Das Geheimnis ist %1 Bytes lang; Schlüsselbundeinträge sind auf %2 Bytes begrenzt (die Grenze der Windows-Anmeldeinformationsverwaltung). Nur API-Schlüssel können gespeichert werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No D-Bus session bus is running, so no keychain can be reached. Start a desktop session with gnome-keyring (Secret Service) or KWallet, or use the key for this session only.</source>
        <translation>Es läuft kein D-Bus-Sitzungsbus, daher ist kein Schlüsselbund erreichbar. Eine Desktop-Sitzung mit gnome-keyring (Secret Service) oder KWallet starten oder den Schlüssel nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>lc::LiveEventFilter</name>
    <message>
        <location filename="../models/LiveEventFilter.cpp" line="+40"/>
        <source>unterminated quote at %1</source>
        <translation>nicht geschlossenes Anführungszeichen bei %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a path is missing before &quot;=&quot; at %1</source>
        <translation>vor „=“ fehlt ein Pfad bei %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only one &quot;path = value&quot; term is allowed (at %1)</source>
        <translation>nur ein Ausdruck „Pfad = Wert“ ist erlaubt (bei %1)</translation>
    </message>
</context>
<context>
    <name>lc::LiveEventModel</name>
    <message>
        <location filename="../models/LiveEventModel.cpp" line="+501"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>lc::LiveEventView</name>
    <message>
        <location filename="../ui/live/LiveEventView.cpp" line="+122"/>
        <source>Live events</source>
        <translation>Live-Ereignisse</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+455"/>
        <source>&amp;Start Stream</source>
        <translation>Stream &amp;starten</translation>
    </message>
    <message>
        <location line="-454"/>
        <location line="+83"/>
        <source>Start or stop the stream</source>
        <translation>Den Stream starten oder anhalten</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the same stream again, keeping the rows</source>
        <translation>Denselben Stream erneut starten und die Zeilen behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+562"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-561"/>
        <source>Hold new events (the stream keeps being read); Space in the table</source>
        <translation>Neue Ereignisse zurückhalten (der Stream wird weiter gelesen); Leertaste in der Tabelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Follow Newest</source>
        <translation>Neueste &amp;verfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest events in view; End in the table</source>
        <translation>Die neuesten Ereignisse im Blick behalten; Ende in der Tabelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Filter Events</source>
        <translation>Ereignisse &amp;filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record to File…</source>
        <translation>In Datei &amp;aufzeichnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every received line to a file</source>
        <translation>Jede empfangene Zeile in eine Datei schreiben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export Shown Events…</source>
        <translation>Angezeigte Ereignisse &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every row the filter shows to NDJSON or CSV</source>
        <translation>Jede vom Filter angezeigte Zeile als NDJSON oder CSV schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Selected Events…</source>
        <translation>Ausgewählte Ereignisse e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected rows to NDJSON or CSV</source>
        <translation>Die ausgewählten Zeilen als NDJSON oder CSV schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open Recording…</source>
        <translation>Aufzeichnung &amp;öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a recorded stream into the live view</source>
        <translation>Einen aufgezeichneten Stream in der Live-Ansicht abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear Events</source>
        <translation>Ereignisse &amp;leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the table and reset the counters</source>
        <translation>Die Tabelle leeren und die Zähler zurücksetzen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+406"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Reconnect the stream</source>
        <translation>Den Stream neu verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream state</source>
        <translation>Stream-Zustand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last stream notice</source>
        <translation>Letzter Stream-Hinweis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stream:</source>
        <translation>Stream:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter: type:NEW_PROCESS host:name sid:prefix event/FILE_PATH = value  words  (Ctrl+F)</source>
        <translation>Filter: type:NEW_PROCESS host:name sid:präfix event/FILE_PATH = wert  Wörter  (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event filter</source>
        <translation>Ereignisfilter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter error</source>
        <translation>Filterfehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Filter syntax</source>
        <translation>Filtersyntax</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the filter syntax (F1 in the filter)</source>
        <translation>Die Filtersyntax anzeigen (F1 im Filter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+122"/>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+124"/>
        <source>Follow the newest events</source>
        <translation>Den neuesten Ereignissen folgen</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Record to file</source>
        <translation>In Datei aufzeichnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export shown events</source>
        <translation>Angezeigte Ereignisse exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a recording</source>
        <translation>Eine Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Events kept</source>
        <translation>Behaltene Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many events the view keeps; older ones leave as new ones arrive</source>
        <translation>Wie viele Ereignisse die Ansicht behält; ältere fallen heraus, wenn neue eintreffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Event counters</source>
        <translation>Ereigniszähler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received = kept + evicted + waiting + dropped here.
Shown: kept events that pass the filter.
Evicted: pushed out of the view by newer events.
Waiting: held while paused.
Dropped by the server: never received (the reader was slow).
Dropped here: lines that were not JSON records, or overflow while paused.</source>
        <translation>Empfangen = behalten + verdrängt + wartend + hier verworfen.
Angezeigt: behaltene Ereignisse, die den Filter passieren.
Verdrängt: von neueren Ereignissen aus der Ansicht geschoben.
Wartend: während der Pause zurückgehalten.
Vom Server verworfen: nie empfangen (der Leser war zu langsam).
Hier verworfen: Zeilen, die keine JSON-Datensätze waren, oder Überlauf während der Pause.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Event actions</source>
        <translation>Ereignisaktionen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Open an organisation (or the demo) to stream its events. Recordings open without one: File &gt; Open Recording…</source>
        <translation>Eine Organisation (oder die Demo) öffnen, um ihre Ereignisse zu streamen. Aufzeichnungen lassen sich ohne öffnen: Datei &gt; Aufzeichnung öffnen …</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Stopped reading %1 (see the message above)</source>
        <translation>Lesen von %1 beendet (siehe die Meldung oben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Played %1: it holds no events</source>
        <translation>%1 abgespielt: Es enthält keine Ereignisse</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Played %1: %n event(s)</source>
        <translation>
            <numerusform>%1 abgespielt: %n Ereignis</numerusform>
            <numerusform>%1 abgespielt: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop Stream</source>
        <translation>Stream &amp;anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Output Left Over</source>
        <translation>Übrig gebliebene Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output %1 already exists (sending to %2), probably left by an earlier session that did not stop cleanly.</source>
        <translation>Die Ausgabe %1 existiert bereits (sendet an %2), vermutlich von einer früheren Sitzung übrig, die nicht sauber beendet wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove it and create a fresh one pointing here, keep it as it is and listen, or cancel?</source>
        <translation>Sie entfernen und eine neue anlegen, die hierher zeigt, sie unverändert behalten und lauschen, oder abbrechen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove It and Start</source>
        <translation>&amp;Entfernen und starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep It</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deleting the output before closing…</source>
        <translation>Die Ausgabe wird vor dem Schließen gelöscht …</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Resume</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every term must match; the rows update as you type.
type:NEW_PROCESS — event type, detection category or audit type (part of it; repeat for any of several)
host:name — part of the hostname (case and accents ignored)
sid:aaaa — sensor id starting with this
detections — only detections
event/FILE_PATH = value — the field at this path equals value (also routing.hostname=x)
other words — each must occur in the event&apos;s JSON
Quote a term to keep spaces in it. Escape clears the filter.</source>
        <translation>Jeder Ausdruck muss zutreffen; die Zeilen aktualisieren sich beim Tippen.
type:NEW_PROCESS – Ereignistyp, Erkennungskategorie oder Audit-Typ (ein Teil davon; wiederholen für eines von mehreren)
host:name – Teil des Hostnamens (Groß-/Kleinschreibung und Akzente egal)
sid:aaaa – Sensor-ID, die damit beginnt
detections – nur Erkennungen
event/FILE_PATH = wert – das Feld unter diesem Pfad ist gleich wert (auch routing.hostname=x)
andere Wörter – jedes muss im JSON des Ereignisses vorkommen
Einen Ausdruck in Anführungszeichen setzen, um Leerzeichen darin zu behalten. Escape leert den Filter.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Received %1 = kept %2 + evicted %3 + waiting %4 + dropped here %5 · Shown %6 · Dropped by server %7</source>
        <translation>Empfangen %1 = behalten %2 + verdrängt %3 + wartend %4 + hier verworfen %5 · Angezeigt %6 · Vom Server verworfen %7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1 malformed)</source>
        <translation>(%1 fehlerhaft)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Resume (%n waiting)</source>
        <translation>
            <numerusform>&amp;Weiter (%n wartend)</numerusform>
            <numerusform>&amp;Weiter (%n wartend)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Recorded %n line(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 aufgezeichnet</numerusform>
            <numerusform>%n Zeilen nach %1 aufgezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The recording stopped.</source>
        <translation>Die Aufzeichnung wurde beendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Recording to %1 — %Ln line(s)</source>
        <translation>
            <numerusform>Aufzeichnung nach %1 – %Ln Zeile</numerusform>
            <numerusform>Aufzeichnung nach %1 – %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record to File</source>
        <translation>In Datei aufzeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newline-delimited JSON (*.ndjson);;Compressed newline-delimited JSON (*.ndjson.gz)</source>
        <translation>Zeilengetrenntes JSON (*.ndjson);;Komprimiertes zeilengetrenntes JSON (*.ndjson.gz)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings (*.ndjson *.ndjson.gz *.jsonl *.json *.gz);;All files (*)</source>
        <translation>Aufzeichnungen (*.ndjson *.ndjson.gz *.jsonl *.json *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Newline-delimited JSON, exact lines (*.ndjson)</source>
        <translation>Zeilengetrenntes JSON, exakte Zeilen (*.ndjson)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Selected Events</source>
        <translation>Ausgewählte Ereignisse exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Shown Events</source>
        <translation>Angezeigte Ereignisse exportieren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>An export is still running; wait for it or cancel it.</source>
        <translation>Ein Export läuft noch; darauf warten oder ihn abbrechen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the events to export first.</source>
        <translation>Zuerst die zu exportierenden Ereignisse auswählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no events to export.</source>
        <translation>Es gibt keine Ereignisse zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>lc::LiveExportJob</name>
    <message>
        <location filename="../ui/live/LiveExportJob.cpp" line="+219"/>
        <source>Export to %1 cancelled; the file was not written.</source>
        <translation>Export nach %1 abgebrochen; die Datei wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) left the ring buffer before they could be exported.</source>
        <translation>
            <numerusform>%n Ereignis hat den Ringpuffer verlassen, bevor es exportiert werden konnte.</numerusform>
            <numerusform>%n Ereignisse haben den Ringpuffer verlassen, bevor sie exportiert werden konnten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::LiveSourceBar</name>
    <message>
        <location filename="../ui/live/LiveSourceBar.cpp" line="+20"/>
        <source>Stream source</source>
        <translation>Stream-Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spout</source>
        <translation>Spout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firehose</source>
        <translation>Firehose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream kind</source>
        <translation>Stream-Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spout: LC Desk connects to LimaCharlie and pulls the stream.
Firehose: LC Desk listens here (TLS) and LimaCharlie pushes to it through a temporary output.</source>
        <translation>Spout: LC Desk verbindet sich mit LimaCharlie und holt den Stream ab.
Firehose: LC Desk lauscht hier (TLS), und LimaCharlie pusht über eine temporäre Ausgabe dorthin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream type</source>
        <translation>Stream-Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telemetry events, detections, audit entries, deployment events or billing records (Spout only)</source>
        <translation>Telemetrieereignisse, Erkennungen, Audit-Einträge, Deployment-Ereignisse oder Abrechnungsdatensätze (nur Spout)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only sensors with this tag</source>
        <translation>Nur Sensoren mit diesem Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detection category filter</source>
        <translation>Filter nach Erkennungskategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only detections of this category</source>
        <translation>Nur Erkennungen dieser Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensor id</source>
        <translation>Sensor-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sensor filter</source>
        <translation>Sensorfilter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only this sensor</source>
        <translation>Nur dieser Sensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investigation id</source>
        <translation>Untersuchungs-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Investigation filter</source>
        <translation>Untersuchungsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only events of this investigation (the part before the first &apos;/&apos;)</source>
        <translation>Nur Ereignisse dieser Untersuchung (der Teil vor dem ersten &apos;/&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>127.0.0.1:4443</source>
        <translation>127.0.0.1:4443</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen address</source>
        <translation>Lauschadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the Firehose listens: ip:port, or ip (port 443); :port listens on every interface and then needs a public destination</source>
        <translation>Wo der Firehose lauscht: ip:port oder ip (Port 443); :port lauscht auf allen Schnittstellen und braucht dann ein öffentliches Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output name</source>
        <translation>Ausgabename</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Output name</source>
        <translation>Ausgabename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output is created as tmp_live_&lt;name&gt; and deleted at Stop. Empty: only listen, create no output.</source>
        <translation>Die Ausgabe wird als tmp_live_&lt;name&gt; angelegt und beim Anhalten gelöscht. Leer: nur lauschen, keine Ausgabe anlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>public host:port</source>
        <translation>öffentlicher host:port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public destination</source>
        <translation>Öffentliches Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host:port that LimaCharlie connects to; default the listen address</source>
        <translation>host:port, mit dem sich LimaCharlie verbindet; Standard ist die Lauschadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificate; with a key, the output checks it strictly. Empty: a self-signed certificate is made</source>
        <translation>PEM-Zertifikat; mit einem Schlüssel prüft die Ausgabe es streng. Leer: Ein selbstsigniertes Zertifikat wird erzeugt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM private key of the certificate</source>
        <translation>Privater PEM-Schlüssel des Zertifikats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listen o&amp;n:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate File</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key File</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Listen on: %1</source>
        <translation>Lauscht auf: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give both a certificate and its key, or neither (a self-signed certificate is made).</source>
        <translation>Ein Zertifikat und seinen Schlüssel angeben oder keines von beiden (dann wird ein selbstsigniertes Zertifikat erzeugt).</translation>
    </message>
</context>
<context>
    <name>lc::LiveStream</name>
    <message>
        <location filename="../core/stream/LiveStream.cpp" line="+14"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lc::LoginDialog</name>
    <message>
        <location filename="../ui/auth/LoginDialog.cpp" line="+30"/>
        <source>&amp;Private deployment (other server addresses)</source>
        <translation>&amp;Private Installation (andere Serveradressen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the key in the &amp;keychain</source>
        <translation>Schlüssel im Schlüssel&amp;bund speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use it for this &amp;session only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Keys from ~/.limacharlie into the Keychain</source>
        <translation>Schlüssel aus ~/.limacharlie in den Schlüsselbund &amp;importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log In to LimaCharlie</source>
        <translation>Bei LimaCharlie anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment name</source>
        <translation>Name der Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name this organisation has in LC Desk&apos;s list.</source>
        <translation>Der Name dieser Organisation in der Liste von LC Desk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation ID (a UUID)</source>
        <translation>Organisations-ID (eine UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only for a user API key</source>
        <translation>nur für einen Benutzer-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URLs of a private LimaCharlie deployment. Empty fields use the cloud.</source>
        <translation>Basis-URLs einer privaten LimaCharlie-Installation. Leere Felder verwenden die Cloud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JWT URL</source>
        <translation>JWT-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream URL</source>
        <translation>Stream-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AP&amp;I URL:</source>
        <translation>AP&amp;I-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JWT URL:</source>
        <translation>&amp;JWT-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tream URL:</source>
        <translation>S&amp;tream-URL:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copies every environment of the limacharlie command&apos;s credentials file into LC Desk, with its key in the keychain.</source>
        <translation>Übernimmt jede Umgebung aus der Zugangsdatendatei des Befehls limacharlie in LC Desk, mit ihrem Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation ID:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User ID:</source>
        <translation>Ben&amp;utzer-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API key:</source>
        <translation>API-Schl&amp;üssel:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No keychain is available, so the key can only be kept for this session. %1</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann der Schlüssel nur für diese Sitzung aufbewahrt werden. %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import Keys from %1 into the Keychain</source>
        <translation>Schlüssel aus %1 in den Schlüsselbund &amp;importieren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter the organisation ID.</source>
        <translation>Die Organisations-ID eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation ID must be a UUID, like 01234567-89ab-cdef-0123-456789abcdef.</source>
        <translation>Die Organisations-ID muss eine UUID sein, etwa 01234567-89ab-cdef-0123-456789abcdef.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the API key.</source>
        <translation>Den API-Schlüssel eingeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a valid address: use http:// or https:// and a host name.</source>
        <translation>%1 ist keine gültige Adresse: http:// oder https:// und einen Hostnamen verwenden.</translation>
    </message>
</context>
<context>
    <name>lc::LoginFlow</name>
    <message>
        <location filename="../ui/auth/LoginFlow.cpp" line="+76"/>
        <source>These credentials cannot be used: check the name and the key.</source>
        <translation>Diese Zugangsdaten können nicht verwendet werden: Namen und Schlüssel prüfen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The key was not saved: %1 You can use it for this session only.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1 Er kann nur für diese Sitzung verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n environment(s) of %1 were not imported: %2</source>
        <translation>
            <numerusform>%n Umgebung aus %1 wurde nicht importiert: %2</numerusform>
            <numerusform>%n Umgebungen aus %1 wurden nicht importiert: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n environment(s) from %1 into the keychain.</source>
        <translation>
            <numerusform>%n Umgebung aus %1 in den Schlüsselbund importiert.</numerusform>
            <numerusform>%n Umgebungen aus %1 in den Schlüsselbund importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+83"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live Events</source>
        <translation>Live-Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Log In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Demo Organisation</source>
        <translation>&amp;Demo-Organisation öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Keys from ~/.limacharlie</source>
        <translation>Schlüssel aus ~/.limacharlie &amp;importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+71"/>
        <source>&amp;Sensors</source>
        <translation>&amp;Sensoren</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Spot&amp;Check the Fleet…</source>
        <translation>Spot&amp;Check der Flotte …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look for files, hashes, registry keys or YARA matches on every sensor (Ctrl+Shift+F)</source>
        <translation>Auf jedem Sensor nach Dateien, Hashes, Registrierungsschlüsseln oder YARA-Treffern suchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor &amp;Details</source>
        <translation>Sensor&amp;details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;About LC Desk</source>
        <translation>&amp;Über LC Desk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sensor Actions</source>
        <translation>Sensoraktionen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Live Events</source>
        <translation>&amp;Live-Ereignisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Watch Live Events</source>
        <translation>Live-Ereignisse &amp;beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream the events of the current sensor in the live view</source>
        <translation>Die Ereignisse des aktuellen Sensors in der Live-Ansicht streamen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Live stream state</source>
        <translation>Zustand des Live-Streams</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live events: %1</source>
        <translation>Live-Ereignisse: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rules tab status</source>
        <translation>Status des Reiters „Regeln“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;onsole</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Console status</source>
        <translation>Konsolenstatus</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Connect to an organisation first: a SpotCheck looks at its sensors.</source>
        <translation>Zuerst mit einer Organisation verbinden: Ein SpotCheck prüft deren Sensoren.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Rate limited by LimaCharlie; retrying in %n s.</source>
        <translation>
            <numerusform>Von LimaCharlie gedrosselt; neuer Versuch in %n s.</numerusform>
            <numerusform>Von LimaCharlie gedrosselt; neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Rate limited by LimaCharlie (quota %1 per %2 s); retrying in %n s.</source>
        <translation>
            <numerusform>Von LimaCharlie gedrosselt (Kontingent %1 pro %2 s); neuer Versuch in %n s.</numerusform>
            <numerusform>Von LimaCharlie gedrosselt (Kontingent %1 pro %2 s); neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is the demo organisation: simulated sensors served on this computer by lcdesk-emulator. Nothing you do here reaches LimaCharlie.</source>
        <translation>Dies ist die Demo-Organisation: simulierte Sensoren, die lcdesk-emulator auf diesem Computer bereitstellt. Nichts, was hier geschieht, erreicht LimaCharlie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log In…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LC Desk</source>
        <translation>LC Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (demo) — LC Desk</source>
        <translation>%1 (Demo) – LC Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — LC Desk</source>
        <translation>%1 – LC Desk</translation>
    </message>
</context>
<context>
    <name>lc::PlaintextCredentialsWriter</name>
    <message>
        <location filename="../core/credentials/PlaintextCredentialsWriter.cpp" line="+48"/>
        <source>An organization ID and an API key are needed to write %1.</source>
        <translation>Um %1 zu schreiben, werden eine Organisations-ID und ein API-Schlüssel benötigt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is not a map of keys; it is left unchanged.</source>
        <translation>die Datei ist keine Map von Schlüsseln; sie bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a list or map used as a key, or an alias inside its own anchor, which LC Desk cannot write back unchanged; the file is left as it is. Edit it by hand.</source>
        <translation>eine Liste oder Map als Schlüssel oder ein Alias innerhalb seines eigenen Ankers, was LC Desk nicht unverändert zurückschreiben kann; die Datei bleibt, wie sie ist. Bearbeiten Sie sie von Hand.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;env&quot; is not a map; the file is left unchanged.</source>
        <translation>„env“ ist keine Map; die Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>lc::PrivateFileWriter</name>
    <message>
        <location filename="../core/credentials/PrivateFileWriter.cpp" line="+40"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write to the folder of %1: %2</source>
        <translation>In den Ordner von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create a private temporary file next to %1.</source>
        <translation>Neben %1 kann keine private temporäre Datei angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>lc::ProcessTreeDialog</name>
    <message>
        <location filename="../ui/console/ProcessTreeDialog.cpp" line="+62"/>
        <source>Process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process tree</source>
        <translation>Prozessbaum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Process %1 is not in the process list of %2: it may have exited. Run os_processes again for a fresh list.</source>
        <translation>Prozess %1 ist nicht in der Prozessliste von %2: Vielleicht wurde er beendet. os_processes erneut ausführen, um eine aktuelle Liste zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n ancestor(s)</source>
        <translation>
            <numerusform>%n Vorfahre</numerusform>
            <numerusform>%n Vorfahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n descendant(s)</source>
        <translation>
            <numerusform>%n Nachfahre</numerusform>
            <numerusform>%n Nachfahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::RateChart</name>
    <message>
        <location filename="../ui/live/RateChart.cpp" line="+33"/>
        <source>Events per second by type</source>
        <translation>Ereignisse pro Sekunde nach Typ</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n event(s) in the last second</source>
        <translation>
            <numerusform>%n Ereignis in der letzten Sekunde</numerusform>
            <numerusform>%n Ereignisse in der letzten Sekunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>lc::RecordingSource</name>
    <message>
        <location filename="../core/stream/RecordingSource.cpp" line="+87"/>
        <source>Cannot open the recording %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the compressed recording %1</source>
        <translation>Die komprimierte Aufzeichnung %1 ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Playing %1 (%2%)</source>
        <translation>%1 wird abgespielt (%2 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing %1</source>
        <translation>%1 wird abgespielt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot read the recording %1: %2</source>
        <translation>Die Aufzeichnung %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The compressed recording %1 is damaged</source>
        <translation>Die komprimierte Aufzeichnung %1 ist beschädigt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The compressed recording %1 is incomplete or damaged</source>
        <translation>Die komprimierte Aufzeichnung %1 ist unvollständig oder beschädigt</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The recording %1 ends with an incomplete record (%n byte(s)); it was not counted.</source>
        <translation>
            <numerusform>Die Aufzeichnung %1 endet mit einem unvollständigen Datensatz (%n Byte); er wurde nicht gezählt.</numerusform>
            <numerusform>Die Aufzeichnung %1 endet mit einem unvollständigen Datensatz (%n Bytes); er wurde nicht gezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::ResponseTableModel</name>
    <message>
        <location filename="../ui/console/ResponseTableModel.cpp" line="+53"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>lc::ResponseView</name>
    <message>
        <location filename="../ui/console/ResponseView.cpp" line="+43"/>
        <source>(error %1%2)</source>
        <translation>(Fehler %1%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(late)</source>
        <translation>(verspätet)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The replies of the selected request; pick one to see it</source>
        <translation>Die Antworten der ausgewählten Anfrage; eine auswählen, um sie anzuzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Console output</source>
        <translation>Konsolenausgabe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reply table</source>
        <translation>Antworttabelle</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter rows (Ctrl+F)</source>
        <translation>Zeilen filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply filter</source>
        <translation>Antwortfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the rows where any column contains this text (case is ignored)</source>
        <translation>Zeigt die Zeilen, in denen eine Spalte diesen Text enthält (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No reply yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message numerus="yes">
        <location line="+137"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 von %n Zeile</numerusform>
            <numerusform>%1 von %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Row actions</source>
        <translation>Zeilenaktionen</translation>
    </message>
</context>
<context>
    <name>lc::SelfSignedCertificate</name>
    <message>
        <location filename="../core/stream/SelfSignedCertificate.cpp" line="+148"/>
        <source>Could not generate the listener&apos;s certificate (%1: %2).</source>
        <translation>Das Zertifikat des Listeners konnte nicht erzeugt werden (%1: %2).</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Could not load the generated certificate into the TLS backend.</source>
        <translation>Das erzeugte Zertifikat konnte nicht in das TLS-Backend geladen werden.</translation>
    </message>
</context>
<context>
    <name>lc::SensorActions</name>
    <message>
        <location filename="../ui/sensors/SensorActions.cpp" line="+29"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the sensor list again (F5)</source>
        <translation>Die Sensorliste neu laden (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tag…</source>
        <translation>&amp;Taggen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Untag…</source>
        <translation>Tag &amp;entfernen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send T&amp;ask…</source>
        <translation>Auftrag sen&amp;den …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Isolate…</source>
        <translation>&amp;Isolieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;join Network…</source>
        <translation>&amp;Wieder mit dem Netzwerk verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Console</source>
        <translation>&amp;Konsole öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactive console on the selected sensor(s): commands and their replies (Ctrl+Shift+O, or Return in the list)</source>
        <translation>Interaktive Konsole für die ausgewählten Sensoren: Befehle und ihre Antworten (Strg+Umschalt+O oder die Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy Sensor ID</source>
        <translation>Sensor-ID k&amp;opieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Hostname</source>
        <translation>&amp;Hostname kopieren</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not connected to an organisation.</source>
        <translation>Nicht mit einer Organisation verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more sensors first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Sensoren aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Tag %n sensor(s) with %1</source>
        <translation>
            <numerusform>%n Sensor mit %1 taggen</numerusform>
            <numerusform>%n Sensoren mit %1 taggen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged</source>
        <translation>getaggt</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Remove %1 from %n sensor(s)</source>
        <translation>
            <numerusform>%1 von %n Sensor entfernen</numerusform>
            <numerusform>%1 von %n Sensoren entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untagged</source>
        <translation>Tag entfernt</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Send &quot;%1&quot; to %n sensor(s)</source>
        <translation>
            <numerusform>„%1“ an %n Sensor senden</numerusform>
            <numerusform>„%1“ an %n Sensoren senden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Isolate Sensors</source>
        <translation>Sensoren isolieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejoin Network</source>
        <translation>Wieder mit dem Netzwerk verbinden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Isolate %n sensor(s) from the network?</source>
        <translation>
            <numerusform>%n Sensor vom Netzwerk isolieren?</numerusform>
            <numerusform>%n Sensoren vom Netzwerk isolieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Let %n sensor(s) rejoin the network?</source>
        <translation>
            <numerusform>%n Sensor wieder mit dem Netzwerk verbinden?</numerusform>
            <numerusform>%n Sensoren wieder mit dem Netzwerk verbinden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

They keep talking to LimaCharlie only, until they rejoin.</source>
        <translation>%1

Sie sprechen nur noch mit LimaCharlie, bis sie wieder verbunden werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Their network access is restored.</source>
        <translation>%1

Ihr Netzwerkzugang wird wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Isolate %n sensor(s)</source>
        <translation>
            <numerusform>%n Sensor &amp;isolieren</numerusform>
            <numerusform>%n Sensoren &amp;isolieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Rejoin %n sensor(s)</source>
        <translation>
            <numerusform>%n Sensor &amp;wieder verbinden</numerusform>
            <numerusform>%n Sensoren &amp;wieder verbinden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Isolate %n sensor(s)</source>
        <translation>
            <numerusform>%n Sensor isolieren</numerusform>
            <numerusform>%n Sensoren isolieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Rejoin %n sensor(s)</source>
        <translation>
            <numerusform>%n Sensor wieder verbinden</numerusform>
            <numerusform>%n Sensoren wieder verbinden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isolation requested</source>
        <translation>Isolierung angefordert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejoin requested</source>
        <translation>Wiederaufnahme angefordert</translation>
    </message>
</context>
<context>
    <name>lc::SensorApi</name>
    <message>
        <location filename="../core/api/SensorApi.cpp" line="+65"/>
        <source>&quot;%1&quot; cannot be used as a tag: it must not be empty, &quot;.&quot; or &quot;..&quot;.</source>
        <translation>„%1“ kann nicht als Tag verwendet werden: Es darf nicht leer, „.“ oder „..“ sein.</translation>
    </message>
</context>
<context>
    <name>lc::SensorBatch</name>
    <message>
        <location filename="../core/sensors/SensorBatch.cpp" line="+52"/>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>lc::SensorDetailPane</name>
    <message>
        <location filename="../ui/sensors/SensorDetailPane.cpp" line="+56"/>
        <source>Select a sensor to see its details.</source>
        <translation>Einen Sensor auswählen, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sensor details</source>
        <translation>Sensordetails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sensor ID</source>
        <translation>Sensor-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor fields</source>
        <translation>Sensorfelder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sensor tags</source>
        <translation>Sensor-Tags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The sensor&apos;s details did not load. %1</source>
        <translation>Die Details des Sensors wurden nicht geladen. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The server did not say when this tag expires.</source>
        <translation>Der Server hat nicht angegeben, wann dieses Tag abläuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sensor&apos;s tags did not load. %1</source>
        <translation>Die Tags des Sensors wurden nicht geladen. %1</translation>
    </message>
</context>
<context>
    <name>lc::SensorListLoader</name>
    <message>
        <location filename="../core/sensors/SensorListLoader.cpp" line="+59"/>
        <source>Loading the sensor list was cancelled.</source>
        <translation>Das Laden der Sensorliste wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The sensor list from LimaCharlie could not be read: it is not a JSON object.</source>
        <translation>Die Sensorliste von LimaCharlie ist nicht lesbar: Sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sensor list from LimaCharlie could not be read: %1.</source>
        <translation>Die Sensorliste von LimaCharlie ist nicht lesbar: %1.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The sensors loaded, but some details did not: %1</source>
        <translation>Die Sensoren wurden geladen, einige Details aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>lc::SensorListView</name>
    <message>
        <location filename="../ui/sensors/SensorListView.cpp" line="+68"/>
        <source>&amp;Online only</source>
        <translation>Nur &amp;online</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Filter: text, tag:NAME, plat:windows, ip:10.0., host:PREFIX  (Ctrl+F)</source>
        <translation>Filter: Text, tag:NAME, plat:windows, ip:10.0., host:PRÄFIX  (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor filter</source>
        <translation>Sensorfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every space-separated term must match. Case and accents are ignored.
tag:NAME — a tag starting with NAME
plat:NAME — a platform (windows, linux, macos…)
ip:PREFIX — an internal or external address starting with PREFIX
host:PREFIX — a hostname starting with PREFIX
Quote a term to keep spaces in it.</source>
        <translation>Jeder durch Leerzeichen getrennte Ausdruck muss zutreffen. Groß-/Kleinschreibung und Akzente sind egal.
tag:NAME – ein Tag, das mit NAME beginnt
plat:NAME – eine Plattform (windows, linux, macos …)
ip:PRÄFIX – eine interne oder externe Adresse, die mit PRÄFIX beginnt
host:PRÄFIX – ein Hostname, der mit PRÄFIX beginnt
Einen Ausdruck in Anführungszeichen setzen, um Leerzeichen darin zu behalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show online sensors only</source>
        <translation>Nur Sensoren anzeigen, die online sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform filter</source>
        <translation>Plattformfilter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sensor list loading</source>
        <translation>Laden der Sensorliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensors shown</source>
        <translation>Angezeigte Sensoren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>%n sensor(s)</source>
        <translation>
            <numerusform>%n Sensor</numerusform>
            <numerusform>%n Sensoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n sensor(s) shown</source>
        <translation>
            <numerusform>%1 von %n Sensor angezeigt</numerusform>
            <numerusform>%1 von %n Sensoren angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading sensors…</source>
        <translation>Sensoren werden geladen …</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Loading sensors: page %1, %n sensor(s) so far</source>
        <translation>
            <numerusform>Sensoren werden geladen: Seite %1, bisher %n Sensor</numerusform>
            <numerusform>Sensoren werden geladen: Seite %1, bisher %n Sensoren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sensor list did not load. %1</source>
        <translation>Die Sensorliste wurde nicht geladen. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sensor actions</source>
        <translation>Sensoraktionen</translation>
    </message>
</context>
<context>
    <name>lc::SensorPage</name>
    <message>
        <location filename="../core/sensors/SensorPage.cpp" line="+151"/>
        <source>a sensor entry is not a JSON object</source>
        <translation>ein Sensoreintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the sensor list is not a JSON object</source>
        <translation>die Sensorliste ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the compressed sensor list could not be decoded</source>
        <translation>die komprimierte Sensorliste konnte nicht dekodiert werden</translation>
    </message>
</context>
<context>
    <name>lc::SensorRequest</name>
    <message>
        <location filename="../core/investigate/SensorRequest.cpp" line="+48"/>
        <source>Waiting for the stream</source>
        <translation>Wartet auf den Stream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received by the sensor</source>
        <translation>Vom Sensor empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Waiting for the stream to connect (%n s left)</source>
        <translation>
            <numerusform>Wartet auf die Verbindung des Streams (noch %n s)</numerusform>
            <numerusform>Wartet auf die Verbindung des Streams (noch %n s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the task</source>
        <translation>Der Auftrag wird gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Waiting for the receipt (%n s left)</source>
        <translation>
            <numerusform>Wartet auf die Empfangsbestätigung (noch %n s)</numerusform>
            <numerusform>Wartet auf die Empfangsbestätigung (noch %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Waiting for the reply (%n s left)</source>
        <translation>
            <numerusform>Wartet auf die Antwort (noch %n s)</numerusform>
            <numerusform>Wartet auf die Antwort (noch %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reply(s) so far (%1 s left)</source>
        <translation>
            <numerusform>bisher %n Antwort (noch %1 s)</numerusform>
            <numerusform>bisher %n Antworten (noch %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Completed: %n reply(s)</source>
        <translation>
            <numerusform>Abgeschlossen: %n Antwort</numerusform>
            <numerusform>Abgeschlossen: %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>No reply within %n s</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n s</numerusform>
            <numerusform>Keine Antwort innerhalb von %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stopped waiting after %n s (the sensor had not said it was done)</source>
        <translation>
            <numerusform>Warten nach %n s beendet (der Sensor hatte den Abschluss nicht gemeldet)</numerusform>
            <numerusform>Warten nach %n s beendet (der Sensor hatte den Abschluss nicht gemeldet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The stream did not connect within %n s; the task was not sent</source>
        <translation>
            <numerusform>Der Stream hat sich nicht innerhalb von %n s verbunden; der Auftrag wurde nicht gesendet</numerusform>
            <numerusform>Der Stream hat sich nicht innerhalb von %n s verbunden; der Auftrag wurde nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and no receipt: the sensor may not have received the task</source>
        <translation> und keine Empfangsbestätigung: Der Sensor hat den Auftrag möglicherweise nicht erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the stream reconnected meanwhile; replies sent during the gap are lost)</source>
        <translation> (der Stream hat sich zwischenzeitlich neu verbunden; in der Lücke gesendete Antworten sind verloren)</translation>
    </message>
</context>
<context>
    <name>lc::SensorSelection</name>
    <message numerus="yes">
        <location filename="../ui/sensors/SensorSelection.cpp" line="+39"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lc::SensorTableModel</name>
    <message>
        <location filename="../models/SensorTableModel.cpp" line="+267"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Internal IP</source>
        <translation>Interne IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External IP</source>
        <translation>Externe IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isolation</source>
        <translation>Isolierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor ID</source>
        <translation>Sensor-ID</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Isolating</source>
        <translation>Wird isoliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejoining</source>
        <translation>Wird wieder verbunden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1
Sensor ID: %2</source>
        <translation>%1
Sensor-ID: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sensor applies the change the next time it connects.</source>
        <translation>Der Sensor übernimmt die Änderung, wenn er sich das nächste Mal verbindet.</translation>
    </message>
</context>
<context>
    <name>lc::SessionHost</name>
    <message>
        <location filename="../core/session/SessionHost.cpp" line="+31"/>
        <source>Reading the credentials…</source>
        <translation>Zugangsdaten werden gelesen …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo organisation</source>
        <translation>Demo-Organisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting the demo organisation…</source>
        <translation>Die Demo-Organisation wird gestartet …</translation>
    </message>
</context>
<context>
    <name>lc::ShellSession</name>
    <message>
        <location filename="../app/ShellSession.cpp" line="+108"/>
        <source>stream: %1</source>
        <translation>Stream: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sensor %1 (%2, %3), investigation %4</source>
        <translation>Sensor %1 (%2, %3), Untersuchung %4</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Type help for commands, Tab to complete, Ctrl-D to leave.</source>
        <translation>help zeigt die Befehle, Tab vervollständigt, Strg-D beendet.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Run &quot;%1&quot; on %2? It changes the host. [y/N] </source>
        <translation>„%1“ auf %2 ausführen? Der Befehl verändert den Host. [y/N] </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in: sensor SID|HOSTNAME, inv [ID], status, history, help [COMMAND], quit.
Anything else is sent to the sensor; start a line with ! to send it unchecked.
Sensor commands:
</source>
        <translation>Eingebaut: sensor SID|HOSTNAME, inv [ID], status, history, help [BEFEHL], quit.
Alles andere wird an den Sensor gesendet; eine Zeile mit ! beginnen, um sie ungeprüft zu senden.
Sensorbefehle:
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: sensor SID|HOSTNAME</source>
        <translation>Aufruf: sensor SID|HOSTNAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Investigation: %1</source>
        <translation>Untersuchung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Stream: %1; %n request(s) waiting</source>
        <translation>
            <numerusform>Stream: %1; %n Anfrage wartet</numerusform>
            <numerusform>Stream: %1; %n Anfragen warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a sensor first: sensor SID|HOSTNAME</source>
        <translation>Zuerst einen Sensor wählen: sensor SID|HOSTNAME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a command after the !, for example !os_version.</source>
        <translation>Nach dem ! einen Befehl eingeben, zum Beispiel !os_version.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start the line with ! to send it anyway.</source>
        <translation>Die Zeile mit ! beginnen, um sie trotzdem zu senden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sent: %1 changes the host; pass --yes to allow it in scripts.</source>
        <translation>Nicht gesendet: %1 verändert den Host; --yes übergeben, um das in Skripten zu erlauben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>sent as %1</source>
        <translation>gesendet als %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (late)</source>
        <translation> (verspätet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR %1</source>
        <translation>FEHLER %1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n Zeile von %1</numerusform>
            <numerusform>%n Zeilen von %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>done: the sensor took the command (it sends no reply for it)</source>
        <translation>erledigt: Der Sensor hat den Befehl angenommen (er sendet dafür keine Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done: nothing found</source>
        <translation>erledigt: nichts gefunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped waiting.</source>
        <translation>Warten beendet.</translation>
    </message>
</context>
<context>
    <name>lc::SpotCheck</name>
    <message>
        <location filename="../core/investigate/SpotCheck.cpp" line="+101"/>
        <source>filtered out</source>
        <translation>herausgefiltert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no indicator for its platform</source>
        <translation>kein Indikator für seine Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline, will ask again</source>
        <translation>offline, wird erneut gefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline, not checked</source>
        <translation>offline, nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give at least one indicator to look for.</source>
        <translation>Mindestens einen Indikator angeben, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No usable indicator: %1</source>
        <translation>Kein verwendbarer Indikator: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concurrency and timeouts must be positive.</source>
        <translation>Parallelität und Zeitlimits müssen positiv sein.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>stopped by the user</source>
        <translation>vom Benutzer angehalten</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>could not ask whether it is online: %1</source>
        <translation>konnte nicht fragen, ob er online ist: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
</context>
<context>
    <name>lc::SpotCheckDialog</name>
    <message>
        <location filename="../ui/spotcheck/SpotCheckDialog.cpp" line="+82"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Windows</source>
        <translation>&amp;Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Linux</source>
        <translation>&amp;Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mac&amp;OS</source>
        <translation>mac&amp;OS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hrome</source>
        <translation>C&amp;hrome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensors at once</source>
        <translation>Gleichzeitig geprüfte Sensoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Time per sensor</source>
        <translation>Zeit pro Sensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask offline sensors again every</source>
        <translation>Offline-Sensoren erneut fragen alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for offline sensors &amp;up to</source>
        <translation>Auf Offline-Sensoren warten &amp;bis zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline wait</source>
        <translation>Wartezeit für Offline-Sensoren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Hits…</source>
        <translation>T&amp;reffer exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Re&amp;port…</source>
        <translation>Beri&amp;cht exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SpotCheck — %1</source>
        <translation>SpotCheck – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpotCheck</source>
        <translation>SpotCheck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+vip,-lab</source>
        <translation>+vip,-lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated. +tag: any of them lets a sensor in; -tag: any of them keeps it out; tag: all of them are needed. Exact per tag, case does not matter.</source>
        <translation>Durch Kommas getrennt. +tag: jedes davon lässt einen Sensor zu; -tag: jedes davon schließt ihn aus; tag: alle davon sind nötig. Exakt je Tag, Groß-/Kleinschreibung egal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a sensor&apos;s first task to its last reply</source>
        <translation>Vom ersten Auftrag an einen Sensor bis zu seiner letzten Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline sensors are asked again this often</source>
        <translation>So oft werden Offline-Sensoren erneut gefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the start of the run; then they are reported as never online</source>
        <translation>Ab dem Start des Laufs; danach werden sie als nie online gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator check</source>
        <translation>Indikatorprüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run report</source>
        <translation>Laufbericht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter sensors (host, id, state, error)</source>
        <translation>Sensoren filtern (Host, ID, Zustand, Fehler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter sensors</source>
        <translation>Sensoren filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the indicators, then look for them (Ctrl+Return)</source>
        <translation>Die Indikatoren prüfen und dann nach ihnen suchen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge the indicators without sending anything</source>
        <translation>Die Indikatoren beurteilen, ohne etwas zu senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the run; the sensors not reached are not checked (Esc)</source>
        <translation>Den Lauf beenden; nicht erreichte Sensoren werden nicht geprüft (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <location line="+175"/>
        <source>The sensor list is still loading (%n sensor(s) so far); the check starts when it is complete.</source>
        <translation>
            <numerusform>Die Sensorliste wird noch geladen (bisher %n Sensor); die Prüfung beginnt, sobald sie vollständig ist.</numerusform>
            <numerusform>Die Sensorliste wird noch geladen (bisher %n Sensoren); die Prüfung beginnt, sobald sie vollständig ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>+tag lets in, -tag keeps out, tag is required</source>
        <translation>+tag lässt zu, -tag schließt aus, tag ist Pflicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensors at &amp;once:</source>
        <translation>&amp;Gleichzeitig geprüfte Sensoren:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time &amp;per sensor:</source>
        <translation>&amp;Zeit pro Sensor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask offline sensors again &amp;every:</source>
        <translation>Offline-Sensoren &amp;erneut fragen alle:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hits (double-click for the replies behind one):</source>
        <translation>Treffer (Doppelklick zeigt die zugehörigen Antworten):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sensors:</source>
        <translation>Sensoren:</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+30"/>
        <source>Add at least one indicator to look for.</source>
        <translation>Mindestens einen Indikator hinzufügen, nach dem gesucht werden soll.</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>%n indicator(s) ready; nothing was sent.</source>
        <translation>
            <numerusform>%n Indikator bereit; es wurde nichts gesendet.</numerusform>
            <numerusform>%n Indikatoren bereit; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 indicators rejected (marked in the list); %3 ready.</source>
        <translation>%1 von %2 Indikatoren abgelehnt (in der Liste markiert); %3 bereit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open an organisation (or the demo) to run a SpotCheck.</source>
        <translation>Eine Organisation (oder die Demo) öffnen, um einen SpotCheck auszuführen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No usable indicator: fix the ones marked in the list. Nothing was sent.</source>
        <translation>Kein verwendbarer Indikator: die in der Liste markierten korrigieren. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n indicator(s) in use.</source>
        <translation>
            <numerusform>%n Indikator in Verwendung.</numerusform>
            <numerusform>%n Indikatoren in Verwendung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Stop the SpotCheck?</source>
        <translation>Den SpotCheck anhalten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sensors are not checked yet; they will be reported as not checked. The hits found so far stay.</source>
        <translation>%1 Sensoren sind noch nicht geprüft; sie werden als nicht geprüft gemeldet. Die bisher gefundenen Treffer bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checked %1 · checking %2 · pending %3 · offline %4 · failed %5 · never online %6 · hits %7</source>
        <translation>Geprüft %1 · wird geprüft %2 · ausstehend %3 · offline %4 · fehlgeschlagen %5 · nie online %6 · Treffer %7</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 left out by the filters</source>
        <translation>%1 von den Filtern ausgelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 sensors</source>
        <translation>%1 von %2 Sensoren</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped after %1 s:</source>
        <translation>Nach %1 s angehalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished in %1 s:</source>
        <translation>In %1 s abgeschlossen:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n checked</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n never online</source>
        <translation>
            <numerusform>%n nie online</numerusform>
            <numerusform>%n nie online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n not checked (stopped)</source>
        <translation>
            <numerusform>%n nicht geprüft (angehalten)</numerusform>
            <numerusform>%n nicht geprüft (angehalten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The platform and tag filters left no sensor to check.</source>
        <translation>Die Plattform- und Tag-Filter lassen keinen Sensor zum Prüfen übrig.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+10"/>
        <source>Nothing to export yet: run a check first.</source>
        <translation>Noch nichts zu exportieren: zuerst eine Prüfung ausführen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 indicator %2 found at %3</source>
        <translation>%1-Indikator %2 gefunden bei %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy JSON</source>
        <translation>JSON &amp;kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Hits</source>
        <translation>Treffer exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Wrote %n hit(s) to %1.</source>
        <translation>
            <numerusform>%n Treffer nach %1 geschrieben.</numerusform>
            <numerusform>%n Treffer nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote the report to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>lc::SpotCheckHitModel</name>
    <message>
        <location filename="../ui/spotcheck/SpotCheckHitModel.cpp" line="+47"/>
        <source>%1 indicator: %2</source>
        <translation>%1-Indikator: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>lc::SpotCheckSensorModel</name>
    <message>
        <location filename="../ui/spotcheck/SpotCheckSensorModel.cpp" line="+109"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor id</source>
        <translation>Sensor-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online checks</source>
        <translation>Online-Prüfungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>lc::SpoutStream</name>
    <message numerus="yes">
        <location filename="../core/stream/SpoutStream.cpp" line="+110"/>
        <source>the stream host did not answer within %n s</source>
        <translation>
            <numerusform>der Stream-Host hat nicht innerhalb von %n s geantwortet</numerusform>
            <numerusform>der Stream-Host hat nicht innerhalb von %n s geantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>no data for %n s (not even a keep-alive)</source>
        <translation>
            <numerusform>seit %n s keine Daten (nicht einmal ein Keep-Alive)</numerusform>
            <numerusform>seit %n s keine Daten (nicht einmal ein Keep-Alive)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Connecting to the stream…</source>
        <translation>Verbindung zum Stream wird hergestellt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation>Neue Verbindung in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The stream URL &quot;%1&quot; is not usable; check LC_STREAM_URL or the environment&apos;s stream_url.</source>
        <translation>Die Stream-URL „%1“ ist nicht verwendbar; LC_STREAM_URL oder stream_url der Umgebung prüfen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>stream refused: unexpected redirect to %1 (HTTP %2). The request holds credentials, so it was not sent there; check the stream URL.</source>
        <translation>Stream abgelehnt: unerwartete Umleitung auf %1 (HTTP %2). Die Anfrage enthält Zugangsdaten und wurde daher nicht dorthin gesendet; die Stream-URL prüfen.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The stream host refused the subscription (&quot;%1&quot;); retrying once with a new token.</source>
        <translation>Der Stream-Host hat das Abonnement abgelehnt („%1“); einmaliger neuer Versuch mit einem neuen Token.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>stream authentication failed; server said &quot;%1&quot;. Check that the API key is valid and may read this stream, then reconnect.</source>
        <translation>Stream-Authentifizierung fehlgeschlagen; der Server meldete „%1“. Prüfen, ob der API-Schlüssel gültig ist und diesen Stream lesen darf, dann neu verbinden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stream failed; server said &quot;%1&quot;. Check the stream type and filters, then reconnect.</source>
        <translation>Stream fehlgeschlagen; der Server meldete „%1“. Stream-Typ und Filter prüfen, dann neu verbinden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the stream host ended the stream</source>
        <translation>der Stream-Host hat den Stream beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stream broke off: %1</source>
        <translation>der Stream ist abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The TLS certificate of the stream host %1 is not trusted: %2</source>
        <translation>Dem TLS-Zertifikat des Stream-Hosts %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not reach the stream host: %1</source>
        <translation>der Stream-Host ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>stream refused (HTTP 401):%1. The API key or its token was refused; check the key, then reconnect.</source>
        <translation>Stream abgelehnt (HTTP 401):%1. Der API-Schlüssel oder sein Token wurde abgelehnt; den Schlüssel prüfen, dann neu verbinden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stream refused (HTTP 403):%1. The API key lacks the permission to read this stream; check the key&apos;s permissions, then reconnect.</source>
        <translation>Stream abgelehnt (HTTP 403):%1. Dem API-Schlüssel fehlt die Berechtigung, diesen Stream zu lesen; die Berechtigungen des Schlüssels prüfen, dann neu verbinden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stream refused (HTTP 404):%1. Check the organisation id and the stream URL.</source>
        <translation>Stream abgelehnt (HTTP 404):%1. Organisations-ID und Stream-URL prüfen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the stream host answered HTTP %1%2</source>
        <translation>der Stream-Host hat mit HTTP %1%2 geantwortet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stream refused (HTTP %1):%2. Check the stream type and filters, then reconnect.</source>
        <translation>Stream abgelehnt (HTTP %1):%2. Stream-Typ und Filter prüfen, dann neu verbinden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stream refused (HTTP %1):%2. Try to reconnect later.</source>
        <translation>Stream abgelehnt (HTTP %1):%2. Später erneut verbinden.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The stream ended inside a record; %n byte(s) of it were dropped.</source>
        <translation>
            <numerusform>Der Stream endete mitten in einem Datensatz; %n Byte davon wurde verworfen.</numerusform>
            <numerusform>Der Stream endete mitten in einem Datensatz; %n Bytes davon wurden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1; reconnecting in %2 s (attempt %3).</source>
        <translation>%1; neue Verbindung in %2 s (Versuch %3).</translation>
    </message>
</context>
<context>
    <name>lc::StreamHttpReply</name>
    <message>
        <location filename="../core/stream/StreamHttpReply.cpp" line="+66"/>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>nicht unterstütztes URL-Schema „%1“</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>the stream host sent an over-long header</source>
        <translation>der Stream-Host hat einen überlangen Header gesendet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the stream host did not answer with HTTP</source>
        <translation>der Stream-Host hat nicht mit HTTP geantwortet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the stream host sent a broken chunk header</source>
        <translation>der Stream-Host hat einen fehlerhaften Chunk-Header gesendet</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the stream host closed the connection without answering</source>
        <translation>der Stream-Host hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the connection closed in the middle of the answer</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>lc::StreamRecorder</name>
    <message>
        <location filename="../core/stream/StreamRecorder.cpp" line="+52"/>
        <location line="+105"/>
        <source>Cannot write the recording %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+56"/>
        <source>Cannot compress the recording %1</source>
        <translation>Die Aufzeichnung %1 kann nicht komprimiert werden</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot create the recording %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot write the recording %1 to disk</source>
        <translation>Die Aufzeichnung %1 kann nicht auf die Festplatte geschrieben werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot rename the recording %1 to %2</source>
        <translation>Die Aufzeichnung %1 kann nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>lc::SyncApi</name>
    <message>
        <location filename="../core/sync/SyncApi.cpp" line="+71"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The key&apos;s permissions could not be read: %1</source>
        <translation>Die Berechtigungen des Schlüssels konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The list of outputs could not be read: %1</source>
        <translation>Die Liste der Ausgaben konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The list of %1 could not be read: %2</source>
        <translation>Die Liste der %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 was not read: %2</source>
        <translation>%1 wurde nicht gelesen: %2</translation>
    </message>
</context>
<context>
    <name>lc::SyncApplyDialog</name>
    <message>
        <location filename="../ui/sync/SyncApplyDialog.cpp" line="+21"/>
        <source>Apply Changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to change</source>
        <translation>
            <numerusform>%n zu ändern</numerusform>
            <numerusform>%n zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to move</source>
        <translation>
            <numerusform>%n zu verschieben</numerusform>
            <numerusform>%n zu verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to remove</source>
        <translation>
            <numerusform>%n zu entfernen</numerusform>
            <numerusform>%n zu entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply %1 to %2?</source>
        <translation>%1 auf %2 anwenden?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;p&gt;Blocked entries are left out (%n): the key may not make them.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Blockierte Einträge werden ausgelassen (%n): Der Schlüssel darf sie nicht vornehmen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Blockierte Einträge werden ausgelassen (%n): Der Schlüssel darf sie nicht vornehmen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Each change is sent on its own; one that fails does not stop the others, and running the push again finishes what is left.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Änderung wird einzeln gesendet; eine fehlgeschlagene hält die anderen nicht auf, und ein erneuter Push erledigt, was übrig ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be applied</source>
        <translation>Was angewendet wird</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This push deletes %1 and keeps none. Check the config: an emptied or missing file looks like this.</source>
        <translation>Dieser Push löscht %1 und behält nichts. Die Konfiguration prüfen: So sieht eine geleerte oder fehlende Datei aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To go ahead, type %1:</source>
        <translation>Zum Fortfahren %1 eingeben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type %1 to confirm</source>
        <translation>%1 zur Bestätigung eingeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
</context>
<context>
    <name>lc::SyncDiagnosticsList</name>
    <message>
        <location filename="../ui/sync/SyncDiagnosticsList.cpp" line="+26"/>
        <source>Config errors and warnings</source>
        <translation>Fehler und Warnungen der Konfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter or double-click opens the file; its name and line are copied</source>
        <translation>Eingabetaste oder Doppelklick öffnet die Datei; ihr Name und die Zeile werden kopiert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>lc::SyncEntryPane</name>
    <message>
        <location filename="../ui/sync/SyncEntryPane.cpp" line="+60"/>
        <source>Differences (the organisation&apos;s value first):</source>
        <translation>Unterschiede (der Wert der Organisation zuerst):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the entry is blocked</source>
        <translation>Warum der Eintrag blockiert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the config holds the entry</source>
        <translation>Wo die Konfiguration den Eintrag enthält</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organisation&apos;s version</source>
        <translation>Die Version der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The config&apos;s version</source>
        <translation>Die Version der Konfiguration</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select an entry of the plan to see both versions.</source>
        <translation>Einen Eintrag des Plans auswählen, um beide Versionen zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+51"/>
        <source>In the organisation</source>
        <translation>In der Organisation</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+56"/>
        <source>In the config</source>
        <translation>In der Konfiguration</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Blocked: %1. This entry is never applied.</source>
        <translation>Blockiert: %1. Dieser Eintrag wird nie angewendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the config: &lt;a href=&quot;open&quot;&gt;%1&lt;/a&gt;</source>
        <translation>In der Konfiguration: &lt;a href=&quot;open&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1 (the file and line are also copied)</source>
        <translation>%1 öffnen (Datei und Zeile werden auch kopiert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>In the organisation (namespace %1)</source>
        <translation>In der Organisation (Namensraum %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the config, as the API lists it</source>
        <translation>In der Konfiguration, wie die API sie auflistet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— not in the organisation: the push adds it</source>
        <translation>– nicht in der Organisation: Der Push fügt ihn hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— not in the config: the push removes it</source>
        <translation>– nicht in der Konfiguration: Der Push entfernt ihn</translation>
    </message>
</context>
<context>
    <name>lc::SyncPlanModel</name>
    <message>
        <location filename="../ui/sync/SyncPlanModel.cpp" line="+24"/>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>false-positive rule</source>
        <translation>Fehlalarm-Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>D&amp;R rules › %1</source>
        <translation>D&amp;R-Regeln › %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False-positive rules</source>
        <translation>Fehlalarm-Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move from %1</source>
        <translation>verschieben aus %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — blocked</source>
        <translation>%1 – blockiert</translation>
    </message>
    <message numerus="yes">
        <location line="+287"/>
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to change</source>
        <translation>
            <numerusform>%n zu ändern</numerusform>
            <numerusform>%n zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to move</source>
        <translation>
            <numerusform>%n zu verschieben</numerusform>
            <numerusform>%n zu verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to remove</source>
        <translation>
            <numerusform>%n zu entfernen</numerusform>
            <numerusform>%n zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n applied</source>
        <translation>
            <numerusform>%n angewendet</numerusform>
            <numerusform>%n angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — last push: %1</source>
        <translation> – letzter Push: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Blocked: %1. It is shown but never applied.</source>
        <translation>Blockiert: %1. Er wird angezeigt, aber nie angewendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1, line %2</source>
        <translation>In %1, Zeile %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weiterer</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last push: failed: %1</source>
        <translation>Letzter Push: fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>applied: %1</source>
        <translation>angewendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last push</source>
        <translation>Letzter Push</translation>
    </message>
</context>
<context>
    <name>lc::SyncPusher</name>
    <message>
        <location filename="../core/sync/SyncPusher.cpp" line="+18"/>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (der Server meldete: %2)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>not applied: cancelled</source>
        <translation>nicht angewendet: abgebrochen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>written in %1, but the copy in %2 was not removed: %3</source>
        <translation>in %1 geschrieben, aber die Kopie in %2 wurde nicht entfernt: %3</translation>
    </message>
</context>
<context>
    <name>lc::SyncView</name>
    <message>
        <location filename="../ui/sync/SyncView.cpp" line="+106"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False &amp;positives</source>
        <translation>&amp;Fehlalarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utputs</source>
        <translation>A&amp;usgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;ce (also remove)</source>
        <translation>&amp;Erzwingen (auch entfernen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rules as code</source>
        <translation>Regeln als Code</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Open Config File…</source>
        <translation>Konfigurations&amp;datei öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a config file (lc_conf.yaml and its includes)</source>
        <translation>Eine Konfigurationsdatei wählen (lc_conf.yaml und ihre Einbindungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Config &amp;Folder…</source>
        <translation>Konfigurations&amp;ordner öffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder of rule files, one rule per file</source>
        <translation>Einen Ordner mit Regeldateien wählen, eine Regel pro Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the config and the organisation and show what a push would change; nothing is sent</source>
        <translation>Konfiguration und Organisation lesen und zeigen, was ein Push ändern würde; es wird nichts gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the plan: the checked entries, or every change when none is checked</source>
        <translation>Den Plan anwenden: die angehakten Einträge oder jede Änderung, wenn keiner angehakt ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply &amp;Selected…</source>
        <translation>A&amp;usgewählte anwenden …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply only the selected entries</source>
        <translation>Nur die ausgewählten Einträge anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch to F&amp;ile…</source>
        <translation>&amp;In Datei abrufen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what the organisation holds to one config file</source>
        <translation>Den Bestand der Organisation in eine Konfigurationsdatei schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch to Fo&amp;lder…</source>
        <translation>In O&amp;rdner abrufen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what the organisation holds to a folder, one file per rule</source>
        <translation>Den Bestand der Organisation in einen Ordner schreiben, eine Datei pro Regel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading or pushing (changes already sent stay)</source>
        <translation>Lesen oder Push abbrechen (bereits gesendete Änderungen bleiben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter Entries</source>
        <translation>Einträge &amp;filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync D&amp;&amp;R &amp;Rules</source>
        <translation>D&amp;&amp;R-Regeln s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare and push D&amp;R rules</source>
        <translation>D&amp;R-Regeln vergleichen und übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync False &amp;Positives</source>
        <translation>Fe&amp;hlalarm-Regeln synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare and push false-positive rules</source>
        <translation>Fehlalarm-Regeln vergleichen und übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync O&amp;utputs</source>
        <translation>Aus&amp;gaben synchronisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare and push outputs</source>
        <translation>Ausgaben vergleichen und übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For&amp;ce (Also Remove)</source>
        <translation>&amp;Erzwingen (auch entfernen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also remove what the organisation holds and the config does not, in the sections and namespaces the config manages</source>
        <translation>Auch entfernen, was die Organisation enthält und die Konfiguration nicht, in den Abschnitten und Namensräumen, die die Konfiguration verwaltet</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>= Unchanged</source>
        <translation>= Unverändert</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Show the entries that are the same</source>
        <translation>Die Einträge anzeigen, die gleich sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the entries to add</source>
        <translation>Die hinzuzufügenden Einträge anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>~ Change</source>
        <translation>~ Ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the entries to change</source>
        <translation>Die zu ändernden Einträge anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt; Move</source>
        <translation>&gt; Verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the rules to move to another namespace</source>
        <translation>Die Regeln anzeigen, die in einen anderen Namensraum verschoben werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Remove</source>
        <translation>- Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the entries to remove</source>
        <translation>Die zu entfernenden Einträge anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show &amp;Unchanged</source>
        <translation>U&amp;nveränderte anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the entries that are the same (%1)</source>
        <translation>Die Einträge anzeigen, die gleich sind (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Con&amp;fig:</source>
        <translation>&amp;Konfiguration:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config file or folder</source>
        <translation>Konfigurationsdatei oder -ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lc_conf.yaml, or a folder of rule files (Ctrl+O, Ctrl+Shift+O)</source>
        <translation>lc_conf.yaml oder ein Ordner mit Regeldateien (Strg+O, Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The config to compare with the organisation; Enter runs a dry run</source>
        <translation>Die Konfiguration, die mit der Organisation verglichen wird; die Eingabetaste startet einen Probelauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a config file</source>
        <translation>Eine Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a config folder</source>
        <translation>Einen Konfigurationsordner öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync D&amp;R rules</source>
        <translation>D&amp;R-Regeln synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync false-positive rules</source>
        <translation>Fehlalarm-Regeln synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync outputs</source>
        <translation>Ausgaben synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force: also remove</source>
        <translation>Erzwingen: auch entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry Run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply…</source>
        <translation>Anwenden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch…</source>
        <translation>Abrufen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what the organisation holds to a file or a folder</source>
        <translation>Den Bestand der Organisation in eine Datei oder einen Ordner schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is happening</source>
        <translation>Was gerade geschieht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Plan summary</source>
        <translation>Zusammenfassung des Plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry filter</source>
        <translation>Eintragsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan actions</source>
        <translation>Planaktionen</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>no organisation</source>
        <translation>keine Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation: none open</source>
        <translation>Organisation: keine geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an organisation (or the demo) to compare with</source>
        <translation>Eine Organisation (oder die Demo) zum Vergleichen öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry runs, pushes and fetches use the organisation of the session: %1 (%2)</source>
        <translation>Probeläufe, Pushes und Abrufe verwenden die Organisation der Sitzung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Busy: wait for the current step to end, or cancel it.</source>
        <translation>Beschäftigt: Warten Sie, bis der aktuelle Schritt endet, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to an organisation.</source>
        <translation>Nicht mit einer Organisation verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a config file or folder first.</source>
        <translation>Öffnen Sie zuerst eine Konfigurationsdatei oder einen Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a dry run first (F5).</source>
        <translation>Führen Sie zuerst einen Probelauf aus (F5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation already matches the config.</source>
        <translation>Die Organisation entspricht bereits der Konfiguration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is running.</source>
        <translation>Es läuft nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files being written cannot be stopped half way; this ends soon.</source>
        <translation>Dateien, die gerade geschrieben werden, lassen sich nicht mittendrin anhalten; das endet gleich.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Applied %1 of %2…</source>
        <translation>%1 von %2 angewendet …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a config file or folder first (Ctrl+O, Ctrl+Shift+O).</source>
        <translation>Zuerst eine Konfigurationsdatei oder einen Konfigurationsordner wählen (Strg+O, Strg+Umschalt+O).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Problems in the config: %1, %2</source>
        <translation>Pro&amp;bleme in der Konfiguration: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The config has %n error(s); nothing was read from the organisation or sent to it. Fix them and run the dry run again (F5).</source>
        <translation>
            <numerusform>Die Konfiguration hat %n Fehler; es wurde nichts aus der Organisation gelesen oder an sie gesendet. Ihn beheben und den Probelauf wiederholen (F5).</numerusform>
            <numerusform>Die Konfiguration hat %n Fehler; es wurde nichts aus der Organisation gelesen oder an sie gesendet. Sie beheben und den Probelauf wiederholen (F5).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Config errors: nothing was sent</source>
        <translation>Konfigurationsfehler: Es wurde nichts gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The config reads well (%n item(s)). Open an organisation (or the demo) to compare it with.</source>
        <translation>
            <numerusform>Die Konfiguration ist lesbar (%n Eintrag). Eine Organisation (oder die Demo) zum Vergleichen öffnen.</numerusform>
            <numerusform>Die Konfiguration ist lesbar (%n Einträge). Eine Organisation (oder die Demo) zum Vergleichen öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+367"/>
        <source>Reading what %1 holds…</source>
        <translation>Der Bestand von %1 wird gelesen …</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Nothing was written: the organisation could not be read: %1</source>
        <translation>Es wurde nichts geschrieben: Die Organisation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organisation could not be read: %1</source>
        <translation>Die Organisation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Plan for %1: %2.</source>
        <translation>Plan für %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to apply.</source>
        <translation>Nichts anzuwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;R rules</source>
        <translation>D&amp;R-Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>false-positive rules</source>
        <translation>Fehlalarm-Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left alone: %1.</source>
        <translation>Unverändert gelassen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force is on: what the config does not hold is removed.</source>
        <translation>Erzwingen ist aktiv: Was die Konfiguration nicht enthält, wird entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>all %n change(s)</source>
        <translation>
            <numerusform>die %n Änderung</numerusform>
            <numerusform>alle %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the %n checked change(s)</source>
        <translation>
            <numerusform>die %n angehakte Änderung</numerusform>
            <numerusform>die %n angehakten Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>the %n selected change(s)</source>
        <translation>
            <numerusform>die %n ausgewählte Änderung</numerusform>
            <numerusform>die %n ausgewählten Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to apply: select or check entries that change something</source>
        <translation>Nichts anzuwenden: Einträge auswählen oder anhaken, die etwas ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet …</numerusform>
            <numerusform>%n Änderungen werden angewendet …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied %1 of %2 changes to %3</source>
        <translation>%1 von %2 Änderungen auf %3 angewendet</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n failed: </source>
        <translation>
            <numerusform>%n fehlgeschlagen: </numerusform>
            <numerusform>%n fehlgeschlagen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n not sent (cancelled).</source>
        <translation>
            <numerusform>%n nicht gesendet (abgebrochen).</numerusform>
            <numerusform>%n nicht gesendet (abgebrochen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying again sends what is left.</source>
        <translation>Erneutes Anwenden sendet, was übrig ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling: waiting for the changes already sent…</source>
        <translation>Wird abgebrochen: Warten auf die bereits gesendeten Änderungen …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open an organisation (or the demo) to fetch its rules.</source>
        <translation>Eine Organisation (oder die Demo) öffnen, um ihre Regeln abzurufen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace the Config?</source>
        <translation>Konfiguration ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already holds a config. Fetching replaces config.yaml and the rule files under rules/, and removes rule files of rules the organisation no longer holds. Replace them?</source>
        <translation>%1 enthält bereits eine Konfiguration. Das Abrufen ersetzt config.yaml und die Regeldateien unter rules/ und entfernt Regeldateien von Regeln, die die Organisation nicht mehr enthält. Ersetzen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists. Replace it with what %2 holds?</source>
        <translation>%1 existiert bereits. Durch den Bestand von %2 ersetzen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was written</source>
        <translation>Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote %1 D&amp;R rules, %2 false-positive rules and %3 outputs of %4 to %5.</source>
        <translation>%1 D&amp;R-Regeln, %2 Fehlalarm-Regeln und %3 Ausgaben von %4 nach %5 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s).</source>
        <translation>
            <numerusform>%n Datei.</numerusform>
            <numerusform>%n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fetch was not written whole: %1</source>
        <translation>Der Abruf wurde nicht vollständig geschrieben: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Opened %1; copied “%2” to the clipboard</source>
        <translation>%1 geöffnet; „%2“ in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1; copied “%2” to the clipboard</source>
        <translation>%1 konnte nicht geöffnet werden; „%2“ in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Config File</source>
        <translation>Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Sync configs (*.yaml *.yml);;All files (*)</source>
        <translation>Sync-Konfigurationen (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open Config Folder</source>
        <translation>Konfigurationsordner öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fetch to File</source>
        <translation>In Datei abrufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetch to Folder</source>
        <translation>In Ordner abrufen</translation>
    </message>
</context>
<context>
    <name>lc::TagDialog</name>
    <message>
        <location filename="../ui/sensors/TagDialog.cpp" line="+28"/>
        <source>Tag Sensors</source>
        <translation>Sensoren taggen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add tags to %n sensor(s): %1</source>
        <translation>
            <numerusform>Tags zu %n Sensor hinzufügen: %1</numerusform>
            <numerusform>Tags zu %n Sensoren hinzufügen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. vip, under-investigation</source>
        <translation>z. B. vip, under-investigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to add</source>
        <translation>Hinzuzufügende Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate several tags with commas.</source>
        <translation>Mehrere Tags durch Kommas trennen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag lifetime</source>
        <translation>Gültigkeitsdauer des Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag lifetime in seconds</source>
        <translation>Gültigkeitsdauer des Tags in Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tag</source>
        <translation>&amp;Taggen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seconds:</source>
        <translation>&amp;Sekunden:</translation>
    </message>
</context>
<context>
    <name>lc::TaskDialog</name>
    <message>
        <location filename="../ui/sensors/TaskDialog.cpp" line="+23"/>
        <source>Show the &amp;replies in a console</source>
        <translation>&amp;Antworten in einer Konsole anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send Task</source>
        <translation>Auftrag senden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send a command to %n sensor(s): %1</source>
        <translation>
            <numerusform>Einen Befehl an %n Sensor senden: %1</numerusform>
            <numerusform>Einen Befehl an %n Sensoren senden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline sensors refuse tasks. In a console each sensor&apos;s replies are shown as they arrive; without it, each sensor&apos;s answer to the sending is shown and the replies arrive on the event stream.</source>
        <translation>Offline-Sensoren lehnen Aufträge ab. In einer Konsole werden die Antworten jedes Sensors angezeigt, sobald sie eintreffen; ohne Konsole wird die Reaktion jedes Sensors auf das Senden angezeigt, und die Antworten kommen über den Ereignis-Stream.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. os_version</source>
        <translation>z. B. os_version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation ID</source>
        <translation>Untersuchungs-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Investigation ID:</source>
        <translation>&amp;Untersuchungs-ID:</translation>
    </message>
</context>
<context>
    <name>lc::UntagDialog</name>
    <message>
        <location filename="../ui/sensors/UntagDialog.cpp" line="+23"/>
        <source>Remove Tags</source>
        <translation>Tags entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected sensors have no tags: %1</source>
        <translation>Die ausgewählten Sensoren haben keine Tags: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove tags from %n sensor(s): %1</source>
        <translation>
            <numerusform>Tags von %n Sensor entfernen: %1</numerusform>
            <numerusform>Tags von %n Sensoren entfernen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags to remove</source>
        <translation>Zu entfernende Tags</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n sensor(s))</source>
        <translation>
            <numerusform>%1 (%n Sensor)</numerusform>
            <numerusform>%1 (%n Sensoren)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>lc::UserOrgDirectory</name>
    <message>
        <location filename="../core/api/UserOrgDirectory.cpp" line="+39"/>
        <source>LimaCharlie refused this user id and API key.</source>
        <translation>LimaCharlie hat diese Benutzer-ID und diesen API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token service answered without a token.</source>
        <translation>Der Token-Dienst hat ohne Token geantwortet.</translation>
    </message>
</context>
<context>
    <name>lc::WelcomePanel</name>
    <message>
        <location filename="../ui/auth/WelcomePanel.cpp" line="+12"/>
        <source>Open the &amp;Demo Organisation</source>
        <translation>&amp;Demo-Organisation öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Keys from ~/.limacharlie</source>
        <translation>Schlüssel aus ~/.limacharlie &amp;importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to LC Desk</source>
        <translation>Willkommen bei LC Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No LimaCharlie credentials were found: not in LC Desk&apos;s keychain, not in the limacharlie command&apos;s credentials file, not in LC_* environment variables.

Try the demo organisation, a simulated fleet served on this computer, or log in with an organisation ID and an API key.</source>
        <translation>Es wurden keine LimaCharlie-Zugangsdaten gefunden: weder im Schlüsselbund von LC Desk noch in der Zugangsdatendatei des Befehls limacharlie noch in LC_*-Umgebungsvariablen.

Die Demo-Organisation ausprobieren, eine simulierte Flotte auf diesem Computer, oder mit einer Organisations-ID und einem API-Schlüssel anmelden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the demo organisation</source>
        <translation>Die Demo-Organisation öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import keys from the credentials file</source>
        <translation>Schlüssel aus der Zugangsdatendatei importieren</translation>
    </message>
</context>
<context>
    <name>lc::YamlCodec</name>
    <message>
        <location filename="../core/credentials/YamlCodec.cpp" line="+127"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is larger than 1 MiB; it is not a credentials file.</source>
        <translation>%1 ist größer als 1 MiB; es ist keine Zugangsdatendatei.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+21"/>
        <location line="+13"/>
        <location line="+17"/>
        <source>Syntax error in %1 at line %2, column %3: %4</source>
        <translation>Syntaxfehler in %1 in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>not UTF-8 text, or a control character</source>
        <translation>kein UTF-8-Text oder ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Syntax error in %1: %2</source>
        <translation>Syntaxfehler in %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: &quot;%2&quot; must be a single value, not a list or a map.</source>
        <translation>%1: „%2“ muss ein einzelner Wert sein, keine Liste und keine Map.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In %1 at line %2, column %3: %4</source>
        <translation>In %1 in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
</context>
<context>
    <name>lc::YaraRuleDialog</name>
    <message>
        <location filename="../ui/console/YaraRuleDialog.cpp" line="+22"/>
        <source>Rule &amp;text</source>
        <translation>Regel&amp;text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule &amp;file</source>
        <translation>Regeld&amp;atei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS &amp;URL</source>
        <translation>HTTPS-&amp;URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>YARA Scan of %1</source>
        <translation>YARA-Scan von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YARA rule text</source>
        <translation>Text der YARA-Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule Example { strings: $a = &quot;marker&quot; condition: $a }</source>
        <translation>rule Example { strings: $a = &quot;marker&quot; condition: $a }</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YARA rule file</source>
        <translation>YARA-Regeldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .yar file on this computer</source>
        <translation>Eine .yar-Datei auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YARA rule URL</source>
        <translation>URL der YARA-Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.com/rules/implant.yar</source>
        <translation>https://example.com/rules/implant.yar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rule file</source>
        <translation>Eine Regeldatei wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule problem</source>
        <translation>Problem mit der Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Type or paste a rule.</source>
        <translation>Eine Regel eingeben oder einfügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule is over 256 KB: put it on a web server and give its https URL.</source>
        <translation>Die Regel ist größer als 256 KB: sie auf einen Webserver legen und ihre https-URL angeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a rule file.</source>
        <translation>Eine Regeldatei wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rule file is over 256 KB: put it on a web server and give its https URL.</source>
        <translation>Die Regeldatei ist größer als 256 KB: sie auf einen Webserver legen und ihre https-URL angeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the https URL of the rule.</source>
        <translation>Die https-URL der Regel angeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sensor downloads rules over https only: give an https:// URL.</source>
        <translation>Der Sensor lädt Regeln nur über https: eine https://-URL angeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A URL cannot hold spaces.</source>
        <translation>Eine URL darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>YARA Rule File</source>
        <translation>YARA-Regeldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YARA rules (*.yar *.yara);;All files (*)</source>
        <translation>YARA-Regeln (*.yar *.yara);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
