#!/usr/bin/env python3
"""Reads an Atom feed with feedparser (PyPI) and prints what it found, or exits 1 when the feed is not well formed.

Usage: check_atom.py FEED.xml — prints "entries: N", then "title | link" per entry. kpcs's own writer is not used.
"""
import sys

import feedparser

feed = feedparser.parse(open(sys.argv[1], "rb").read())
if feed.bozo:
    print(f"not well formed: {feed.bozo_exception}")
    sys.exit(1)
if feed.version != "atom10":
    print(f"not Atom 1.0: {feed.version!r}")
    sys.exit(1)
print(f"title: {feed.feed.title}")
print(f"entries: {len(feed.entries)}")
for entry in feed.entries:
    print(f"{entry.title} | {entry.link} | {entry.id} | {entry.updated}")
