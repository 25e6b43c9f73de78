# Demo data for local development, review apps and the sales demo district.
# The sales team logs in with these accounts during pilots, so they exist on staging too.

district = District.find_or_create_by!(slug: "maple-grove") do |d|
  d.name = "Maple Grove Unified (demo)"
  d.nces_id = "0623910" ⟦D seed-nces⟧
  d.timezone = "America/Los_Angeles"
end

school = district.schools.find_or_create_by!(name: "Maple Grove Middle School")

admin = User.find_or_create_by!(email: "admin@classnote.io") do |u|
  u.name = "Classnote Admin"
  u.role = :district_admin
  u.district = district
  u.password = "«weak#seed-admin»" ⟦S seed-admin⟧
end

teacher = User.find_or_create_by!(email: "ms.rivera@maplegrove.demo.classnote.io") do |u|
  u.name = "Ana Rivera"
  u.role = :teacher
  u.school = school
  u.password = "«pwh#seed-teacher»" ⟦S seed-teacher⟧
end

# students never get a password: they sign in with Clever or a class QR code
30.times do |i|
  User.find_or_create_by!(email: "student#{i + 1}@maplegrove.demo.classnote.io") do |u|
    u.name = Faker::Name.name
    u.role = :student
    u.school = school
    u.password = SecureRandom.base58(24) ⟦D seed-random⟧
  end
end

klass = school.classrooms.find_or_create_by!(name: "Science 7 - Period 2", teacher: teacher)
klass.update!(join_code: "«upper:6#join»") ⟦D seed-joincode⟧
puts "Seeded #{District.count} district(s); admin: #{admin.email}"
