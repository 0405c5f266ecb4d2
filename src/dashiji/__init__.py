"""dashiji (大事记): Chinese-language news into a sourced, dated chronicle of events."""

__version__ = "0.1.0"
