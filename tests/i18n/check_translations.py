#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the shipped translations against the strings in the sources.

lupdate extracts every tr() string of the translated folders into a temporary file (the
repository is never written). Then, for each source string:
  - every translation (translations/lcdesk_<lang>.ts, English aside) has a finished entry,
    with one form per plural for a "%n" string;
  - translations/lcdesk_en.ts has finished singular and plural forms for a "%n" string;
and for each finished translation:
  - it uses the same placeholders (%1, %L2, %n ...) as its source, in every plural form;
  - it has as many shortcut ampersands as its source ("&&" is a literal "&").
Each problem is printed with the source file and line of the string; the exit code is 1 when
there is one. --self-test breaks copies of the .ts files on purpose and checks that each break
is reported.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
PLURAL_FORMS = {"de": 2, "en": 2}


class Message:
    def __init__(self, context, element, ts_dir):
        self.context = context
        self.source = element.findtext("source") or ""
        self.comment = element.findtext("comment") or ""
        self.numerus = element.get("numerus") == "yes"
        self.translation = element.find("translation")
        self.where = []
        for location in element.findall("location"):
            name = location.get("filename")
            if name:
                path = os.path.normpath(os.path.join(ts_dir, name))
                self.where.append(f"{path}:{location.get('line', '?')}")

    @property
    def key(self):
        return (self.context, self.source, self.comment)

    def forms(self):
        if self.translation is None:
            return []
        if self.numerus:
            return [form.text or "" for form in self.translation.findall("numerusform")]
        return [self.translation.text or ""]

    def state(self):
        if self.translation is None:
            return "missing"
        return self.translation.get("type") or "finished"


def read_ts(path):
    tree = ET.parse(path)
    messages = {}
    ts_dir = os.path.dirname(os.path.abspath(path))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(name, element, ts_dir)
            messages[message.key] = message
    return tree.getroot().get("language", ""), messages


def extract(lupdate, root, dirs, work):
    """Every translatable string of the sources, as lupdate sees it."""
    target = os.path.join(work, "extracted.ts")
    command = [lupdate, "-silent", "-locations", "absolute"]
    for folder in dirs:
        command += ["-I", folder]
    command += dirs + ["-ts", target]
    result = subprocess.run(command, cwd=root, capture_output=True, text=True)
    if result.returncode != 0 or not os.path.exists(target):
        sys.exit(f"lupdate failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    _, messages = read_ts(target)
    # Locations relative to the source tree read better than the temporary folder's.
    for message in messages.values():
        message.where = [os.path.relpath(w, root) for w in message.where]
    return messages


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def mnemonics(text):
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def describe(message):
    where = message.where[0] if message.where else "(no location)"
    more = f" (and {len(message.where) - 1} more places)" if len(message.where) > 1 else ""
    source = message.source.replace("\n", "\\n")
    return f'{where}: {message.context or "(no context)"}: "{source}"{more}'


def check(strings, ts_dir):
    problems = []
    files = sorted(f for f in os.listdir(ts_dir) if re.fullmatch(r"lcdesk_\w+\.ts", f))
    if "lcdesk_en.ts" not in files:
        problems.append(f"{ts_dir}/lcdesk_en.ts is missing")
    if not any(f != "lcdesk_en.ts" for f in files):
        problems.append(f"{ts_dir} holds no translation besides English")
    counts = {}

    for name in files:
        language, entries = read_ts(os.path.join(ts_dir, name))
        english = name == "lcdesk_en.ts"
        code = (language or name[len("lcdesk_"):-3]).split("_")[0]
        wanted_forms = PLURAL_FORMS.get(code)
        finished = 0
        for key, message in strings.items():
            if english and not message.numerus:
                continue
            entry = entries.get(key)
            if entry is None:
                problems.append(f"{describe(message)} has no entry in {name}")
                continue
            if entry.numerus != message.numerus:
                kind = "a plural (%n)" if message.numerus else "a plain"
                problems.append(f"{describe(message)} is {kind} string but not in {name}")
                continue
            forms = entry.forms()
            if entry.state() != "finished" or not forms or not all(f.strip() for f in forms):
                problems.append(f"{describe(message)} has no finished translation in {name}")
                continue
            if wanted_forms and message.numerus and len(forms) != wanted_forms:
                problems.append(
                    f"{describe(message)} has {len(forms)} plural forms in {name}, "
                    f"{wanted_forms} expected")
                continue
            finished += 1
            expected = placeholders(message.source)
            for form in forms:
                if placeholders(form) != expected:
                    problems.append(
                        f"{describe(message)}: the {name} text \"{form}\" uses "
                        f"{' '.join(placeholders(form)) or 'no placeholder'}, the source "
                        f"{' '.join(expected) or 'none'}")
                if mnemonics(form) != mnemonics(message.source):
                    problems.append(
                        f"{describe(message)}: the {name} text \"{form}\" has "
                        f"{mnemonics(form)} shortcut '&', the source "
                        f"{mnemonics(message.source)}")
        counts[name] = finished
    return problems, counts


def self_test(strings, ts_dir, work):
    """Each deliberate break of a copy must be reported, naming the string."""
    # Only strings the unbroken files get right, so that what is reported is the break.
    baseline = check(strings, ts_dir)[0]
    sound = [m for m in strings.values() if not any(describe(m) in p for p in baseline)]
    plain = next(m for m in sound if not m.numerus and "%1" in m.source)
    plural = next(m for m in sound if m.numerus)
    with_mnemonic = next(m for m in sound if mnemonics(m.source) == 1)
    translation = next(f for f in os.listdir(ts_dir)
                       if re.fullmatch(r"lcdesk_\w+\.ts", f) and f != "lcdesk_en.ts")

    def broken(name, target, change):
        copy = os.path.join(work, "broken")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(ts_dir, copy)
        path = os.path.join(copy, name)
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            for element in list(context.iter("message")):
                if ((context.findtext("name") or ""), element.findtext("source") or "",
                        element.findtext("comment") or "") == target.key:
                    change(context, element)
        tree.write(path, encoding="utf-8", xml_declaration=True)
        return check(strings, copy)[0]

    def remove(context, element):
        context.remove(element)

    def unfinish(_, element):
        element.find("translation").set("type", "unfinished")

    def swap_placeholder(_, element):
        translation = element.find("translation")
        translation.text = translation.text.replace("%1", "%9")

    def drop_mnemonic(_, element):
        translation = element.find("translation")
        translation.text = translation.text.replace("&", "")

    cases = [
        ("a string missing from " + translation, translation, plain, remove, "has no entry"),
        ("an unfinished string", translation, plain, unfinish, "no finished translation"),
        ("a changed placeholder", translation, plain, swap_placeholder, "uses"),
        ("a lost shortcut", translation, with_mnemonic, drop_mnemonic, "shortcut"),
        ("a plural missing from lcdesk_en.ts", "lcdesk_en.ts", plural, remove, "has no entry"),
    ]
    failures = 0
    for title, name, target, change, needle in cases:
        problems = broken(name, target, change)
        if not any(needle in p and p.startswith(describe(target)) for p in problems):
            print(f"self-test: {title} was not reported: {problems[:3]}")
            failures += 1
        else:
            print(f"self-test: {title} is reported")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--root", required=True, help="the source tree")
    parser.add_argument("--ts-dir", help="default: ROOT/translations")
    parser.add_argument("--dirs", default="core,models,ui,app",
                        help="translated folders, separated by ','")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    ts_dir = os.path.abspath(args.ts_dir or os.path.join(root, "translations"))

    with tempfile.TemporaryDirectory(prefix="lcdesk-i18n-") as work:
        strings = extract(args.lupdate, root, [d for d in args.dirs.split(",") if d], work)
        if not strings:
            print("lupdate found no translatable string; the sources were not scanned")
            return 1
        if args.self_test:
            failures = self_test(strings, ts_dir, work)
            print(f"{5 - failures} passed, {failures} failed")
            return 1 if failures else 0
        problems, counts = check(strings, ts_dir)

    for problem in problems:
        print(problem)
    plurals = sum(1 for m in strings.values() if m.numerus)
    summary = ", ".join(f"{name}: {count} finished" for name, count in counts.items())
    print(f"{len(strings)} source strings ({plurals} with %n); {summary}; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
