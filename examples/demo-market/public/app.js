// demo-market frontend bundle (hand-written; served as /app.js).
(function () {
  var config = {
    apiBase: '/api',
    // Payments key: the flawed build ships the *secret* key here (it belongs on the server only).
    paymentsKey: '__PAYMENTS_KEY__',
  };
  function render(products) {
    var el = document.getElementById('app');
    el.innerHTML = products.map(function (p) { return '<li>' + p.name + ' $' + (p.price / 100).toFixed(2) + '</li>'; }).join('');
  }
  fetch(config.apiBase + '/products').then(function (r) { return r.json(); }).then(function (j) { render(j.data); });
})();
