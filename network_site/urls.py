from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.documents import urls as wagtaildocs_urls

from network_site.access import accounts
from network_site.access import views as access_views
from network_site.access.files import serve_media
from network_site.operations import views as operations_views
from network_site.operations.admin_input import malformed_input_is_bad_request
from search import views as search_views

# A database that cannot be reached: 503 with a static page (network_site/operations/views.py), else 500.html.
handler500 = operations_views.server_error

urlpatterns = [
    path("healthz", operations_views.healthz, name="healthz"),  # for the load balancer (docs/deployment.md)
    path("django-admin/", admin.site.urls),
    # Wagtail's page editor (add, edit) at its addresses, ahead of Wagtail's patterns: a POST with garbage in its
    # hidden inputs answers 400, not 500 (network_site/operations/admin_input.py).
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/",
        malformed_input_is_bad_request(
            require_admin_access(
                page_viewset_registry.as_view(
                    "add", app_label_kwarg="content_type_app_name", model_name_kwarg="content_type_model_name"
                )
            )
        ),
        name="page_editor_add",
    ),
    path(
        "admin/pages/<int:page_id>/edit/",
        malformed_input_is_bad_request(
            require_admin_access(page_viewset_registry.as_view("edit", page_id_kwarg="page_id"))
        ),
        name="page_editor_edit",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # Uploaded images, checked like the pages that use them (network_site/access/files.py); never a static folder.
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media, name="media"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Pages and the search view live under /fr/… and /en/…; "/" redirects to the
# visitor's language (LocaleMiddleware).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("account/", include(accounts.urlpatterns)),  # login, logout, password reset
    # Before Wagtail's own: password forms and the language switcher of pages one may not open (access/views.py).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        access_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("_util/language/<str:token>/", access_views.language_version, name="language_version"),
    path("", include("events.agenda.urls")),  # calendar files and feeds, registrations (docs/events.md)
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
