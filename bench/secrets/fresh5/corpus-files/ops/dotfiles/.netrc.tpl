machine api.heroku.com
  login ines@munchly.app
  password «heroku_uuid#ines»   ⟦S s-netrc-heroku-api⟧
machine git.heroku.com
  login ines@munchly.app
  password «heroku_uuid#ines»   ⟦S s-netrc-heroku-git⟧
