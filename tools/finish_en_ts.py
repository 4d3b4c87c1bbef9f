#!/usr/bin/env python3
"""Finishes translations/frontline_en.ts after lupdate: English is the source language, so each
unfinished message takes its source text, and plural messages written "%n customer(s)" get
"%n customer" / "%n customers". Run after `cmake --build <dir> --target update_translations`."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/frontline_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") not in ("unfinished",):
        continue
    source = message.findtext("source")
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        singular = re.sub(r"\((e?s)\)", "", source)
        plural = re.sub(r"\((e?s)\)", r"\1", source)
        singular = singular.replace("(ies)", "y")
        for text in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    else:
        translation.text = source
    del translation.attrib["type"]
    changed += 1
# Drop messages lupdate marked vanished/obsolete so the file stays current.
for context in tree.getroot().findall("context"):
    for message in context.findall("message"):
        t = message.find("translation")
        if t is not None and t.get("type") in ("vanished", "obsolete"):
            context.remove(message)
    if not context.findall("message"):
        tree.getroot().remove(context)
body = ET.tostring(tree.getroot(), encoding="unicode")
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
print(f"{path}: {changed} message(s) finished")
