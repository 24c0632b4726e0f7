# The document model now lives in network_site.documents (its migration 0001 renames the table): the search
# app only forgets it.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("search", "0001_initial"),
        ("documents", "0001_initial"),
        ("events", "0004_original_document_moved"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="ArchiveDocument")]),
    ]
