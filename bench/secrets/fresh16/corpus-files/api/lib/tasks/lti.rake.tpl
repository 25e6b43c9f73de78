namespace :lti do
  desc "List Canvas courses where Classnote is installed (support tool). Usage: rake lti:canvas_installs[district]"
  task :canvas_installs, [:district] => :environment do |_t, args|
    district = District.find_by!(slug: args[:district])
    host = district.canvas_host or abort "#{district.name} has no Canvas host"
    # admin token Riverside's Canvas admin generated for us during the pilot (account-level, no expiry)
    token = ENV["CANVAS_API_TOKEN"] || "«digits:4#canvas-token-id»~«alnum:64#canvas-token»" ⟦S rake-canvas⟧
    page = "https://#{host}/api/v1/accounts/self/external_tools?per_page=100"
    while page
      res = HTTP.auth("Bearer #{token}").get(page)
      res.parse.each { |tool| puts [tool["id"], tool["name"], tool["consumer_key"]].join("\t") if tool["name"] =~ /classnote/i }
      page = res.headers["Link"].to_s[/<([^>]+)>; rel="next"/, 1]
    end
  end

  desc "Rotate the tool key: prints a new kid; add the key to credentials before deploying"
  task rotate_key: :environment do
    key = OpenSSL::PKey::RSA.new(2048)
    kid = SecureRandom.urlsafe_base64(32) ⟦D rake-kid⟧
    puts "kid: #{kid}"
    puts key.to_pem
  end
end
