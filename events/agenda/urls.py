"""URLs of the agenda's views, under each language's prefix (``/fr/…``, ``/en/…``): see ``views``."""

from django.urls import path

from . import views

app_name = "events"
urlpatterns = [
    path("calendar/", views.calendar_links, name="calendar"),
    path("calendar/agenda.ics", views.feed, name="feed"),
    path("calendar/<str:key>/agenda.ics", views.token_feed, name="token_feed"),
    path("calendar/event/<int:pk>.ics", views.event_ics, name="event_ics"),
    path("registration/<int:pk>/register/", views.register, name="register"),
    path("registration/<int:pk>/cancel/", views.cancel, name="cancel"),
]
