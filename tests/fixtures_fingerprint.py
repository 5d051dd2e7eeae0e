"""Session-scoped fixtures: the fingerprint evaluation, run once and shared by every test that needs it,
and an enrolled registry with generated samples (enrolling screens every code with the model, so it
is done once; each test gets its own copy of the database)."""

from __future__ import annotations

from pathlib import Path

import pytest

# The evaluation the goals are stated on: no attack and the goal attacks
# (attacks.GOAL_ATTACKS_V2), at the defaults (screened codes, FPR 1e-6, plain decoding), on 6 users x 4
# held-out prompts at 256x256 (bench trace runs the larger set).
GOAL_EVAL_ATTACKS = ("none", "jpeg50", "webp60", "blur1", "noise0.02", "brightness0.7", "brightness1.3",
                     "contrast1.5", "saturation1.5", "hue0.1", "screenshot", "flip", "crop80_offcentre")
EVAL_USERS, EVAL_PER_USER = 6, 4
ENROLLED = ("alice", "bob", "carol", "dave")
SAMPLE_USERS = ("bob", "dave")
SAMPLES_PER_USER = 3


@pytest.fixture(scope="session")
def fp_evaluation():
    """``api.evaluate`` of the goal attacks at the default settings, computed once per session."""
    from engine.fingerprint import api

    return api.evaluate(api.EvaluationOptions(n_users=EVAL_USERS, per_user=EVAL_PER_USER, attacks=GOAL_EVAL_ATTACKS))


@pytest.fixture(scope="session")
def fp_registry_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with alice, bob, carol and dave enrolled (never written after this)."""
    import sqlite_utils

    from engine.fingerprint import api

    path = tmp_path_factory.mktemp("fingerprint-registry") / "registry.db"
    db = sqlite_utils.Database(path)
    for name in ENROLLED:
        api.enroll(name, db=db)
    db.close()
    return path


@pytest.fixture(scope="session")
def fp_samples(fp_registry_file: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three generated PNG images each for bob and dave (in that order), in a folder of their own."""
    import shutil

    import sqlite_utils

    from engine.fingerprint import api

    base = tmp_path_factory.mktemp("fingerprint-samples")
    shutil.copyfile(fp_registry_file, base / "scratch.db")  # generating logs to the database: not the shared one
    db = sqlite_utils.Database(base / "scratch.db")
    paths: list[Path] = []
    for i, name in enumerate(SAMPLE_USERS):
        gen = api.generate(name, api.GenerateOptions(n=SAMPLES_PER_USER, seed=777_000 + 10 * i), base / "gen", db=db)
        paths += gen.paths
    db.close()
    return paths


@pytest.fixture
def fp_db_path(fp_registry_file: Path, tmp_path: Path) -> Path:
    """This test's own copy of the enrolled registry's database file."""
    import shutil

    path = tmp_path / "registry.db"
    shutil.copyfile(fp_registry_file, path)
    return path


@pytest.fixture
def fp_db(fp_db_path: Path):
    """This test's own copy of the enrolled registry, opened."""
    import sqlite_utils

    db = sqlite_utils.Database(fp_db_path)
    yield db
    db.close()
