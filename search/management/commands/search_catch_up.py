"""``manage.py search_catch_up``: index the objects whose engine copy missed an update (engine down or frozen).

The engine backend (``search.backends.engine_index``) records each object it could not write as a
``search.models.PendingIndexUpdate``; this command indexes them again (or removes them from the index
if they are gone), oldest first, and fails if the engine still does not answer. Nothing to do on the
database backend.
"""

from django.core.management.base import BaseCommand, CommandError
from wagtail.search.backends import get_search_backend

from ...backends.engine_index import BoundedWritesMixin, resume
from ...models import PendingIndexUpdate


class Command(BaseCommand):
    help = "Index again the objects whose copy in the search engine missed an update."

    def handle(self, *args, **options):
        backend = get_search_backend()
        if not isinstance(backend, BoundedWritesMixin):
            self.stdout.write("The database search backend has no pending updates.")
            return
        resume()
        done = backend.replay_pending()
        left = PendingIndexUpdate.objects.count()
        if left:
            raise CommandError(f"{done} update(s) done, {left} left: the search engine does not answer.")
        self.stdout.write(self.style.SUCCESS(f"{done} pending update(s) done; the engine's index is up to date."))
