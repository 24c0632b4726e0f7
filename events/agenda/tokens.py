"""Private calendar tokens: a calendar app fetches a member's feed with a secret link, since it cannot log in.

A token is 32 random bytes from ``secrets`` (256 bits, URL-safe base64: 43
characters), one per member; resetting it makes a new one and the old link stops
working at once (404, like any unknown token).
"""

import secrets

from django.db import transaction

from events.models import CalendarToken

TOKEN_BYTES = 32


def new_key() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_for(user) -> CalendarToken:
    """The member's token, made on first use."""
    token, _created = CalendarToken.objects.get_or_create(user=user, defaults={"key": new_key()})
    return token


@transaction.atomic
def reset(user) -> CalendarToken:
    """A new token for the member; the old one no longer opens anything."""
    token = token_for(user)
    token.key = new_key()
    token.save(update_fields=["key"])
    return token


def user_for(key: str):
    """The active user whose token is ``key``, else ``None``."""
    token = CalendarToken.objects.select_related("user").filter(key=key, user__is_active=True).first()
    return token.user if token else None
