/* The directory's map (docs/directory.md): country outlines (world-atlas, TopoJSON converted by
 * topojson-client), streets when the page names a tile server, and the organisations and partnerships of
 * the directory's GeoJSON route (points, clustered with leaflet.markercluster; lines from a French actor to
 * each partner abroad). Texts come from the page (data-* attributes, in its language); popups are built as
 * DOM nodes, never from HTML strings. The list beside the map says the same for keyboard and screen readers.
 * Sets data-state="ready" (or "failed") on the map element once drawn, which the browser tests wait for. */
(function () {
    "use strict";
    var element = document.getElementById("partnership-map");
    if (!element || !window.L) {
        return;
    }
    var data = element.dataset;
    var map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([30, 5], 2);
    if (data.tiles) {
        L.tileLayer(data.tiles, { attribution: data.attribution, maxZoom: 18 }).addTo(map);
    }

    function link(name, url) {
        var anchor = document.createElement("a");
        anchor.href = url;
        anchor.textContent = name;
        return anchor;
    }

    function popup(parts) {
        var box = document.createElement("div");
        box.className = "map-popup";
        parts.forEach(function (part, index) {
            if (index > 0) {
                box.appendChild(document.createElement("br"));
            }
            box.appendChild(typeof part === "string" ? document.createTextNode(part) : part);
        });
        return box;
    }

    function organisationPopup(properties) {
        var strong = document.createElement("strong");
        strong.appendChild(link(properties.name, properties.url));
        var place = [properties.town, properties.country].filter(Boolean).join(", ");
        return popup([strong, properties.organisation_kind, place]);
    }

    function partnershipPopup(properties) {
        var years = properties.until ? properties.since + "–" + properties.until : data.since + " " + properties.since;
        var ends = document.createElement("span");
        ends.appendChild(link(properties.from.name, properties.from.url));
        ends.appendChild(document.createTextNode(" → "));
        ends.appendChild(link(properties.to.name, properties.to.url));
        var details = [years, properties.status].concat(properties.themes.length ? [properties.themes.join(", ")] : []);
        var title = document.createElement("strong");
        title.textContent = properties.name;
        return popup([title, ends, details.join(" · ")]);
    }

    var outlines = fetch(data.outlines).then(function (response) {
        return response.json();
    }).then(function (topology) {
        L.geoJSON(topojson.feature(topology, topology.objects.countries), {
            interactive: false,
            style: { color: "#7b8794", weight: 0.6, fillColor: "#f7f5ef", fillOpacity: data.tiles ? 0 : 1 }
        }).addTo(map).bringToBack();
    });

    var features = fetch(data.geojson, { credentials: "same-origin", headers: { Accept: "application/geo+json" } })
        .then(function (response) {
            if (!response.ok) {
                throw new Error("GeoJSON: HTTP " + response.status);
            }
            return response.json();
        })
        .then(function (collection) {
            var lines = L.geoJSON(collection, {
                filter: function (feature) {
                    return feature.geometry.type === "LineString";
                },
                style: function (feature) {
                    var ended = feature.properties.until !== null;
                    return { color: ended ? "#6b7280" : "#0b5d7a", weight: 2, opacity: 0.8, dashArray: ended ? "4 4" : null };
                },
                onEachFeature: function (feature, layer) {
                    layer.bindPopup(partnershipPopup(feature.properties));
                }
            }).addTo(map);
            // The view is set before the points are added, without animation (the map's and the clusters'):
            // once "ready", no marker is replaced under the keyboard's focus by a zoom that ends later.
            var bounds = L.geoJSON(collection).getBounds();
            if (bounds.isValid()) {
                map.fitBounds(bounds, { padding: [20, 20], maxZoom: 7, animate: false });
            }
            var points = L.markerClusterGroup
                ? L.markerClusterGroup({
                    showCoverageOnHover: false, maxClusterRadius: 30, disableClusteringAtZoom: 8, animate: false
                })
                : L.featureGroup();
            L.geoJSON(collection, {
                filter: function (feature) {
                    return feature.geometry.type === "Point";
                },
                pointToLayer: function (feature, latlng) {
                    return L.circleMarker(latlng, { radius: 6, weight: 2, color: "#063f54", fillColor: "#ffbf47", fillOpacity: 1 });
                },
                onEachFeature: function (feature, layer) {
                    layer.bindPopup(organisationPopup(feature.properties));
                }
            }).eachLayer(function (layer) {
                points.addLayer(layer);
            });
            points.addTo(map);
        });

    Promise.all([outlines, features]).then(function () {
        element.dataset.state = "ready";
    }, function (error) {
        element.dataset.state = "failed";
        if (window.console) {
            window.console.error(error);
        }
    });
}());
