"""Where the tasks of a batch run run: a local process pool, or Spark.

An engine maps a task function over a list of task arguments and returns the results in order;
nothing else differs between engines, so they give the same tables.

* :class:`LocalEngine` — ``workers`` processes (forked after the models load, where the platform
  can fork), or this process with ``workers=1``.
* :class:`SparkEngine` — ``SparkContext.parallelize(tasks, len(tasks)).map(fn)``: one Spark task
  per dashiji task, as cc-pyspark runs one task per WARC file.  pyspark is an optional extra
  (``pip install 'dashiji[spark]'``), imported only here.  The Python workers must be able to
  import dashiji (installed on the cluster's nodes, or shipped with ``--py-files``).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from ..errors import MissingDependency
from .plan import Options


class Engine(Protocol):
    name: str

    @property
    def parallelism(self) -> int:
        """How many tasks run at once (the plan cuts the input for it)."""
        ...

    def map(self, fn: Callable[..., Any], args: Sequence[tuple[Any, ...]]) -> list[Any]: ...

    def close(self) -> None: ...


def _call(fn_args: tuple[Callable[..., Any], tuple[Any, ...]]) -> Any:
    fn, args = fn_args
    return fn(*args)


class LocalEngine:
    name = "local"

    def __init__(self, workers: int = 1, options: Options | None = None) -> None:
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        if self.workers > 1:
            methods = mp.get_all_start_methods()
            ctx = mp.get_context("fork" if "fork" in methods else None)
            if ctx.get_start_method() == "fork" and options is not None:
                from .tasks import document_work

                document_work(options).warm()  # loaded once, shared by the forked workers
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx)

    @property
    def parallelism(self) -> int:
        return self.workers

    def map(self, fn: Callable[..., Any], args: Sequence[tuple[Any, ...]]) -> list[Any]:
        if self._pool is None:
            return [fn(*a) for a in args]
        return list(self._pool.map(_call, [(fn, a) for a in args], chunksize=1))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


#: The JVM's options for a ``local[N]`` session this engine starts.
LOCAL_JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


class SparkEngine:
    name = "spark"

    def __init__(self, spark: Any = None, master: str | None = None) -> None:
        """Use the given SparkSession, else the active one, else start one (``master``:
        ``local[2]``, ``yarn``, ``spark://…``; None leaves it to ``spark-submit``)."""
        try:
            from pyspark.sql import SparkSession
        except ImportError as exc:
            raise MissingDependency("pyspark", "spark") from exc
        self._own = False
        if spark is None:
            spark = SparkSession.getActiveSession()
        if spark is None:
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            builder = SparkSession.builder.appName("dashiji")
            if master:
                builder = builder.master(master)
            if master and master.startswith("local"):
                # the JVM here only schedules; its optimising compiler and parallel collector
                # would take CPU from the Python workers on the same cores
                builder = builder.config("spark.driver.extraJavaOptions", LOCAL_JVM_OPTIONS)
            spark = (
                builder.config("spark.ui.enabled", "false")
                .config("spark.python.daemon.module", "dashiji.batch.spark_daemon")
                .getOrCreate()
            )
            self._own = True
        self.spark = spark

    @property
    def parallelism(self) -> int:
        return int(self.spark.sparkContext.defaultParallelism)

    def map(self, fn: Callable[..., Any], args: Sequence[tuple[Any, ...]]) -> list[Any]:
        if not args:
            return []
        sc = self.spark.sparkContext
        rdd = sc.parallelize([(fn, a) for a in args], len(args))
        return rdd.map(_call).collect()

    def close(self) -> None:
        if self._own:
            self.spark.stop()
