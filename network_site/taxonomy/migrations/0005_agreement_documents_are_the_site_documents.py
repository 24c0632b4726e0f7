# The agreement documents are the site's documents (WAGTAILDOCS_DOCUMENT_MODEL), not Wagtail's base model.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        migrations.swappable_dependency(settings.WAGTAILDOCS_DOCUMENT_MODEL),
        ('taxonomy', '0004_organisation_place_partnership_documents'),
    ]

    operations = [
        migrations.AlterField(
            model_name='partnershipdocument',
            name='document',
            field=models.ForeignKey(help_text='The signed charter, convention or amendment, as uploaded under Documents.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name='document'),
        ),
    ]
