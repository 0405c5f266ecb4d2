"""The application file to hand ``spark-submit``: the dashiji command line, run as a script.

APP=$(python -c 'import dashiji.batch.app as a; print(a.__file__)')
spark-submit [spark options] "$APP" run INPUT... --out DIR --engine spark
"""

from __future__ import annotations

if __name__ == "__main__":
    from dashiji.cli import run

    run()
