import os

from hypothesis import HealthCheck, settings

# CI explores more; locally the suite stays quick. HYPOTHESIS_PROFILE overrides both.
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=250, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
