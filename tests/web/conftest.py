from tests.serving import api, sample_db

__all__ = ["api", "sample_db"]
