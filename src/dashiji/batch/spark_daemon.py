"""pyspark's Python daemon with dashiji's models loaded before it forks its workers.

Spark starts one daemon per executor, which forks a Python worker for each task slot; set
``spark.python.daemon.module=dashiji.batch.spark_daemon`` and the daemon loads jieba, the
knowledge base, the recognisers and the codebook once (:meth:`DocumentWork.warm`, for the
default options), so that its workers start ready instead of each loading them — as the local
pool's forked workers do.  :class:`~.engines.SparkEngine` sets it on a session it starts.
Nothing may be printed to standard output here: the daemon tells Spark its port there.
"""

from __future__ import annotations

import logging


def main() -> None:
    try:
        from .plan import Options
        from .tasks import document_work

        document_work(Options()).warm()
    except Exception:  # noqa: BLE001 - a worker then loads the models itself, as without this
        logging.getLogger(__name__).warning("warming dashiji failed", exc_info=True)
    from pyspark import daemon

    daemon.manager()


if __name__ == "__main__":
    main()
