#!/usr/bin/env python3
"""Writes the fingerprints of every 8-word window of the source text, so a host test can prove
that no run of 8 or more words of the source appears in the app's copy, on any clone, without
the source text itself being in the repository.

Usage: python3 scripts/source-windows.py [SOURCE] > core/tests/data/source-8-word-windows.txt

Words are normalised the same way as in core/tests/own_words.rs: lower case, every character
that is not a-z or 0-9 is a space. Each window is the 8 words joined by single spaces, hashed
with 64-bit FNV-1a and written as 16 hex digits, one per line, sorted and de-duplicated.
"""
import re
import sys
from pathlib import Path

WINDOW = 8
DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "medial-knee-massage.txt"


def words(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    w = words(source.read_text(encoding="utf-8"))
    hashes = {fnv1a64(" ".join(w[i : i + WINDOW]).encode()) for i in range(len(w) - WINDOW + 1)}
    print(f"# {len(hashes)} fingerprints of {WINDOW}-word windows of the source ({len(w)} words); see scripts/source-windows.py")
    for h in sorted(hashes):
        print(f"{h:016x}")


if __name__ == "__main__":
    main()
