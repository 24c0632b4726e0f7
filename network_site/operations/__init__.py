"""Running the site: the 503 page of an unavailable database, ``/healthz``, log formatting, the admin's 400 for
unreadable input (docs/deployment.md).

Not an app; imports nothing of ours (the bottom layer, beside ``network_site.core``).
"""
