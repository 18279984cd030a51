#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports the unfinished strings of a .ts file and writes translations back into it.

Translating 1,600 strings by hand in Linguist is slow; this tool lets a translator work in
plain text batches instead:

    fill-translations.py export translations/lcdesk_de.ts > todo.txt
    # write batch.txt: one line per string, "ID translation" (one space after the ID), or for
    # a %n string "ID singular || plural" (German has two forms); \\n and \\t stand for a
    # newline and a tab. "ID@context" gives one context its own translation.
    fill-translations.py apply translations/lcdesk_de.ts batch.txt

An ID is the first 8 hex digits of the SHA-1 of the source text (plus "|" and the
disambiguation comment when there is one), so it stays the same across lupdate runs and one
translation serves every context that uses the same English text. `export --all` lists the
finished strings too, with their translation, for review. Run the `lcdesk_lupdate` target
afterwards: lupdate rewrites the file in its own layout.
"""
import hashlib
import sys
import xml.etree.ElementTree as ET


def string_id(source, comment):
    key = source if not comment else source + "|" + comment
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def escape(text):
    return (text or "").replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def export(path, everything):
    tree = ET.parse(path)
    seen = {}
    for context, message in messages(tree):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        if not everything and is_finished(message):
            continue
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        key = string_id(source, comment)
        if key in seen:
            seen[key][1].append(context)
            continue
        location = message.find("location")
        where = location.get("filename", "") if location is not None else ""
        current = ""
        if everything and translation is not None:
            forms = translation.findall("numerusform")
            current = " | ".join(escape(f.text) for f in forms) if forms else escape(
                translation.text)
        seen[key] = (message, [context], source, comment, where, current)
    for key, (message, contexts, source, comment, where, current) in seen.items():
        plural = " [%n: two forms]" if message.get("numerus") == "yes" else ""
        note = f" ({escape(comment)})" if comment else ""
        print(f"{key}{plural} {','.join(contexts)} {where}{note}")
        print(f"  {escape(source)}")
        if current:
            print(f"  = {current}")


def read_batch(path):
    translations = {}
    with open(path, encoding="utf-8") as batch:
        for number, line in enumerate(batch, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            key, _, text = line.partition(" ")
            forms = text.split(" || ")
            if not key or not all(form.strip() for form in forms):
                sys.exit(f"{path}:{number}: expected ID translation[ || plural]")
            translations[key] = [unescape(form) for form in forms]
    return translations


def apply(path, batches):
    translations = {}
    for batch in batches:
        translations.update(read_batch(batch))
    tree = ET.parse(path)
    used, filled = set(), 0
    for context, message in messages(tree):
        key = string_id(message.findtext("source") or "", message.findtext("comment") or "")
        chosen = key + "@" + context if key + "@" + context in translations else key
        if chosen not in translations:
            continue
        used.add(chosen)
        forms = translations[chosen]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            if len(forms) != 2:
                sys.exit(f"{key}: a %n string needs a singular and a plural form")
            for old in translation.findall("numerusform"):
                translation.remove(old)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if len(forms) != 1:
                sys.exit(f"{key}: this string has no plural forms")
            translation.text = forms[0]
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    unknown = sorted(set(translations) - used)
    print(f"filled {filled} entries; unknown IDs: {' '.join(unknown) if unknown else 'none'}")
    return 1 if unknown else 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "export":
        export(argv[-1], "--all" in argv[2:-1])
        return 0
    if len(argv) >= 4 and argv[1] == "apply":
        return apply(argv[2], argv[3:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
