#!/usr/bin/env python3
"""Sanity checks for the batch5 answer keys (stdlib only).

For every *.key.json in this folder: the key parses, the article file exists, the
number of blank-line-separated blocks equals the number of paragraph entries, each
"start" equals the first 50 characters of its (stripped) block, kinds are valid,
turn numbers start at 1, never decrease and grow by at most 1, non-speech kinds have
no speaker, and every speaker is null, the interviewer, an interviewee, or a name
that appears in the article text. The title must appear in the article text.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"lead", "question", "answer", "statement", "sidebar", "quote", "drop"}
NO_SPEAKER = {"lead", "sidebar", "drop", "quote"}


def blocks_of(text):
    blocks, cur = [], []
    for line in text.splitlines():
        if line.strip():
            cur.append(line)
        elif cur:
            blocks.append("\n".join(cur))
            cur = []
    if cur:
        blocks.append("\n".join(cur))
    return [b.strip() for b in blocks]


def check(key_path):
    errs = []
    name = os.path.basename(key_path)
    try:
        with open(key_path, encoding="utf-8") as f:
            key = json.load(f)
    except Exception as e:  # noqa: BLE001
        return [f"{name}: does not parse: {e}"]
    for field in ("file", "language", "layout", "title", "interviewer", "interviewees", "paragraphs"):
        if field not in key:
            errs.append(f"{name}: missing field {field!r}")
    if errs:
        return errs
    stem = name[: -len(".key.json")]
    if os.path.splitext(key["file"])[0] != stem:
        errs.append(f"{name}: file {key['file']!r} does not match the key's stem")
    art = os.path.join(HERE, key["file"])
    if not os.path.isfile(art):
        return errs + [f"{name}: article {key['file']} missing"]
    with open(art, encoding="utf-8") as f:
        text = f.read()
    if key["language"] not in ("de", "en"):
        errs.append(f"{name}: bad language {key['language']!r}")
    if not key["title"] or key["title"] not in text:
        errs.append(f"{name}: title not found verbatim in article")
    if not isinstance(key["interviewees"], list):
        errs.append(f"{name}: interviewees must be a list")
    people = set(key["interviewees"]) | ({key["interviewer"]} if key["interviewer"] else set())
    blocks = blocks_of(text)
    paras = key["paragraphs"]
    if len(blocks) != len(paras):
        errs.append(f"{name}: {len(blocks)} blocks in file but {len(paras)} paragraph entries")
    prev_turn = 0
    for i, (b, p) in enumerate(zip(blocks, paras), 1):
        if p.get("start") != b[:50]:
            errs.append(f"{name} #{i}: start {p.get('start')!r} != {b[:50]!r}")
        kind = p.get("kind")
        if kind not in KINDS:
            errs.append(f"{name} #{i}: bad kind {kind!r}")
        turn = p.get("turn")
        if not isinstance(turn, int):
            errs.append(f"{name} #{i}: turn is not an int")
        else:
            if i == 1 and turn != 1:
                errs.append(f"{name} #1: first turn is {turn}, not 1")
            if turn < prev_turn:
                errs.append(f"{name} #{i}: turn decreases ({prev_turn} -> {turn})")
            if turn > prev_turn + 1:
                errs.append(f"{name} #{i}: turn jumps ({prev_turn} -> {turn})")
            prev_turn = turn
        spk = p.get("speaker", "MISSING")
        if spk == "MISSING":
            errs.append(f"{name} #{i}: speaker field missing")
        elif spk is not None:
            if kind in NO_SPEAKER:
                errs.append(f"{name} #{i}: {kind} paragraph must have speaker null")
            if spk not in people and spk not in text:
                errs.append(f"{name} #{i}: speaker {spk!r} neither listed nor in the text")
    return errs


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "*.key.json")))
    all_errs = []
    langs = {}
    for k in keys:
        all_errs += check(k)
        try:
            lang = json.load(open(k, encoding="utf-8")).get("language")
            langs[lang] = langs.get(lang, 0) + 1
        except Exception:  # noqa: BLE001
            pass
    for e in all_errs:
        print(e)
    print(f"{len(keys)} keys checked, languages {langs}, {len(all_errs)} problems")
    return 1 if all_errs or not keys else 0


if __name__ == "__main__":
    sys.exit(main())
