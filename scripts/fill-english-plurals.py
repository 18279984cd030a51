#!/usr/bin/env python3
"""Fills the English plural forms of translations/lcdesk_en.ts.

Source strings are written with "(s)" ("%n sensor(s)") or a plural noun ("%n tries"); the
English translation gives Qt the singular and the plural form. Run after
`lupdate -pluralonly ... -ts translations/lcdesk_en.ts` (see translations/README.md).
"""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR_SINGULAR = {"tries": "try", "entries": "entry"}


def forms(source):
    singular = source.replace("(s)", "")
    # "reply(s)" -> "replies"; "key(s)" and "day(s)" keep their y.
    plural = re.sub(r"([^aeiou])y\(s\)", r"\g<1>ies", source).replace("(s)", "s")
    for many, one in IRREGULAR_SINGULAR.items():
        singular = re.sub(r"(%n )" + many, r"\g<1>" + one, singular)
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        translation = message.find("translation")
        singular, plural = forms(source)
        numerus = translation.findall("numerusform")
        numerus[0].text = singular
        numerus[1].text = plural
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/lcdesk_en.ts")
