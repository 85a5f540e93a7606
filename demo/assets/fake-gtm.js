// A stand-in for Google Tag Manager's container (gtm.js?id=GTM-…) and the Google tag
// (gtag/js?id=G-…), for the demo and the tests. It never contacts Google or anyone else.
//
// It reads `dataLayer` as Google's tags do: `consent` commands are Arguments objects (what
// `gtag()` pushes); the first `default` sets the consent state, and hits wait for an `update`
// for up to `wait_for_update` ms after it; `config` (gtag.js) or the `gtm.js` event (the
// container's GA4 tag on "All pages") asks for a GA4 page_view. Each hit is "sent" into
// `window.fakeGoogle.hits` with the consent state it carries: with `analytics_storage` granted
// it sets a first-party `_ga` cookie, as GA4 does; denied, it is a cookieless ping (what advanced
// mode sends before consent). Objects with an `event` key are recorded as Tag Manager events
// (a Custom Event trigger on `privacy_consent` fires there). The page shows all of it in
// `#fake-google-log` when it has one.
(function () {
  var script = document.currentScript;
  var container = !!script && /[?&]id=GTM-/.test(script.src);
  var layer = (window.dataLayer = window.dataLayer || []);
  var log = (window.fakeGoogle = window.fakeGoogle || { hits: [], events: [], loaded: [] });
  log.loaded.push(container ? 'gtm.js' : 'gtag.js');
  var state = null;
  var updated = false;
  var deadline = 0;
  var pending = [];

  var isArguments = function (item) {
    return Object.prototype.toString.call(item) === '[object Arguments]';
  };

  function show(text) {
    var list = document.getElementById('fake-google-log');
    if (!list) return;
    var item = document.createElement('li');
    item.textContent = text;
    list.append(item);
  }

  function send(name) {
    var analytics = state ? state.analytics_storage : 'not set (Google treats it as granted)';
    var ads = state ? state.ad_storage : 'not set';
    var cookieless = state !== null && analytics !== 'granted';
    if (!cookieless) document.cookie = '_ga=GA1.1.' + Date.now() + '; path=/; max-age=34164000; samesite=lax';
    var hit = { name: name, at: Math.round(performance.now()), analytics_storage: analytics, ad_storage: ads, cookieless: cookieless };
    log.hits.push(hit);
    show('GA4 ' + name + ' sent at ' + hit.at + ' ms: analytics_storage ' + analytics + ', ad_storage ' + ads + (cookieless ? ' (cookieless ping)' : ' (with the _ga cookie)'));
  }

  function flush() {
    var names = pending;
    pending = [];
    names.forEach(send);
  }

  function hitFor(name) {
    // Google tags wait for an update after a default that asks them to, then send with what they have.
    if (!updated && state && performance.now() < deadline) {
      if (!pending.length) setTimeout(flush, deadline - performance.now());
      pending.push(name);
    } else {
      send(name);
    }
  }

  function handle(item) {
    if (isArguments(item)) {
      var command = Array.prototype.slice.call(item);
      if (command[0] === 'consent' && command[1] === 'default' && !state) {
        state = Object.assign({}, command[2]);
        deadline = performance.now() + (command[2].wait_for_update || 0);
      } else if (command[0] === 'consent' && command[1] === 'update') {
        state = Object.assign(state || {}, command[2]);
        updated = true;
        show('consent update: analytics_storage ' + state.analytics_storage + ', ad_storage ' + state.ad_storage);
        flush();
      } else if (command[0] === 'config' && !container) {
        hitFor('page_view');
      }
    } else if (item && typeof item === 'object' && item.event) {
      log.events.push(item.event);
      if (item.event === 'gtm.js' && container) hitFor('page_view');
      if (item.event === 'privacy_consent') {
        var categories = (item.privacyConsent && item.privacyConsent.categories) || {};
        show('Tag Manager event privacy_consent (' + item.privacyConsent.type + '): analytics ' + categories.analytics);
      }
    }
  }

  layer.forEach(handle);
  var push = layer.push;
  layer.push = function () {
    var result = push.apply(layer, arguments);
    Array.prototype.forEach.call(arguments, handle);
    return result;
  };
})();
