"""Test configuration: Hypothesis profiles.

CI (CI=true) runs a derandomized profile, so a run is reproducible from the commit alone; local
runs explore new random examples every time (the "dev" profile), which is how the property tests
keep finding new counterexamples. Any failure prints a reproduction blob.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("dev", print_blob=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
