#!/usr/bin/env python3
"""Draws the example brochure's pictures (Examples/projects/images/) with the standard library only.

They belong to the Mohan cross-border cold-chain project (mohan-cold-chain-logistics.json). The
cover is a stylised view of the site: sky, sun, terraced green hills of Xishuangbanna, the
cold-store hall and its tower; the location map a schematic of the zone between a river, the
expressway and the China–Laos Railway (dashed), with the park marked. Both are flat colours, so the PNGs stay small, and
the output is the same bytes on every run.

Usage: scripts/draw-example-pictures.py
"""
import math
import os
import struct
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Examples", "projects", "images")


def png(path, width, height, pixel):
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as handle:
        handle.write(data)


def mix(a, b, t):
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))


def cover(x, y, width=1200, height=675):
    # Sky: a gradient from a warm horizon to a clear blue.
    horizon = 0.55 * height
    colour = mix((126, 178, 221), (246, 222, 170), min(1.0, y / horizon))
    # The morning sun.
    if math.hypot(x - 880, y - 170) < 58:
        colour = (250, 236, 180)
    # Three ridges of hills, the nearer ones darker.
    ridges = [
        (0.50, 40, 0.006, 0.0, (120, 168, 120)),
        (0.62, 34, 0.009, 1.3, (78, 138, 84)),
        (0.74, 28, 0.012, 2.1, (46, 108, 60)),
    ]
    for base, amplitude, frequency, phase, shade in ridges:
        top = base * height - amplitude * math.sin(frequency * x + phase) - 0.5 * amplitude * math.sin(2.3 * frequency * x)
        if y >= top:
            colour = shade
            # Terraces: lighter bands following the slope on the nearest ridge.
            if shade == (46, 108, 60) and int((y - top) / 9) % 2 == 0 and y - top > 6:
                colour = (64, 128, 70)
    # The cold-store hall: a long building with a sawtooth roof and a tower, on a pale plinth.
    if 250 <= x <= 560 and 450 <= y <= 540:
        colour = (236, 238, 240)
        if 460 <= y <= 480 and (x - 250) % 40 < 26:
            colour = (90, 120, 150)
    if 250 <= x <= 560 and 420 <= y < 450 and (y - 420) <= (x - 250) % 62 * 30 / 62:
        colour = (31, 78, 121)
    if 580 <= x <= 610 and 380 <= y <= 540:
        colour = (210, 214, 220)
    if 230 <= x <= 640 and 540 < y <= 552:
        colour = (200, 196, 184)
    return colour


def location(x, y, width=900, height=640):
    colour = (244, 241, 232)
    # The county's boundary: a rounded blob, filled pale green.
    dx, dy = (x - 450) / 360, (y - 320) / 260
    if dx * dx + dy * dy + 0.15 * math.sin(5 * math.atan2(dy, dx)) < 1.0:
        colour = (222, 235, 214)
    # A river from the north-west.
    river = 140 + 0.45 * x + 40 * math.sin(x / 90)
    if abs(y - river) < 7:
        colour = (120, 170, 214)
    # The expressway (orange) and the railway (dark, dashed).
    if abs(y - (560 - 0.55 * x)) < 4:
        colour = (232, 140, 48)
    if abs(x - (300 + 0.35 * y)) < 3 and (y // 14) % 2 == 0:
        colour = (60, 60, 60)
    # The industrial park: a blue square with a red marker at its centre.
    if 470 <= x <= 560 and 260 <= y <= 340:
        colour = (31, 78, 121)
    if math.hypot(x - 515, y - 300) < 14:
        colour = (214, 48, 49)
    if math.hypot(x - 515, y - 300) < 5:
        colour = (255, 255, 255)
    # A north arrow in the top left corner.
    if 40 <= x <= 80 and 40 <= y <= 110 and abs(x - 60) <= (y - 40) * 20 / 70:
        colour = (80, 80, 80)
    return colour


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    png(os.path.join(OUT, "mohan-cold-chain-cover.png"), 1200, 675, cover)
    png(os.path.join(OUT, "mohan-cold-chain-location.png"), 900, 640, location)
