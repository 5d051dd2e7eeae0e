"""One module per page; each defines ``Page(QWidget)`` with ``title``, ``shortcut`` and ``__init__(ctx)``."""

PAGE_MODULES = ("causal", "trace", "verify", "reports")
