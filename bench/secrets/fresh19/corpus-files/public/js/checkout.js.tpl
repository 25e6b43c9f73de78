/* Ordertrail checkout – jQuery 1.12, no build step. */
(function ($) {
  'use strict';

  var OT = window.OT || {};
  OT.recaptchaSiteKey = '«recaptcha#site»'; // public site key, same as in config/recaptcha.php ⟦D recaptcha-site-js⟧
  OT.passwordPattern = /^(?=.*[0-9])(?=.*[a-zA-Z]).{8,}$/; ⟦D js-pw-pattern⟧

  window.otCaptchaOk = function () {
    $('#checkout-submit').prop('disabled', false);
  };

  $(function () {
    var $form = $('#checkout-form');

    $form.on('change', 'input[name=payment]', function () {
      var method = $(this).val();
      $('.payment-details').hide();
      $('#payment-' + method).show();
    });

    $('#register-password').on('keyup', function () {
      var ok = OT.passwordPattern.test($(this).val());
      $(this).toggleClass('invalid', !ok);
      $('#pw-hint').text(ok ? '' : 'Das Passwort muss mindestens 8 Zeichen und eine Zahl enthalten.'); ⟦D js-pw-hint⟧
    });

    $form.on('submit', function () {
      $('#checkout-submit').prop('disabled', true).text('Bitte warten …');
      $.ajaxSetup({ headers: { 'X-CSRF-Token': $('meta[name=csrf-token]').attr('content') } }); ⟦D js-csrf-header⟧
    });
  });

  window.OT = OT;
})(jQuery);
