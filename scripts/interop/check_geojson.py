#!/usr/bin/env python3
"""Checks kpcs's mining zones with GeoJSON tools kpcs did not write.

Usage: check_geojson.py FOLDER. Every *.geojson file in FOLDER is a FeatureCollection or a Feature as kpcs serves
them. The geojson package checks each object against RFC 7946; shapely checks that every polygon is valid (simple,
closed rings, holes inside) and that the exterior ring is counterclockwise, the holes clockwise. Prints one line per
file and a summary; exits 1 when any check fails.
"""
import json
import pathlib
import sys

import geojson
from shapely.geometry import shape, Polygon


def features(document):
    if document.get("type") == "FeatureCollection":
        return document["features"]
    return [document]


def main(folder):
    failures = 0
    count = 0
    for path in sorted(pathlib.Path(folder).glob("*.geojson")):
        text = path.read_text(encoding="utf-8")
        obj = geojson.loads(text)
        if not obj.is_valid:
            print(f"{path.name}: not valid GeoJSON: {obj.errors()}")
            failures += 1
            continue
        for feature in features(json.loads(text)):
            count += 1
            geometry = shape(feature["geometry"])
            if not geometry.is_valid:
                print(f"{path.name}: {feature['id']}: shapely says invalid")
                failures += 1
            if isinstance(geometry, Polygon):
                if not geometry.exterior.is_ccw or any(ring.is_ccw for ring in geometry.interiors):
                    print(f"{path.name}: {feature['id']}: rings not oriented as RFC 7946 says")
                    failures += 1
        print(f"{path.name}: checked")
    print(f"{count} features checked, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
