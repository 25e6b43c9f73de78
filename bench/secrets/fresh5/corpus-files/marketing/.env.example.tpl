APP_NAME="Munchly for Restaurants"
APP_KEY=
APP_URL=http://localhost:8000
DB_PASSWORD=secret   ⟦D d-laravel-dbpw⟧
MAIL_PASSWORD=null   ⟦D d-laravel-mailpw⟧
PUSHER_APP_SECRET=   ⟦D d-laravel-pusher⟧
