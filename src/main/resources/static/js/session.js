// The session's clock (WCAG 2.2.1) and the form kept when it ended: progressive enhancement, like pignon.js.
(function () {
  'use strict';

  // A form sent after the session ended came back with the page: put what was typed back where it was, for the
  // person to check and send (passwords, tokens and files are never kept; hidden fields keep the server's values).
  function restoreKeptForm() {
    var kept = document.getElementById('kept-form');
    if (!kept) {
      return;
    }
    var values = {};
    Array.prototype.forEach.call(kept.querySelectorAll('li[data-name]'), function (item) {
      var name = item.getAttribute('data-name');
      (values[name] = values[name] || []).push(item.getAttribute('data-value'));
    });
    // the page's form is the one that has most of the kept fields
    var form = null;
    var best = 0;
    Array.prototype.forEach.call(document.querySelectorAll('main form'), function (candidate) {
      var score = Array.prototype.filter.call(candidate.elements, function (field) {
        return field.name && field.type !== 'hidden' && values[field.name];
      }).length;
      if (score > best) {
        form = candidate;
        best = score;
      }
    });
    if (!form) {
      return;
    }
    var used = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      var name = field.name;
      var typed = values[name] || [];
      if (!name || ['hidden', 'file', 'password', 'submit', 'button', 'reset'].indexOf(field.type) >= 0) {
        return;
      }
      if (field.type === 'checkbox' || field.type === 'radio') {
        // Spring marks each checkbox with a hidden _name field: present without the box means it was unticked
        if (values[name] || values['_' + name]) {
          field.checked = typed.indexOf(field.value) >= 0;
        }
      }
      else if (field.type === 'select-multiple') {
        Array.prototype.forEach.call(field.options, function (option) {
          option.selected = typed.indexOf(option.value) >= 0;
        });
      }
      else {
        var index = used[name] || 0;
        if (index < typed.length) {
          field.value = typed[index];
          used[name] = index + 1;
        }
      }
    });
    document.getElementById('kept-form-notice').hidden = false;
  }

  function watchSession() {
    var dialog = document.getElementById('session-warning');
    if (!dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    var seconds = parseInt(dialog.getAttribute('data-seconds'), 10);
    var warnBefore = parseInt(dialog.getAttribute('data-warn-before'), 10);
    var warnTimer = null;
    var endTimer = null;

    function show(state) {
      Array.prototype.forEach.call(dialog.querySelectorAll('[data-state]'), function (element) {
        element.hidden = element.getAttribute('data-state') !== state;
      });
      if (!dialog.open) {
        dialog.showModal();
      }
      var action = dialog.querySelector('[data-state="' + state + '"][data-action]');
      if (action) {
        action.focus();
      }
    }

    function arm() {
      window.clearTimeout(warnTimer);
      window.clearTimeout(endTimer);
      warnTimer = window.setTimeout(function () { show('soon'); }, Math.max(0, seconds - warnBefore) * 1000);
      endTimer = window.setTimeout(function () { show('ended'); }, seconds * 1000);
    }

    dialog.addEventListener('click', function (event) {
      var action = event.target.getAttribute && event.target.getAttribute('data-action');
      if (action === 'close') {
        dialog.close();
      }
      else if (action === 'extend') {
        fetch(dialog.getAttribute('data-keepalive'), { credentials: 'same-origin', redirect: 'manual' })
          .then(function (response) {
            if (response.status === 204) {
              dialog.close();
              arm();
            }
            else {
              show('ended');
            }
          }, function () { show('ended'); });
      }
    });
    // every htmx request (autosave, search) also resets the session's clock
    document.addEventListener('htmx:afterRequest', arm);
    arm();
  }

  document.addEventListener('DOMContentLoaded', function () {
    restoreKeptForm();
    watchSession();
  });
})();
