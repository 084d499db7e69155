from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Developers' tools: the demo data (``seed_demo``) and the benchmark. Installed only with DEBUG or in tests."""

    name = "devtools"
    verbose_name = "Developer tools"
