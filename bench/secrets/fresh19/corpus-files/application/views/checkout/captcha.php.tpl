<?php $this->config->load('recaptcha'); ?>
<fieldset class="captcha">
  <legend><?php echo lang('checkout_captcha_legend'); ?></legend>
  <div class="g-recaptcha" data-sitekey="<?php echo $this->config->item('recaptcha_site_key'); ?>" data-callback="otCaptchaOk"></div>
  <noscript>
    <div><iframe src="https://www.google.com/recaptcha/api/fallback?k=«recaptcha#site»" frameborder="0" scrolling="no" style="width:302px;height:422px;"></iframe></div> ⟦D recaptcha-site-noscript⟧
  </noscript>
  <p class="hint"><?php echo lang('checkout_captcha_hint'); ?></p>
</fieldset>
