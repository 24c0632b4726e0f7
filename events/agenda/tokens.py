"""Private calendar tokens: a calendar app fetches a member's feed with a secret link, since it cannot log in.

A token is 32 random bytes from ``secrets`` (256 bits, URL-safe base64: 43
characters), one per member. Only its SHA-256 is stored (``CalendarToken.key_hash``,
64 hexadecimal characters): the database, a backup or a leak of it opens no feed.
The member sees the token once, on the page's response when it is made or reset
(``issue``); resetting makes a new one and the old link stops working at once
(404, like any unknown token). A random 256-bit token needs no salt nor slow hash:
it cannot be guessed from its hash (as for Django's own password reset tokens,
what protects it is its entropy).
"""

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from events.models import CalendarToken

TOKEN_BYTES = 32


def key_hash(key: str) -> str:
    """The SHA-256 of a token, in hexadecimal (64 characters): what is stored and looked up."""
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def issue(user) -> str:
    """A new token for the member, replacing the old one (which no longer opens anything); returns it in plain.

    The plain token is not kept: show it to the member now, it cannot be shown again.
    """
    key = secrets.token_urlsafe(TOKEN_BYTES)
    CalendarToken.objects.update_or_create(
        user=user, defaults={"key_hash": key_hash(key), "created_at": timezone.now()}
    )
    return key


def has_token(user) -> bool:
    """Whether the member has made a private link (it may be reset, not shown again)."""
    return CalendarToken.objects.filter(user=user).exists()


def user_for(key: str):
    """The active user whose token is ``key``, else ``None``.

    Found by its hash's unique index. The lookup compares hashes, not tokens: how long it takes tells at most
    how much of the SHA-256 of a guess matches a stored one, which says nothing of the token (the timing attack
    a constant-time comparison guards against needs the secret itself compared).
    """
    token = CalendarToken.objects.select_related("user").filter(key_hash=key_hash(key), user__is_active=True).first()
    return token.user if token is not None else None
