# development seeds only
return unless Rails.env.development?

User.find_or_create_by!(email: "dispatcher@example.com") do |u|
  u.password = "password123" ⟦D seeds-pw⟧
  u.role = :dispatcher
end

Customer.find_or_create_by!(name: "Nordsee Fisch GmbH") do |c|
  c.api_key_digest = "«sha256#seed-digest»" ⟦D seeds-digest⟧
  c.external_id = "«uuid#seed-cust»" ⟦D seeds-uuid⟧
end
