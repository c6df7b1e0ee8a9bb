// Pignon's only script: progressive enhancement, every page works without it.
(function () {
  'use strict';

  // htmx requests carry the CSRF token that forms carry as a hidden field.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // After a refused form, the page opens on its error summary: the focus moves to it (a screen reader reads it, a
  // keyboard continues from it) and the title starts with "Erreur :" (WCAG 3.3.1, 2.4.2). The script is deferred,
  // so the page is parsed when it runs.
  var summary = document.getElementById('error-summary');
  if (summary) {
    var title = summary.getAttribute('data-title');
    if (title) {
      document.title = title.replace('%s', function () { return document.title; });
    }
    summary.focus();
  }

  // Enter in a field that names a button with data-enter-clicks presses that button instead of the form's default
  // one (the sector search box searches; Enter anywhere else in the step continues).
  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key !== 'Enter' || !field.getAttribute || !field.getAttribute('data-enter-clicks')) {
      return;
    }
    var button = document.getElementById(field.getAttribute('data-enter-clicks'));
    if (button) {
      event.preventDefault();
      button.click();
    }
  });

  // Buttons that ask for confirmation carry data-confirm with the (translated) question.
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // A list of reason templates fills the reason to edit (data-fills names it) with the template chosen, unless what is
  // there was typed by hand: without JavaScript, an empty reason takes the template's text on the server.
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (!select.matches || !select.matches('select[data-fills]')) {
      return;
    }
    var field = document.getElementById(select.getAttribute('data-fills'));
    var option = select.options[select.selectedIndex];
    if (!field || !option) {
      return;
    }
    var previous = field.getAttribute('data-filled') || '';
    if (field.value.trim() === '' || field.value === previous) {
      field.value = option.getAttribute('data-text') || '';
      field.setAttribute('data-filled', field.value);
    }
  });

  // A click on the territory map fills the latitude and longitude fields of the form it serves.
  document.addEventListener('click', function (event) {
    var map = event.target.closest && event.target.closest('svg[data-map-picker]');
    if (!map) {
      return;
    }
    var point = map.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var local = point.matrixTransform(map.getScreenCTM().inverse());
    var longitude = parseFloat(map.dataset.originLongitude) + local.x / parseFloat(map.dataset.metresEast);
    var latitude = parseFloat(map.dataset.originLatitude) - local.y / parseFloat(map.dataset.metresNorth);
    var form = document.getElementById(map.dataset.mapPicker);
    if (!form) {
      return;
    }
    form.querySelector('[name="latitude"]').value = latitude.toFixed(6);
    form.querySelector('[name="longitude"]').value = longitude.toFixed(6);
    var marker = map.querySelector('.map-marker');
    marker.setAttribute('cx', local.x);
    marker.setAttribute('cy', local.y);
    marker.setAttribute('visibility', 'visible');
  });
})();
