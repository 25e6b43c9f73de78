<h1><%= t("api_keys.title") %></h1>
<p class="hint"><%= t("api_keys.hint") %></p>
<table>
  <% @api_keys.each do |key| %>
    <tr>
      <td><code><%= key.prefix %>…<%= key.last4 %></code></td> ⟦D view-prefix⟧
      <td><%= key.created_at.to_date %></td>
    </tr>
  <% end %>
</table>
<%= form_with url: api_keys_path do |f| %>
  <%= f.password_field :current_password, placeholder: "Current password", autocomplete: "current-password" %> ⟦D view-pwfield⟧
  <%= f.submit "Generate new key" %>
<% end %>
