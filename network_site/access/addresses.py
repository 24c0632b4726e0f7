"""The address of the client that sent a request, as the lockout and the rate limits count it.

Without a trusted reverse proxy (``TRUSTED_PROXY_COUNT = 0``, the default) it is
``REMOTE_ADDR``: an ``X-Forwarded-For`` header is then the client's own claim and
is ignored. Behind ``TRUSTED_PROXY_COUNT`` proxies, each of which appends the
address it received the request from to ``X-Forwarded-For`` (nginx's
``$proxy_add_x_forwarded_for``), the client is the ``TRUSTED_PROXY_COUNT``-th
address from the right of that header: what the client wrote further left is
never trusted. A header with fewer addresses than proxies means the request did
not come through them: ``REMOTE_ADDR`` again.
"""

from django.conf import settings


def client_address(request) -> str:
    """The client's IP address (a string as sent, e.g. ``"203.0.113.7"``; ``""`` if the request has none)."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if len(hops) < count:
        return remote
    return hops[-count]
