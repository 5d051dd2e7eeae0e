"""Claim segmentation: spans, sentences, clauses, pronouns."""

from __future__ import annotations

from kg.claims import segment, split_sentences

DOC = """# A heading that is not a claim

Dr. Smith met J. K. Rowling in 1999. Marie Curie was born in Warsaw and died in Passy. She won a prize.
Paris, which is the capital of France, lies on the Seine. Berlin, the capital of Germany, has 3.7 million inhabitants.

- The Eiffel Tower is in Paris and it was completed in 1889.
"""


def test_spans_are_exact_substrings():
    claims = segment(DOC)
    assert claims
    for c in claims:
        assert 0 <= c.start < c.end <= len(DOC)
        assert DOC[c.start:c.end] == c.text
        assert "#" not in c.text


def test_sentences_respect_abbreviations_and_initials():
    spans = split_sentences("Dr. Smith met J. K. Rowling in 1999. It was 3.5 km away. Done!")
    texts = ["Dr. Smith met J. K. Rowling in 1999.", "It was 3.5 km away.", "Done!"]
    assert [("Dr. Smith met J. K. Rowling in 1999. It was 3.5 km away. Done!")[a:b] for a, b in spans] == texts


def test_coordination_relative_clause_appositive_and_pronouns():
    resolved = [c.resolved for c in segment(DOC)]
    assert "Marie Curie was born in Warsaw" in resolved
    assert "Marie Curie died in Passy" in resolved          # ellipsis: subject inherited
    assert any(r.startswith("Marie Curie won a prize") for r in resolved)  # she -> Marie Curie
    assert "Paris is the capital of France" in resolved       # relative clause lifted out
    assert "Paris lies on the Seine" in resolved
    assert "Berlin is the capital of Germany" in resolved     # appositive
    assert "Berlin has 3.7 million inhabitants" in resolved
    assert "The Eiffel Tower was completed in 1889" in resolved  # it -> subject, not Paris


def test_pronoun_uses_mention_finder_animacy():
    def finder(text):
        out = []
        for name, animate in (("Marie Curie", True), ("Passy", False)):
            i = text.find(name)
            if i >= 0:
                out.append((i, i + len(name), animate))
        return sorted(out)

    claims = segment("Marie Curie died in Passy. It is a small town. She was a physicist.", finder)
    assert claims[1].resolved.startswith("Passy")
    assert claims[2].resolved.startswith("Marie Curie")


def test_questions_are_not_claims():
    claims = segment("Was Marie Curie born in Warsaw? She was born in Warsaw.")
    assert [c.text for c in claims] == ["She was born in Warsaw"]
