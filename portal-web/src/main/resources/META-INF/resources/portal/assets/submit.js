// Posts the login to the router as soon as the page is read: a top-level form navigation, never a
// fetch (browsers block requests from a public page to a router's private address). Without
// JavaScript the customer presses Continue, the same form.
(function () {
  'use strict';
  var form = document.getElementById('router-login');
  if (form) {
    form.submit();
  }
}());
