"""Front-end accounts: log in, log out, reset a forgotten password by e-mail.

Django's own views with the site's templates (``access/…``), under each language prefix
(``/fr/account/login/``…). Failed logins are counted by django-axes (``AXES_*`` settings):
after ``AXES_FAILURE_LIMIT`` failures for one username from one address (``addresses``),
that username is locked from that address for ``AXES_COOLOFF_TIME`` and the login answers
with ``access/lockout.html`` (status 429); each lockout is logged at WARNING on
``network_site.security``. A password set through a reset link clears the user's lockout
from every address. Reset requests are limited per address and per account
(``PASSWORD_RESET_LIMIT_*`` in ``PASSWORD_RESET_WINDOW`` seconds): over the limit the answer
is the same ("check your e-mail") but no e-mail is sent, so that neither the limit nor the
answer tells whether an account exists.
"""

import hashlib
import logging

from axes.helpers import get_cool_off
from axes.utils import reset as reset_lockout
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core.cache import caches
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse_lazy
from django.utils.translation import get_language

from .addresses import client_address

security_log = logging.getLogger("network_site.security")


class SameLanguageRedirectMixin:
    """Without ``next``, land on the home page of the language the form was in (``/fr/``), not on ``/``.

    ``/`` would redirect by the browser's language (``LocaleMiddleware``): a member who logs in from the
    French login page of an English browser would land on ``/en/``.
    """

    def get_default_redirect_url(self):
        return f"/{get_language()}/"


class LoginView(SameLanguageRedirectMixin, auth_views.LoginView):
    """Django's login; without ``next``, to the home page of the form's language."""


class LogoutView(SameLanguageRedirectMixin, auth_views.LogoutView):
    """Django's logout; without ``next``, to the home page of the language the person was using."""


def lockout_response(request, original_response=None, credentials=None):
    """The page shown while logging in is blocked (``AXES_LOCKOUT_CALLABLE``)."""
    cool_off = get_cool_off(request)
    minutes = round(cool_off.total_seconds() / 60) if cool_off else None
    context = {"cooloff_minutes": minutes}
    return render(request, "access/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


def log_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    """``axes.signals.user_locked_out`` receiver (connected in ``apps.AccessConfig.ready``)."""
    security_log.warning("login locked out: username %r from address %s", username, ip_address)


def _over_limit(scope: str, value: str, limit: int) -> bool:
    """Count one request for ``value`` in ``scope``; whether there were more than ``limit`` in the window."""
    cache = caches["rate_limits"]
    key = f"password-reset:{scope}:{hashlib.sha256(value.encode()).hexdigest()}"
    cache.add(key, 0, timeout=settings.PASSWORD_RESET_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        count = 1
        cache.set(key, count, timeout=settings.PASSWORD_RESET_WINDOW)
    return count > limit


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset request, limited per address and per account (e-mail address), with the same answer."""

    def form_valid(self, form):
        address = client_address(self.request)
        email = form.cleaned_data["email"].strip().lower()
        by_address = _over_limit("address", address, settings.PASSWORD_RESET_LIMIT_PER_ADDRESS)
        by_account = _over_limit("account", email, settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT)
        if by_address or by_account:
            security_log.warning(
                "password reset requests over the limit (%s) from address %s: no e-mail sent",
                "address" if by_address else "account",
                address,
            )
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's "choose a new password" step; the new password also lifts the user's lockout, from every address."""

    def form_valid(self, form):
        response = super().form_valid(form)
        if reset_lockout(username=form.user.get_username()):
            security_log.warning("lockout lifted by a password reset: username %r", form.user.get_username())
        return response


urlpatterns = [
    path(
        "login/",
        LoginView.as_view(template_name="access/login.html"),
        name="login",
    ),
    path("logout/", LogoutView.as_view(), name="logout"),
    path(
        "password-reset/",
        PasswordResetView.as_view(
            template_name="access/password_reset_form.html",
            email_template_name="access/emails/password_reset.txt",
            subject_template_name="access/emails/password_reset_subject.txt",
            success_url=reverse_lazy("password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="access/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "reset/<uidb64>/<token>/",
        PasswordResetConfirmView.as_view(
            template_name="access/password_reset_confirm.html", success_url=reverse_lazy("password_reset_complete")
        ),
        name="password_reset_confirm",
    ),
    path(
        "reset/done/",
        auth_views.PasswordResetCompleteView.as_view(template_name="access/password_reset_complete.html"),
        name="password_reset_complete",
    ),
]
