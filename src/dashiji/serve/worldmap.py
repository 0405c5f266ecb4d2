"""The world map's land outline, and where a longitude/latitude falls on it.

The outline (``static/land.svg``) is Natural Earth's 1:110m land, from the npm package
``world-atlas`` (TopoJSON), drawn once in an equirectangular projection of :data:`WIDTH` ×
:data:`HEIGHT` and committed; ``make map-data`` rebuilds it::

    python -m dashiji.serve.worldmap land-110m.json src/dashiji/serve/static/land.svg

Points (the knowledge base's coordinates) are projected by :func:`project` onto the same frame,
so the page lays circles over the outline without any tile server or network.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

WIDTH = 1000.0
HEIGHT = 500.0


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: longitude −180…180 → x 0…WIDTH, latitude 90…−90 → y 0…HEIGHT."""
    return (round((lon + 180.0) / 360.0 * WIDTH, 1), round((90.0 - lat) / 180.0 * HEIGHT, 1))


def _arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Decode TopoJSON's quantised, delta-encoded arcs into lon/lat points."""
    tr = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            if tr:
                x, y = x + dx, y + dy
                pts.append(
                    (
                        x * tr["scale"][0] + tr["translate"][0],
                        y * tr["scale"][1] + tr["translate"][1],
                    )
                )
            else:
                pts.append((dx, dy))
        out.append(pts)
    return out


def _ring(arcs: list[list[tuple[float, float]]], refs: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for ref in refs:
        arc = arcs[ref] if ref >= 0 else list(reversed(arcs[~ref]))
        pts.extend(arc[1:] if pts else arc)
    return pts


def land_path(topo: dict[str, Any], layer: str = "land") -> str:
    """The SVG path data of every polygon of ``layer``."""
    arcs = _arcs(topo)
    geoms = topo["objects"][layer]
    geoms = geoms.get("geometries", [geoms])
    parts: list[str] = []
    for g in geoms:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        for poly in polys:
            for refs in poly:
                ring = _ring(arcs, refs)
                xy = [project(lat, lon) for lon, lat in ring]
                if len(xy) < 3:
                    continue
                parts.append(_path(_dedupe(xy)))
    return "".join(parts)


def _path(xy: list[tuple[float, float]]) -> str:
    """Path data of a ring; a ring crossing the antimeridian is cut there (a new subpath), so no
    line runs across the whole map."""
    out = [f"M{xy[0][0]:g} {xy[0][1]:g}"]
    for (x0, _), (x, y) in zip(xy, xy[1:], strict=False):
        out.append(("M" if abs(x - x0) > WIDTH / 2 else "L") + f"{x:g} {y:g}")
    return "".join(out) + "Z"


def _dedupe(xy: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for p in xy:
        if not out or out[-1] != p:
            out.append(p)
    return out


def land_svg(topo: dict[str, Any]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}">'
        "<!-- Natural Earth 1:110m land (public domain), via world-atlas -->"
        f'<path fill="#dfe6dc" stroke="#a9b8a5" stroke-width="0.5" d="{land_path(topo)}"/>'
        "</svg>\n"
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m dashiji.serve.worldmap land-110m.json OUT.svg", file=sys.stderr)
        return 2
    topo = json.loads(Path(argv[0]).read_text("utf-8"))
    Path(argv[1]).write_text(land_svg(topo), "utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
