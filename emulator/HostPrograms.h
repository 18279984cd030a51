// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

// The programs the demo hosts run, per platform: the stream's telemetry shows them starting
// and working, and the simulated hosts answering tasks list them as running processes, so the
// two agree.
struct Program
{
    const char* path;
    const char* commandLine; // "<u>" is the user name
    const char* domain;      // "" when the program does not talk to the network
    int port;
    bool system; // runs as the system account
    const char* file;
    const char* registryKey; // Windows only; "" for none
};

// File paths and command lines include non-ASCII names (umlauts, Cyrillic, CJK) on purpose:
// clients must cope with multi-byte characters anywhere in a record.
inline const std::array<Program, 8> kWindowsPrograms = {{
        {"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
         "\"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\" --type=renderer "
         "--lang=de",
         "www.example.com", 443, false,
         "C:\\Users\\<u>\\AppData\\Local\\Google\\Chrome\\User Data\\Default\\History-journal", ""},
        {"C:\\Windows\\System32\\cmd.exe", "cmd.exe /c whoami /all", "", 0, false,
         "C:\\Users\\<u>\\AppData\\Local\\Temp\\whoami.txt", ""},
        {"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
         "powershell.exe -NoProfile -ExecutionPolicy Bypass -File "
         "\"C:\\Users\\<u>\\Documents\\Skripte\\\xC3\x9C"
         "bersicht.ps1\"",
         "psg-prod-eastus.azureedge.example", 443, false,
         "C:\\Users\\<u>\\Documents\\Skripte\\Ergebnis-M\xC3\xA4rz.csv", ""},
        {"C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE",
         "\"C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE\" /n "
         "\"C:\\Users\\<u>\\Documents\\Bericht M\xC3\xA4rz 2024.docx\"",
         "officecdn.microsoft.example", 443, false,
         "C:\\Users\\<u>\\Documents\\~$richt M\xC3\xA4rz 2024.docx",
         "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Word\\Reading Locations"},
        {"C:\\Windows\\System32\\svchost.exe",
         "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule",
         "settings-win.data.microsoft.example", 443, true,
         "C:\\Windows\\System32\\Tasks\\Microsoft\\Windows\\UpdateOrchestrator\\Schedule Scan",
         "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Schedule\\TaskCache"
         "\\Tree\\Updater"},
        {"C:\\Users\\<u>\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe",
         "\"C:\\Users\\<u>\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe\" "
         "--process-start-args \"--profile=AAD\"",
         "teams.microsoft.example", 443, false,
         "C:\\Users\\<u>\\AppData\\Roaming\\Microsoft\\Teams\\logs.txt", ""},
        {"C:\\Windows\\System32\\notepad.exe",
         "notepad.exe \"C:\\Users\\<u>\\Desktop\\\xE4\xBC\x9A\xE8\xAE\xAE\xE8\xAE\xB0\xE5\xBD\x95"
         ".txt\"",
         "", 0, false,
         "C:\\Users\\<u>\\Desktop\\\xE4\xBC\x9A\xE8\xAE\xAE\xE8\xAE\xB0\xE5\xBD\x95.txt", ""},
        {"C:\\Windows\\System32\\rundll32.exe",
         "rundll32.exe C:\\Users\\<u>\\AppData\\Local\\Temp\\upd4831.dll,Start",
         "cdn.updates-example.net", 8443, false,
         "C:\\Users\\<u>\\AppData\\Local\\Temp\\upd4831.dll",
         "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\Updater"},
}};

inline const std::array<Program, 7> kLinuxPrograms = {{
        {"/bin/bash", "-bash", "", 0, false, "/home/<u>/.bash_history", ""},
        {"/usr/bin/curl", "curl -s https://updates.example.net/x.sh", "updates.example.net", 443,
         false, "/tmp/x.sh", ""},
        {"/usr/bin/python3", "/usr/bin/python3 /opt/app/worker.py --queue=reports",
         "db.internal.example", 5432, false, "/var/lib/app/reports/2024-06.json", ""},
        {"/usr/sbin/nginx", "nginx: worker process", "", 0, true, "/var/log/nginx/access.log", ""},
        {"/usr/bin/apt-get", "apt-get update", "deb.debian.org", 80, true,
         "/var/lib/apt/lists/partial/deb.debian.org_debian_dists_bookworm_InRelease", ""},
        {"/usr/bin/vim",
         "vim /home/<u>/\xD0\x94\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8B/"
         "\xD0\xB7\xD0\xB0\xD0\xBC\xD0\xB5\xD1\x82\xD0\xBA\xD0\xB8.md",
         "", 0, false,
         "/home/<u>/\xD0\x94\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8B/"
         ".\xD0\xB7\xD0\xB0\xD0\xBC\xD0\xB5\xD1\x82\xD0\xBA\xD0\xB8.md.swp",
         ""},
        {"/usr/bin/ssh", "ssh deploy@10.0.4.12", "git.internal.example", 22, false,
         "/home/<u>/.ssh/known_hosts", ""},
}};

inline const std::array<Program, 6> kMacPrograms = {{
        {"/Applications/Safari.app/Contents/MacOS/Safari",
         "/Applications/Safari.app/Contents/MacOS/Safari", "www.apple.example", 443, false,
         "/Users/<u>/Library/Safari/History.db-wal", ""},
        {"/bin/zsh", "/bin/zsh -l", "", 0, false, "/Users/<u>/.zsh_history", ""},
        {"/usr/bin/osascript", "osascript -e 'display notification \"Backup fertig\"'", "", 0,
         false, "/Users/<u>/Library/Logs/backup.log", ""},
        {"/Applications/Keynote.app/Contents/MacOS/Keynote",
         "/Applications/Keynote.app/Contents/MacOS/Keynote", "", 0, false,
         "/Users/<u>/Documents/Pr\xC3\xA4sentation Q3.key", ""},
        {"/usr/bin/curl", "/usr/bin/curl -fsSL https://raw.example.com/install.sh",
         "raw.example.com", 443, false, "/Users/<u>/Downloads/install.sh", ""},
        {"/Applications/Slack.app/Contents/MacOS/Slack",
         "/Applications/Slack.app/Contents/MacOS/Slack", "slack.example", 443, false,
         "/Users/<u>/Library/Application Support/Slack/Cookies", ""},
}};
