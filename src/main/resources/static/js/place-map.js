// Maps of places (issue 24), only where a tile server is configured (TIEPDAN_MAP_TILES): the page
// carries the tile template in data attributes (no inline script under the CSP) and works without
// this script, whose maps only help.
// - #place-map, the public form's picker: a click (or a tap) writes the latitude and longitude
//   fields, which stay the way to give a point from the keyboard; typed values move the marker.
// - #places-map, the officers' list: one marker per row of the list that has a point, linking to
//   the petition, so the map shows nothing the list does not.
(function () {
  if (typeof L === 'undefined') {
    return;
  }
  // Vietnam's extent, a little wider than the 8–24 N, 102–118 E the server accepts.
  var VIETNAM = [[7.5, 101.5], [24.5, 118.5]];

  function baseMap(element) {
    var map = L.map(element, {maxBounds: VIETNAM, maxBoundsViscosity: 0.8, keyboard: true});
    var credit = document.createElement('span');
    credit.textContent = element.getAttribute('data-attribution') || '';
    L.tileLayer(element.getAttribute('data-tiles'), {maxZoom: 19, attribution: credit.innerHTML}).addTo(map);
    var c = (element.getAttribute('data-center') || '16,106,6').split(',');
    map.setView([parseFloat(c[0]), parseFloat(c[1])], parseInt(c[2], 10));
    return map;
  }

  function number(input) {
    var value = parseFloat(String(input.value).replace(',', '.'));
    return isNaN(value) ? null : value;
  }

  var picker = document.getElementById('place-map');
  if (picker) {
    var box = document.getElementById('place-map-box');
    var lat = document.getElementById('latitude');
    var lng = document.getElementById('longitude');
    var status = document.getElementById('place-map-status');
    box.hidden = false;
    var map = baseMap(picker);
    var marker = null;
    var show = function (centre) {
      var y = number(lat);
      var x = number(lng);
      if (y === null || x === null) {
        if (marker) {
          marker.remove();
          marker = null;
        }
        return;
      }
      var point = L.latLng(y, x);
      if (marker) {
        marker.setLatLng(point);
      } else {
        marker = L.marker(point, {keyboard: false, alt: picker.getAttribute('data-chosen')}).addTo(map);
      }
      if (centre) {
        map.setView(point, Math.max(map.getZoom(), 15));
      }
    };
    map.on('click', function (event) {
      lat.value = event.latlng.lat.toFixed(6);
      lng.value = event.latlng.lng.toFixed(6);
      status.textContent = picker.getAttribute('data-chosen') + ' ' + lat.value + ', ' + lng.value;
      show(false);
    });
    lat.addEventListener('change', function () { show(true); });
    lng.addEventListener('change', function () { show(true); });
    document.getElementById('place-map-clear').addEventListener('click', function () {
      lat.value = '';
      lng.value = '';
      status.textContent = '';
      show(false);
    });
    show(true);
  }

  var overview = document.getElementById('places-map');
  if (overview) {
    overview.hidden = false;
    var all = baseMap(overview);
    var points = [];
    document.querySelectorAll('tr[data-lat][data-lng]').forEach(function (row) {
      var point = L.latLng(parseFloat(row.getAttribute('data-lat')), parseFloat(row.getAttribute('data-lng')));
      var label = row.getAttribute('data-label');
      var link = document.createElement('a');
      link.href = row.querySelector('a').href;
      link.textContent = label;
      L.marker(point, {title: label, alt: label}).bindPopup(link).addTo(all);
      points.push(point);
    });
    if (points.length) {
      all.fitBounds(L.latLngBounds(points).pad(0.2), {maxZoom: 16});
    }
  }
})();
