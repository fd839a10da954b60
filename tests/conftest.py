import os

from hypothesis import HealthCheck, settings

# dev: quick and random. ci: reproducible (the same examples on every run), a little deeper.
# stress: random and deep, for hunting (`make stress`). HYPOTHESIS_PROFILE overrides the choice.
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=250, deadline=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "stress", max_examples=3000, deadline=None, print_blob=True, suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
