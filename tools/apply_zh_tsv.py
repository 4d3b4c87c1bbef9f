#!/usr/bin/env python3
"""Fills unfinished messages of translations/frontline_zh_CN.ts from TSV files of
context<TAB>source<TAB>translation lines (how helpers and translators hand in their work), then
lists what is still unfinished. Usage: tools/apply_zh_tsv.py FILE.tsv…"""
import sys
import xml.etree.ElementTree as ET

path = "translations/frontline_zh_CN.ts"
given = {}
for tsv in sys.argv[1:]:
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[2]:
                given[(parts[0], parts[1].replace("\\n", "\n"))] = parts[2].replace("\\n", "\n")
tree = ET.parse(path)
filled = 0
missing = []
for context in tree.getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source")
        text = given.get((name, source))
        if text is None:
            missing.append((name, source))
            continue
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        del translation.attrib["type"]
        filled += 1
body = ET.tostring(tree.getroot(), encoding="unicode")
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
print(f"filled {filled}; still unfinished {len(missing)}")
for name, source in missing:
    print(f"{name}\t{source}")
