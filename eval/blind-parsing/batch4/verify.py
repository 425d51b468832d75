#!/usr/bin/env python3
"""Consistency check for the batch4 answer keys (stdlib only).

For every *.key.json in this folder: the key parses, the referenced file
exists, the number of blank-line-separated blocks equals the number of
paragraph entries, each "start" equals the first 50 characters of its
(stripped) block, kinds are valid, turns start at 1 and never decrease or
jump by more than 1, and every speaker is null, the interviewer, one of the
interviewees, or a name that appears in the file text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"lead", "question", "answer", "statement", "sidebar", "quote", "drop"}


def blocks(text):
    out, cur = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip() == "":
            if cur:
                out.append("\n".join(cur))
                cur = []
        else:
            cur.append(line)
    if cur:
        out.append("\n".join(cur))
    return out


def check(key_path):
    errs = []
    try:
        with open(key_path, encoding="utf-8") as f:
            key = json.load(f)
    except Exception as e:  # noqa: BLE001
        return [f"cannot parse: {e}"]
    for field in ("file", "language", "layout", "title", "interviewer", "interviewees", "paragraphs"):
        if field not in key:
            errs.append(f"missing field {field}")
    if errs:
        return errs
    stem = os.path.basename(key_path)[: -len(".key.json")]
    if os.path.splitext(key["file"])[0] != stem:
        errs.append(f"file name {key['file']} does not match key stem {stem}")
    if key["language"] not in ("de", "en"):
        errs.append(f"bad language {key['language']}")
    path = os.path.join(HERE, key["file"])
    if not os.path.exists(path):
        return errs + [f"file {key['file']} missing"]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    bl = blocks(text)
    paras = key["paragraphs"]
    if len(bl) != len(paras):
        errs.append(f"{len(bl)} blocks in file but {len(paras)} paragraph entries")
    names = set(key["interviewees"])
    if key["interviewer"] is not None:
        names.add(key["interviewer"])
    prev = 0
    for i, (b, p) in enumerate(zip(bl, paras)):
        want = b.strip()[:50]
        if p.get("start") != want:
            errs.append(f"#{i}: start {p.get('start')!r} != {want!r}")
        if p.get("kind") not in KINDS:
            errs.append(f"#{i}: bad kind {p.get('kind')!r}")
        t = p.get("turn")
        if not isinstance(t, int):
            errs.append(f"#{i}: turn not int")
        else:
            if i == 0 and t != 1:
                errs.append(f"#{i}: first turn is {t}, not 1")
            if t < prev:
                errs.append(f"#{i}: turn decreases {prev}->{t}")
            if t > prev + 1:
                errs.append(f"#{i}: turn jumps {prev}->{t}")
            prev = t
        s = p.get("speaker")
        if s is not None and s not in names and s not in text:
            errs.append(f"#{i}: speaker {s!r} neither interviewer/interviewee nor in text")
        if p.get("kind") in ("lead", "sidebar", "drop", "quote") and s is not None:
            errs.append(f"#{i}: kind {p.get('kind')} should have speaker null")
    if key["title"] not in text:
        errs.append(f"title {key['title']!r} not found in file")
    return errs


def main():
    keys = sorted(f for f in os.listdir(HERE) if f.endswith(".key.json"))
    bad = 0
    for k in keys:
        errs = check(os.path.join(HERE, k))
        if errs:
            bad += 1
            print(f"FAIL {k}")
            for e in errs:
                print("   ", e)
    langs = {}
    for k in keys:
        with open(os.path.join(HERE, k), encoding="utf-8") as f:
            lang = json.load(f).get("language")
        langs[lang] = langs.get(lang, 0) + 1
    print(f"{len(keys)} keys checked, {bad} failing; languages: {langs}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
