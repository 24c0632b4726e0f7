"""Front-end accounts: log in, log out, reset a forgotten password by e-mail.

Django's own views with the site's templates (``access/…``), under each language prefix
(``/fr/account/login/``…). Failed logins are counted by django-axes (``AXES_*`` settings):
after ``AXES_FAILURE_LIMIT`` failures the account is locked from that address for
``AXES_COOLOFF_TIME`` and the login answers with ``access/lockout.html`` (status 429).
"""

from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import render
from django.urls import path, reverse_lazy


def lockout_response(request, original_response=None, credentials=None):
    """The page shown while logging in is blocked (``AXES_LOCKOUT_CALLABLE``)."""
    cool_off = get_cool_off(request)
    minutes = round(cool_off.total_seconds() / 60) if cool_off else None
    context = {"cooloff_minutes": minutes}
    return render(request, "access/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)


urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="access/login.html"),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
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
        auth_views.PasswordResetConfirmView.as_view(
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
