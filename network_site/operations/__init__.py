"""Running the site: the 503 page of an unavailable database, ``/healthz``, log formatting (docs/deployment.md).

Not an app; imports nothing of ours (the bottom layer, beside ``network_site.core``).
"""
