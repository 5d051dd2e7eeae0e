"""Arbitrary text never breaks segmentation or verification (spans stay exact)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.claims import segment

WORDS = st.sampled_from(["Marie", "Curie", "was", "born", "in", "Warsaw", ",", ".", "and", "which", "who", "She",
                         "it", "not", "1867", "3.7", "million", "km", "\"", "{", "}", "SERVICE", "#", "\n", "- ",
                         "Dr.", "e.g.", ";", "Pluto", "is", "a", "planet", "’s", "'", "Zürich", "\u200b", "\t"])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40).map(" ".join))
def test_segment_spans_exact(text):
    for c in segment(text):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert c.text.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=200).filter(lambda t: t.strip()))
def test_verify_any_text(verifier, text):
    res = verifier.verify_text(text)
    assert 0.0 <= res.kas <= 1.0
    for c in res.claims:
        assert text[c.start:c.end] == c.text
        assert c.label in ("attributable", "extrapolatory", "contradictory", "no_attribution")
        assert 0.0 <= c.score <= 1.0
