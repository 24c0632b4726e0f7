"""No models: translations are wagtail-localize's. This module exists so that Django sends this app ``post_migrate``."""
