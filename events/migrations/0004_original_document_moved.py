# The document model moved from the search app to network_site.documents (same table, renamed).

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("events", "0003_report_review_notes_legal_texts"),
        migrations.swappable_dependency(settings.WAGTAILDOCS_DOCUMENT_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="meetingreportpage",
            name="original_document",
            field=models.ForeignKey(
                blank=True,
                help_text="The report as it was written (Word, PDF or text).",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.WAGTAILDOCS_DOCUMENT_MODEL,
                verbose_name="original document",
            ),
        ),
    ]
