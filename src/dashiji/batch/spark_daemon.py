"""pyspark's Python daemon with dashiji's models loaded before it forks its workers.

Spark starts one daemon per executor, which forks a Python worker for each task slot; set
``spark.python.daemon.module=dashiji.batch.spark_daemon`` and the daemon loads jieba, the
knowledge base, the recognisers and the codebook once (:meth:`DocumentWork.warm`, for the
default options), so that its workers start ready instead of each loading them — as the local
pool's forked workers do.  :class:`~.engines.SparkEngine` sets it on a session it starts.

It also imports pyspark's worker module (which imports no thread-starting library, so the fork
stays safe), which each worker would otherwise import after the fork (~0.1 s), and, as ``warm``
does, freezes the loaded objects out of the garbage collector: a reused worker runs a full
collection after every task.
Nothing may be printed to standard output here: the daemon tells Spark its port there.
"""

from __future__ import annotations

import gc
import logging


def main() -> None:
    try:
        from .plan import Options
        from .tasks import document_work

        document_work(Options()).warm()
        import pyspark.worker  # noqa: F401 - imported once here, not in each forked worker
    except Exception:  # noqa: BLE001 - a worker then loads the models itself, as without this
        logging.getLogger(__name__).warning("warming dashiji failed", exc_info=True)
    gc.freeze()
    from pyspark import daemon

    daemon.manager()


if __name__ == "__main__":
    main()
