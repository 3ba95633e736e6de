import os

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


@pytest.fixture
def proofs_dir():
    return os.path.join(ROOT, "proofs")
