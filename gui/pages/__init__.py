"""One module per page; each defines ``Page(QWidget)`` with a ``title`` and ``__init__(ctx)``.

The main window gives page *i* (in ``PAGE_MODULES`` order) the shortcut Ctrl+*i*.
"""

PAGE_MODULES = ("causal", "trace", "verify", "reports")
