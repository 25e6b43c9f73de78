{% comment %}
  Loyalty balance block (app block). Points come from the customer metafield mv.loyalty_points.
{% endcomment %}
<div class="mv-loyalty" data-customer="{{ customer.id }}">
  <h3>{{ 'loyalty.title' | t }}</h3>
  {% if customer %}
    <p>{{ 'loyalty.balance' | t: points: customer.metafields.mv.loyalty_points.value | default: 0 }}</p>
  {% else %}
    <a href="{{ routes.account_login_url }}">{{ 'loyalty.login_prompt' | t }}</a>
  {% endif %}
</div>
<link rel="stylesheet" href="{{ 'loyalty.css' | asset_url }}">
<script src="{{ 'loyalty.js' | asset_url }}" defer integrity="«sri384#loyalty-js»" crossorigin="anonymous"></script> ⟦D liq-sri⟧

{% schema %}
{
  "name": "Points fidélité",
  "target": "section",
  "settings": [
    { "type": "text", "id": "heading", "label": "Titre", "default": "Mes points Jardinier" }
  ]
}
{% endschema %}
