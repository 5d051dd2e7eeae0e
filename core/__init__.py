"""What every part of Attest shares, and nothing else: errors, jobs, report drafts, file I/O.

``engine`` (torch) and ``kg`` (RDF) are independent of each other; both produce report drafts and
raise Attest errors, so those types live here. ``core`` imports only the standard library.
"""
